package dev.problemguide.jersey.internal.pipeline;

import java.util.function.Function;

/**
 * The entity of an error response an exception mapper decided on, until the response filter completes it.
 * A mapper has no request of its own, and every call on an injected request proxy is a request-scope lookup
 * (about 2 KB and a few hundred nanoseconds per error, measured); the response filter is handed the request,
 * so the per-error context is made there, once.
 *
 * @param status    the HTTP status decided on
 * @param exception the exception, or {@code null}
 * @param draft     makes the problem so far from the error's context (mapped texts need its language)
 */
public record PendingProblem(int status, Throwable exception, Function<ErrorContext, Draft> draft) {
}
