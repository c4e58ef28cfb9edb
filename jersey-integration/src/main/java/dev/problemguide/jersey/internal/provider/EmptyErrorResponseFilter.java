package dev.problemguide.jersey.internal.provider;

import dev.problemguide.jersey.internal.pipeline.Draft;
import dev.problemguide.jersey.internal.pipeline.ProblemPipeline;
import dev.problemguide.jersey.internal.request.RequestView;
import dev.problemguide.json.ProblemMediaType;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.lang.annotation.Annotation;

/**
 * Gives a problem body to error responses (4xx, 5xx) that have none, such as
 * {@code Response.status(409).build()} returned by a resource. Responses with an entity, and every
 * 1xx, 2xx and 3xx response, are left as they are; headers are kept.
 */
public final class EmptyErrorResponseFilter implements ContainerResponseFilter {

    private static final Annotation[] NO_ANNOTATIONS = new Annotation[0];

    private final ProblemPipeline pipeline;

    /**
     * Creates the filter.
     *
     * @param pipeline the pipeline
     */
    public EmptyErrorResponseFilter(ProblemPipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status < 400 || status > 599 || response.hasEntity()) {
            return;
        }
        Draft done = pipeline.complete(Draft.EMPTY, pipeline.context(status, null, RequestView.of(request)));
        response.getHeaders().remove(HttpHeaders.CONTENT_LENGTH);
        pipeline.headers(done, response.getHeaders()::add);
        response.setEntity(done.problem(), NO_ANNOTATIONS, ProblemMediaType.APPLICATION_PROBLEM_JSON_TYPE);
    }
}
