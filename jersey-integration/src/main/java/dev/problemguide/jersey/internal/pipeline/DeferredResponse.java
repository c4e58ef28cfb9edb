package dev.problemguide.jersey.internal.pipeline;

import dev.problemguide.RemoteProblemException;
import dev.problemguide.json.ProblemMediaType;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Builds the response an exception mapper decided on: the status, the headers to keep and the problem+json type,
 * its entity a {@link PendingProblem} that the response filter completes with the request
 * ({@link ProblemPipeline}).
 */
public final class DeferredResponse {

    private DeferredResponse() {
    }

    /**
     * Builds the response of an error.
     *
     * @param status      the HTTP status
     * @param exception   the exception
     * @param draft       makes the problem so far from the error's context
     * @param keepHeaders headers to keep (an exception's or an original response's), except Content-Type and
     *                    Content-Length; or {@code null}
     * @return the response
     */
    public static Response of(int status, Throwable exception, Function<ErrorContext, Draft> draft,
                              Map<String, ? extends List<?>> keepHeaders) {
        return build(status, new PendingProblem(status, exception, draft, false, null, null), keepHeaders);
    }

    /**
     * Builds the response of an error whose answer's language was decided already (a family that localised its
     * own texts chose one that the status texts exist in too).
     *
     * @param status      the HTTP status
     * @param exception   the exception
     * @param draft       makes the problem so far from the error's context
     * @param keepHeaders headers to keep, or {@code null}
     * @param language    the answer's language, or {@code null} for the default texts
     * @return the response
     */
    public static Response of(int status, Throwable exception, Function<ErrorContext, Draft> draft,
                              Map<String, ? extends List<?>> keepHeaders, Locale language) {
        return build(status, new PendingProblem(status, exception, draft, true, language, null), keepHeaders);
    }

    /**
     * Builds the response of a downstream service's problem that is not forwarded: the guide's problem for the
     * status, completed as every other, whose log line also names what the downstream answered and takes the
     * level of its status ({@link DownstreamLog}).
     *
     * @param status      the HTTP status to answer with
     * @param downstream  the exception the application's call failed with
     * @param keepHeaders headers to keep (those the application added to the exception), or {@code null}
     * @return the response
     */
    public static Response ofDownstream(int status, RemoteProblemException downstream,
                                        Map<String, ? extends List<?>> keepHeaders) {
        return build(status, new PendingProblem(status, downstream, known -> Draft.EMPTY, false, null, downstream),
                keepHeaders);
    }

    private static Response build(int status, PendingProblem pending, Map<String, ? extends List<?>> keepHeaders) {
        Response.ResponseBuilder response = Response.status(status);
        if (keepHeaders != null) {
            keepHeaders.forEach((name, values) -> {
                if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)
                        && !HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
                    values.forEach(value -> response.header(name, value));
                }
            });
        }
        return response.type(ProblemMediaType.APPLICATION_PROBLEM_JSON_TYPE).entity(pending).build();
    }
}
