package dev.problemguide.jersey.internal.observe;

import dev.problemguide.Problem;
import java.lang.System.Logger.Level;
import java.util.function.Supplier;

/**
 * Reports every problem to the observability libraries the application has: Micrometer (a counter per status, type,
 * exception, method and route) and the OpenTelemetry API (the current span's attributes and status). Whether each
 * is there, and readable from this module, is looked up once; without it none of its classes is ever loaded, and
 * nothing changes. Reporting never fails an answer: whatever goes wrong in it is dropped.
 *
 * <p>The container guards, which answer outside any application, report with the settings of the last feature
 * that started (its registry, and whether it counts and traces), until it stops; before any, to Micrometer's global
 * registry and the current span.
 */
public final class Observers {

    private static final System.Logger LOG = System.getLogger(Observers.class.getName());
    private static final boolean MICROMETER = present("io.micrometer.core.instrument.MeterRegistry");
    private static final boolean OPENTELEMETRY = present("io.opentelemetry.api.trace.Span");

    /** What the container guards report with; see the class comment. */
    private static volatile Observers edge;

    private final ProblemMetrics metrics;
    private final boolean tracing;

    /**
     * Creates the reporting of one feature, which the container guards then use too.
     *
     * @param registry the Micrometer {@code MeterRegistry} the builder was given, or {@code null} for Micrometer's
     *                 global registry
     * @param metrics  whether to count problems (with Micrometer)
     * @param tracing  whether to use and tell the current span (with the OpenTelemetry API)
     */
    public Observers(Object registry, boolean metrics, boolean tracing) {
        this.metrics = MICROMETER && metrics ? metrics(registry) : null;
        this.tracing = OPENTELEMETRY && tracing;
        edge = this;
    }

    /**
     * Stops the container guards from reporting with this feature's settings, as its application stops, unless
     * another feature took over since.
     */
    public void release() {
        if (edge == this) {
            edge = null;
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
        Observers current = edge;
        if (current != null) {
            report(current.metrics, current.tracing, problem, failure, method, () -> null);
        } else {
            report(MICROMETER ? Global.METRICS : null, OPENTELEMETRY, problem, failure, method, () -> null);
        }
    }

    /**
     * Returns the trace id of the current span for a container guard's problem, with the settings it reports with.
     *
     * @return its 32 hex digits, or {@code null}
     */
    public static String edgeTraceId() {
        Observers current = edge;
        return current != null ? current.traceId() : OPENTELEMETRY ? spanTraceId() : null;
    }

    private static String spanTraceId() {
        try {
            return ProblemSpans.traceId();
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
                ProblemSpans.annotate(problem, ProblemMetrics.named(exception));
            }
        } catch (RuntimeException | LinkageError e) {
            // A meter registry or tracer that fails (or an incompatible version) must not take the answer with it.
        }
    }

    /** Counts in a registry, or not at all when Micrometer cannot be used after all (another copy, say). */
    private static ProblemMetrics metrics(Object registry) {
        try {
            return new ProblemMetrics(registry);
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.WARNING, "Problem Guide counts no problems: Micrometer is on the class path but cannot be"
                    + " used (" + e + ")");
            return null;
        }
    }

    /** Whether a class is there and its module readable from this one (a named module reads only what it requires). */
    private static boolean present(String className) {
        try {
            Class<?> type = Class.forName(className, false, Observers.class.getClassLoader());
            return Observers.class.getModule().canRead(type.getModule());
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** The counters on Micrometer's global registry, made when first needed. */
    private static final class Global {
        static final ProblemMetrics METRICS = metrics(null);
    }
}
