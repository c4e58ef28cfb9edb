package dev.problemguide.jersey;

import java.util.Locale;
import java.util.Optional;

/**
 * What a {@link ProblemPostProcessor} may know about one error: its status, the exception behind it, the
 * request it answers, the language negotiated for its texts and its trace id. Made once per error; the same
 * values are seen by every step, the log line and the response. Valid only while the post-processor runs:
 * do not keep it or hand it to another thread.
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
     * Returns the language negotiated for the problem's texts from {@code Accept-Language}, among the
     * languages the messages files have translations in. The status and mapped texts are in it where the
     * files translate them; {@code Content-Language} names it when they did.
     *
     * @return the language, or empty for the default texts (no translation exists, or none was asked for)
     */
    Optional<Locale> language();

    /**
     * Returns the trace id of this error, from {@code traceparent} or {@code X-Request-Id} when the request
     * has a valid one, else generated; worked out once, on first use, and the same in the body's
     * {@code traceId} member and the log line.
     *
     * @return the trace id
     */
    String traceId();
}
