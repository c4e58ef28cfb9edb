package dev.problemguide.jersey;

import java.util.Optional;

/**
 * What a {@link ProblemPostProcessor} may know about the occurrence of a problem: the request it answers
 * and the exception behind it.
 */
public interface ProblemContext {

    /**
     * Returns the HTTP status of the response; the problem's {@code status} member always equals it.
     *
     * @return a code from 400 to 599
     */
    int status();

    /**
     * Returns the exception the problem was made from.
     *
     * @return the exception, or empty for an error response that a resource built without entity
     */
    Optional<Throwable> exception();

    /**
     * Returns the request method.
     *
     * @return e.g. {@code GET}
     */
    String method();

    /**
     * Returns the request path as the client sent it, percent-encoded.
     *
     * @return e.g. {@code /orders/42}
     */
    String path();

    /**
     * Returns a request header.
     *
     * @param name the header name, case-insensitive
     * @return the header's values joined by commas, or {@code null} when absent
     */
    String header(String name);

    /**
     * Returns the trace id of this occurrence, from {@code traceparent} or {@code X-Request-Id} when the
     * request has a valid one, else generated.
     *
     * @return the trace id
     */
    String traceId();
}
