package dev.problemguide.jersey.internal.request;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;
import org.glassfish.jersey.server.ExtendedUriInfo;

/**
 * The little of a request that a problem needs, whether it is reached from a mapper's injected
 * {@code @Context} proxies or from a filter's request context.
 */
public interface RequestView {

    /**
     * Returns the method.
     *
     * @return e.g. {@code GET}
     */
    String method();

    /**
     * Returns the raw (percent-encoded) request path.
     *
     * @return e.g. {@code /orders/42}
     */
    String rawPath();

    /**
     * Returns a header's value.
     *
     * @param name the name
     * @return the values joined by commas, or {@code null}
     */
    String header(String name);

    /**
     * Returns the route: the templates of the resources and methods the request matched.
     *
     * @return such as {@code /orders/{id}}, or {@code null} when nothing matched or it is not known
     */
    default String route() {
        return null;
    }

    /**
     * Views a filter's request context.
     *
     * @param request the context
     * @return the view
     */
    static RequestView of(ContainerRequestContext request) {
        return new RequestView() {
            @Override
            public String method() {
                return request.getMethod();
            }

            @Override
            public String rawPath() {
                return request.getUriInfo().getRequestUri().getRawPath();
            }

            @Override
            public String header(String name) {
                return request.getHeaderString(name);
            }

            @Override
            public String route() {
                return request.getUriInfo() instanceof ExtendedUriInfo extended ? Routes.of(extended) : null;
            }
        };
    }

    /**
     * Views the injected request proxies of a provider.
     *
     * @param request the request
     * @param uriInfo the URI information
     * @param headers the headers
     * @return the view
     */
    static RequestView of(Request request, UriInfo uriInfo, HttpHeaders headers) {
        return new RequestView() {
            @Override
            public String method() {
                return request.getMethod();
            }

            @Override
            public String rawPath() {
                return uriInfo.getRequestUri().getRawPath();
            }

            @Override
            public String header(String name) {
                return headers.getHeaderString(name);
            }

            @Override
            public String route() {
                return uriInfo instanceof ExtendedUriInfo extended ? Routes.of(extended) : null;
            }
        };
    }
}
