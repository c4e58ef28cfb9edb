package dev.problemguide.jersey.internal.input;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Marks a Jackson exception that was thrown while the request body was read, as opposed to one thrown by
 * the application's own use of Jackson (a server bug). Thrown by {@link RequestBodyInterceptor}; has no
 * stack trace of its own, its cause has the real one.
 */
public final class RequestBodyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Wraps a Jackson exception.
     *
     * @param cause the exception Jackson threw while reading the body
     */
    public RequestBodyException(JsonProcessingException cause) {
        super("The request body could not be read as JSON", cause, false, false);
    }

    /**
     * Returns the Jackson exception.
     *
     * @return the cause
     */
    public JsonProcessingException jsonException() {
        return (JsonProcessingException) getCause();
    }
}
