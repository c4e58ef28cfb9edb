package dev.problemguide.jersey.internal.provider;

import dev.problemguide.jersey.internal.pipeline.Draft;
import dev.problemguide.jersey.internal.pipeline.PendingProblem;
import dev.problemguide.jersey.internal.pipeline.ProblemPipeline;
import dev.problemguide.jersey.internal.request.RequestView;
import dev.problemguide.json.ProblemMediaType;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.lang.annotation.Annotation;

/**
 * Completes the problems that Problem Guide's exception mappers decided on: the response filter is handed the
 * request, so the error's context (language, path, trace id) is made here without a request-scope lookup.
 * Registered with the highest priority, so that it runs before the application's response filters (one at that
 * same priority may run before or after it) and they see the completed {@code Problem}. Should a pending problem
 * reach the writer all the same, {@link PendingProblemWriter} completes it there.
 */
public final class PendingProblemFilter implements ContainerResponseFilter {

    /** Response filters run in descending order of priority: this one first. */
    static final int PRIORITY = Integer.MAX_VALUE;

    private static final Annotation[] NO_ANNOTATIONS = new Annotation[0];

    private final ProblemPipeline pipeline;

    /**
     * Creates the filter.
     *
     * @param pipeline the pipeline
     */
    public PendingProblemFilter(ProblemPipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof PendingProblem pending)) {
            return;
        }
        // The response's status, not the mapper's: the body's status must equal the HTTP status.
        Draft done = pending.complete(pipeline, response.getStatus(), RequestView.of(request));
        pipeline.headers(done, response.getHeaders()::add);
        response.setEntity(done.problem(), NO_ANNOTATIONS, ProblemMediaType.APPLICATION_PROBLEM_JSON_TYPE);
    }
}
