package dev.problemguide.compat.matrix;

import jakarta.ws.rs.NameBinding;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds {@link Filter}, which fails on every response of the method it marks, the mapped error's too: the one
 * exception Jersey cannot turn into a response, so that the container answers it.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface FailingResponses {

    /** The response filter that always fails, with a secret in its message. */
    @FailingResponses
    final class Filter implements ContainerResponseFilter {
        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            throw new IllegalStateException("response filter failed: " + Orders.SECRET);
        }
    }
}
