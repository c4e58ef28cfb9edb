package dev.problemguide.jersey.internal.pipeline;

import dev.problemguide.RemoteProblemException;
import dev.problemguide.jersey.internal.request.RequestView;
import java.util.Locale;
import java.util.function.Function;

/**
 * The entity of an error response an exception mapper decided on, until the response filter completes it.
 * A mapper has no request of its own, and every call on an injected request proxy is a request-scope lookup
 * (about 2 KB and a few hundred nanoseconds per error, measured); the response filter is handed the request,
 * so the per-error context is made there, once.
 *
 * <p>Deliberately opaque: no accessor, no bean property and a {@code toString} that says nothing, so that if it
 * ever reached a general-purpose JSON writer (Jackson's provider accepts any type), the exception it holds
 * could not be serialized into a body.
 */
public final class PendingProblem {

    private final int status;
    private final Throwable exception;
    private final Function<ErrorContext, Draft> draft;
    private final boolean languageDecided;
    private final Locale language;
    private final RemoteProblemException downstream;

    /**
     * Creates the pending problem of one error.
     *
     * @param status    the status the mapper decided on
     * @param exception the exception, or {@code null}
     * @param draft     makes the problem so far from the error's context (mapped texts need its language)
     * @param languageDecided whether the answer's language was decided already
     * @param language  that language, or {@code null} for the default texts
     * @param downstream the downstream service's problem this error stands for without forwarding it, which the
     *                   log line describes; or {@code null}
     */
    PendingProblem(int status, Throwable exception, Function<ErrorContext, Draft> draft, boolean languageDecided,
                   Locale language, RemoteProblemException downstream) {
        this.status = status;
        this.exception = exception;
        this.draft = draft;
        this.languageDecided = languageDecided;
        this.language = language;
        this.downstream = downstream;
    }

    /**
     * Returns the status the mapper decided on, for a writer that is not told the response's.
     *
     * @return the status
     */
    public int decidedStatus() {
        return status;
    }

    /**
     * Completes the problem with the pipeline, for a response with a status.
     *
     * @param pipeline the pipeline
     * @param status   the response's status
     * @param request  the request
     * @return the completed draft; never throws
     */
    public Draft complete(ProblemPipeline pipeline, int status, RequestView request) {
        ErrorContext context = languageDecided ? pipeline.contextIn(language, status, exception, request)
                : pipeline.context(status, exception, request);
        return pipeline.complete(draft, context, downstream);
    }

    @Override
    public String toString() {
        return "PendingProblem";
    }
}
