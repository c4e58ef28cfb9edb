package dev.problemguide.jersey.internal.pipeline;

/**
 * One step of the chain every problem goes through after its exception was mapped; the built-in steps and
 * the application's post-processors alike.
 */
@FunctionalInterface
public interface Step {

    /**
     * Applies the step.
     *
     * @param draft   the problem so far
     * @param context the error
     * @return the problem to continue with
     */
    Draft apply(Draft draft, ErrorContext context);
}
