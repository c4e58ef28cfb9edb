package dev.problemguide.openapi.internal;

import java.util.Map;

/**
 * One reason an operation can answer with a problem: a response status, the schema of the body, and an example.
 *
 * @param status  the status
 * @param name    the example's name, unique per status (e.g. {@code malformedBody}, or the exception's name)
 * @param summary what causes it, in words
 * @param schema  the name of the body's schema among the components
 * @param example the example body
 */
public record Cause(int status, String name, String summary, String schema, Map<String, Object> example) {
}
