package dev.problemguide.jersey.internal;

import jakarta.ws.rs.WebApplicationException;

/**
 * Maps {@link WebApplicationException}s, Jersey's own 404, 405, 406 and 415 among them, keeping their
 * status and headers; one that carries an entity passes through unchanged.
 */
public final class WebApplicationExceptionMapper extends ProblemMapperSupport<WebApplicationException> {

    /**
     * Creates the mapper.
     *
     * @param responses the decision it delegates to
     */
    public WebApplicationExceptionMapper(ExceptionResponses responses) {
        super(responses);
    }
}
