package dev.problemguide.jersey;

import dev.problemguide.Problem;

/**
 * A step that may change every problem after Problem Guide built it, before it is logged and written:
 * to add an extension member from a request header, rewrite a type, and so on.
 *
 * <p>Every problem goes through one chain of steps, in this order: the exception's mapping (status, type,
 * mapped texts, extension members); the status texts for a title or detail still missing, in the negotiated
 * language; the {@code traceId} member (every 5xx, or every problem with {@link InstanceStrategy#TRACE_ID});
 * the {@code instance} member; then the post-processors, in the order they were added to
 * {@link ProblemFeature.Builder#postProcessor}; finally {@code status} is reset to the HTTP status, the
 * problem is logged, and the response is written. A post-processor may replace any member except
 * {@code status}. Post-processors run for every error response, so they should be fast; one that throws is
 * logged and skipped.
 */
@FunctionalInterface
public interface ProblemPostProcessor {

    /**
     * Processes a problem.
     *
     * @param problem the problem so far, with its texts, instance and trace id
     * @param context the request and exception behind it
     * @return the problem to continue with; never {@code null}
     */
    Problem process(Problem problem, ProblemContext context);
}
