package dev.problemguide.jersey.internal;

import dev.problemguide.Problem;
import dev.problemguide.json.ProblemMediaType;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.lang.annotation.Annotation;

/**
 * Gives a problem body to error responses (4xx, 5xx) that have none, such as
 * {@code Response.status(409).build()} returned by a resource. Responses with an entity, and every
 * 1xx, 2xx and 3xx response, are left as they are; headers are kept.
 */
public final class EmptyErrorResponseFilter implements ContainerResponseFilter {

    private static final Annotation[] NO_ANNOTATIONS = new Annotation[0];
    private static final Problem EMPTY = Problem.builder().build();

    private final ProblemResponder responder;

    /**
     * Creates the filter.
     *
     * @param responder the responder
     */
    public EmptyErrorResponseFilter(ProblemResponder responder) {
        this.responder = responder;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status < 400 || status > 599 || response.hasEntity()) {
            return;
        }
        Occurrence occurrence = responder.occurrence(status, null, RequestView.of(request));
        Problem problem = responder.complete(EMPTY, occurrence);
        response.getHeaders().remove("Content-Length");
        responder.languageHeaders(occurrence, response.getHeaders()::add);
        response.setEntity(problem, NO_ANNOTATIONS, ProblemMediaType.APPLICATION_PROBLEM_JSON_TYPE);
    }
}
