package dev.problemguide.jersey.internal.input;

import dev.problemguide.jersey.internal.mapping.ExceptionFamily;
import dev.problemguide.jersey.internal.request.RequestView;
import dev.problemguide.Problem;
import jakarta.ws.rs.ext.Providers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glassfish.jersey.server.ParamException;

/**
 * Turns a parameter that could not be converted ({@code ?qty=abc} for an {@code int}) into a problem that
 * names the parameter in an {@code errors} entry. The status is Jakarta REST's (404 for path, query and
 * matrix parameters, 400 for the others) unless the 404 is configured to be a 400. The rejected value is
 * never repeated.
 */
public final class ParamErrors implements ExceptionFamily {

    private final int notFoundStatus;

    /**
     * Creates the translator.
     *
     * @param notFoundStatus the status to use where Jakarta REST demands 404: 404 or 400
     */
    public ParamErrors(int notFoundStatus) {
        this.notFoundStatus = notFoundStatus;
    }

    @Override
    public Recognized recognize(Throwable exception, RequestView request, Providers providers) {
        if (!(exception instanceof ParamException param)) {
            return null;
        }
        int status = param.getResponse().getStatus();
        if (status == 404) {
            status = notFoundStatus;
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("detail", param.getCause() instanceof NumberFormatException ? "expected a number" : "invalid value");
        entry.put("in", ParameterLocation.in(param.getParameterType()));
        entry.put("name", param.getParameterName());
        return new Recognized(status, Problem.builder()
                .detail("The " + ParameterLocation.in(param.getParameterType()) + " parameter '" + param.getParameterName()
                        + "' has a value that cannot be used.")
                .extension("errors", List.of(entry)).build());
    }
}
