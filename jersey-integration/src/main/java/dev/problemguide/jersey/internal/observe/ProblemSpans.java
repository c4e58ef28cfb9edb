package dev.problemguide.jersey.internal.observe;

import dev.problemguide.Problem;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.StatusCode;

/**
 * The current OpenTelemetry span as a problem sees it: its trace id becomes the problem's, and it is told the
 * problem's type ({@code problem.type}) and status ({@code problem.status}). A 5xx sets its status to ERROR and
 * records the exception; a 4xx leaves its status unset, as OpenTelemetry's HTTP server conventions say of a
 * server span.
 */
final class ProblemSpans {

    private ProblemSpans() {
    }

    static String traceId() {
        SpanContext context = Span.current().getSpanContext();
        return context.isValid() ? context.getTraceId() : null;
    }

    static void annotate(Problem problem, Throwable exception) {
        Span span = Span.current();
        if (!span.getSpanContext().isValid()) {
            return;
        }
        int status = problem.status() == null ? 500 : problem.status();
        span.setAttribute("problem.type", problem.type().toString());
        span.setAttribute("problem.status", status);
        if (status >= 500) {
            span.setStatus(StatusCode.ERROR);
            if (exception != null) {
                span.recordException(exception);
            }
        }
    }
}
