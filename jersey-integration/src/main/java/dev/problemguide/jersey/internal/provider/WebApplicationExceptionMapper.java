package dev.problemguide.jersey.internal.provider;

import dev.problemguide.jersey.internal.mapping.ExceptionResolver;
import jakarta.ws.rs.WebApplicationException;

/**
 * Maps {@link WebApplicationException}s, Jersey's own 404, 405, 406 and 415 among them, keeping their
 * status and headers; one that carries an entity passes through unchanged.
 */
public final class WebApplicationExceptionMapper extends ProblemMapperSupport<WebApplicationException> {

    /**
     * Creates the mapper.
     *
     * @param resolver the decision it delegates to
     */
    public WebApplicationExceptionMapper(ExceptionResolver resolver) {
        super(resolver);
    }
}
