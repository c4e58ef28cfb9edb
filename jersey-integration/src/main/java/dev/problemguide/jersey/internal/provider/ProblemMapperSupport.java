package dev.problemguide.jersey.internal.provider;

import dev.problemguide.jersey.internal.mapping.ExceptionResolver;
import dev.problemguide.jersey.internal.request.RequestView;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Providers;

/**
 * What Problem Guide's exception mappers share: the injected request and the decision. Each subclass
 * only names the exception family it catches, so that Jakarta REST's closest-type rule still lets an
 * application's own mapper for a narrower type win.
 *
 * @param <E> the exception family
 */
public abstract class ProblemMapperSupport<E extends Throwable> implements ExceptionMapper<E> {

    @Context
    private Request request;
    @Context
    private UriInfo uriInfo;
    @Context
    private HttpHeaders headers;
    @Context
    private Providers providers;

    private final ExceptionResolver resolver;

    /**
     * Creates a mapper.
     *
     * @param resolver the decision it delegates to
     */
    protected ProblemMapperSupport(ExceptionResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public final Response toResponse(E exception) {
        return resolver.toResponse(exception, RequestView.of(request, uriInfo, headers), providers);
    }
}
