package dev.problemguide.jersey.internal.input;

import dev.problemguide.Problem;
import dev.problemguide.jersey.internal.mapping.ExceptionFamily;
import dev.problemguide.jersey.internal.request.RequestView;
import jakarta.ws.rs.ext.Providers;

/**
 * A request whose body is not the form a resource's {@code @FormParam} reads: Jersey fails with an
 * {@code IllegalStateException} of its form parameter provider (a JSON body, say), which only the client caused. A
 * 415 that says what the resource reads, not a 500. Recognised by where Jersey throws it, not by its message, which
 * is localised.
 */
public final class FormParamErrors implements ExceptionFamily {

    /** Where Jersey 3.1 and 4.0 throw it. */
    private static final String FORM_PARAM_PROVIDER = "org.glassfish.jersey.server.internal.inject.FormParamValue";

    /** How many frames down Jersey's provider may be. */
    private static final int FRAMES = 4;

    @Override
    public Recognized recognize(Throwable exception, RequestView request, Providers providers) {
        if (!(exception instanceof IllegalStateException) || !thrownByFormParams(exception)) {
            return null;
        }
        return new Recognized(415, Problem.builder()
                .detail("This resource reads form parameters: send the body as application/x-www-form-urlencoded.")
                .build());
    }

    private static boolean thrownByFormParams(Throwable exception) {
        StackTraceElement[] frames = exception.getStackTrace();
        for (int i = 0; i < Math.min(FRAMES, frames.length); i++) {
            if (frames[i].getClassName().startsWith(FORM_PARAM_PROVIDER)) {
                return true;
            }
        }
        return false;
    }
}
