package dev.problemguide.jersey;

import dev.problemguide.Problem;

/**
 * A step that may change every problem after Problem Guide built it, before it is logged and written:
 * to add an extension member from a request header, rewrite a type, and so on.
 *
 * <p>Post-processors run in the order they were added to {@link ProblemFeature.Builder#postProcessor}.
 * They may replace any member except {@code status}, which is reset to the HTTP status afterwards. They
 * run for every error response, so they should be fast; one that throws is logged and skipped.
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
