package dev.problemguide.jersey.internal.pipeline;

import dev.problemguide.jersey.ProblemContext;
import dev.problemguide.jersey.internal.observe.Observers;
import dev.problemguide.jersey.internal.request.RequestView;
import dev.problemguide.jersey.internal.request.TraceIds;
import java.util.Locale;
import java.util.Optional;

/**
 * One error, made once when its status is known and handed to every step after that: the status, the
 * exception, the request, the language negotiated for its texts and its trace id. The trace id is worked out
 * here alone, on first use (most 4xx never need one), and is the same for the body, the log line and every
 * post-processor. Confined to the thread that completes the error; not to be kept after it.
 */
public final class ErrorContext implements ProblemContext {

    private final int status;
    private final Throwable exception;
    private final RequestView request;
    private final Locale language;
    private final boolean trustClientIds;
    private final Observers observers;
    private String traceId;

    /**
     * Creates the context of one error.
     *
     * @param status    the HTTP status, 400 to 599
     * @param exception the exception, or {@code null} for an error response built without one
     * @param request   the request
     * @param language  the language negotiated for the texts, or {@code null} for the default texts
     * @param trustClientIds whether a trace id the client sent may be used
     */
    public ErrorContext(int status, Throwable exception, RequestView request, Locale language,
                        boolean trustClientIds) {
        this(status, exception, request, language, trustClientIds, null);
    }

    /**
     * Creates the context of one error, whose trace id is the current span's when the feature uses spans.
     *
     * @param status         the HTTP status
     * @param exception      the exception, or {@code null}
     * @param request        the request
     * @param language       the language, or {@code null} for the default texts
     * @param trustClientIds whether trace ids a client sent may be used
     * @param observers      the feature's reporting, or {@code null}
     */
    public ErrorContext(int status, Throwable exception, RequestView request, Locale language,
                        boolean trustClientIds, Observers observers) {
        this.status = status;
        this.exception = exception;
        this.request = request;
        this.language = language;
        this.trustClientIds = trustClientIds;
        this.observers = observers;
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public Optional<Throwable> exception() {
        return Optional.ofNullable(exception);
    }

    /**
     * Returns the exception without wrapping it.
     *
     * @return the exception, or {@code null}
     */
    public Throwable exceptionOrNull() {
        return exception;
    }

    @Override
    public String method() {
        return request.method();
    }

    @Override
    public String path() {
        return request.rawPath();
    }

    @Override
    public String header(String name) {
        return request.header(name);
    }

    @Override
    public Optional<Locale> language() {
        return Optional.ofNullable(language);
    }

    /**
     * Returns the negotiated language without wrapping it.
     *
     * @return the language, or {@code null} for the default texts
     */
    public Locale languageOrNull() {
        return language;
    }

    /**
     * Returns the route the request matched, for metrics.
     *
     * @return such as {@code /orders/{id}}, or {@code null} when no resource matched
     */
    public String route() {
        return request.route();
    }

    @Override
    public String traceId() {
        String id = traceId;
        if (id == null) {
            // The current span's, when there is one: the body, the log line and the distributed trace then agree.
            id = observers == null ? null : observers.traceId();
            if (id == null) {
                id = TraceIds.of(request, trustClientIds);
            }
            traceId = id;
        }
        return id;
    }
}
