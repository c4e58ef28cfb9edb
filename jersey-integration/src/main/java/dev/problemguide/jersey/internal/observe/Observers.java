package dev.problemguide.jersey.internal.observe;

import dev.problemguide.Problem;
import java.util.function.Supplier;

/**
 * Reports every problem to the observability libraries the application has: Micrometer (a counter per status, type,
 * exception, method and route) and the OpenTelemetry API (the current span's attributes and status). Whether each
 * is there is looked up once; without it none of its classes is ever loaded, and nothing changes. Reporting never
 * fails an answer: whatever goes wrong in it is dropped.
 */
public final class Observers {

    private static final boolean MICROMETER = present("io.micrometer.core.instrument.MeterRegistry");
    private static final boolean OPENTELEMETRY = present("io.opentelemetry.api.trace.Span");

    /** The counters of the container guards: the last feature's with a registry of its own, else the global one. */
    private static volatile ProblemMetrics edge;

    private final ProblemMetrics metrics;
    private final boolean tracing;

    /**
     * Creates the reporting of one feature.
     *
     * @param registry the Micrometer {@code MeterRegistry} the builder was given, or {@code null} for Micrometer's
     *                 global registry
     * @param metrics  whether to count problems (with Micrometer)
     * @param tracing  whether to use and tell the current span (with the OpenTelemetry API)
     */
    public Observers(Object registry, boolean metrics, boolean tracing) {
        this.metrics = MICROMETER && metrics ? new ProblemMetrics(registry) : null;
        this.tracing = OPENTELEMETRY && tracing;
        if (this.metrics != null && registry != null) {
            // What the containers answer around this application counts where its own problems do.
            edge = this.metrics;
        }
    }

    /**
     * Reports a completed problem.
     *
     * @param problem   the problem as answered
     * @param exception the exception behind it, or {@code null}
     * @param method    the request's method
     * @param route     gives the matched resource template, or {@code null} when no resource matched; asked only
     *                  when problems are counted
     */
    public void observe(Problem problem, Throwable exception, String method, Supplier<String> route) {
        report(metrics, tracing, problem, exception, method, route);
    }

    /**
     * Returns the trace id of the current span, when this feature uses spans.
     *
     * @return its 32 hex digits, or {@code null}
     */
    public String traceId() {
        return tracing ? spanTraceId() : null;
    }

    /**
     * Reports a problem a container guard answered, which no resource matched.
     *
     * @param problem the problem
     * @param method  the request's method, or {@code null} when the container could not read one
     * @param failure the exception behind it, or {@code null}
     */
    public static void observeEdge(Problem problem, String method, Throwable failure) {
        ProblemMetrics counters = edge;
        if (counters == null && MICROMETER) {
            counters = Global.METRICS;
        }
        report(counters, OPENTELEMETRY, problem, failure, method, () -> null);
    }

    /**
     * Returns the trace id of the current OpenTelemetry span, so that the body, the log line and the trace agree.
     *
     * @return its 32 hex digits, or {@code null} without the API or a valid current span
     */
    public static String spanTraceId() {
        try {
            return OPENTELEMETRY ? ProblemSpans.traceId() : null;
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }

    private static void report(ProblemMetrics metrics, boolean tracing, Problem problem, Throwable exception,
                               String method, Supplier<String> route) {
        try {
            if (metrics != null) {
                metrics.count(problem, exception, method, route.get());
            }
            if (tracing) {
                ProblemSpans.annotate(problem, exception);
            }
        } catch (RuntimeException | LinkageError e) {
            // A meter registry or tracer that fails (or an incompatible version) must not take the answer with it.
        }
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, Observers.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** The counters on Micrometer's global registry, made when first needed. */
    private static final class Global {
        static final ProblemMetrics METRICS = new ProblemMetrics(null);
    }
}
