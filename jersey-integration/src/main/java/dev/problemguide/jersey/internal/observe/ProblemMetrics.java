package dev.problemguide.jersey.internal.observe;

import dev.problemguide.Problem;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Micrometer counter {@value #NAME}: one increment per problem, tagged with {@code status}, {@code type},
 * {@code exception} (the class, or {@code none}), {@code method} and {@code uri} (the matched resource template, or
 * {@code none}). No tag takes a value a client controls: the method is one of HTTP's or {@code OTHER}, never the
 * path but its template; so the number of series stays bounded, and past {@value #MAX_SERIES} of them new ones
 * share {@code other} for type, exception and uri. Counters are looked up once per series.
 */
final class ProblemMetrics {

    /** The counter's name; Prometheus shows it as {@code http_server_problems_total}. */
    static final String NAME = "http.server.problems";

    private static final int MAX_SERIES = 1000;
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS",
            "TRACE", "CONNECT");

    private final MeterRegistry registry;
    private final Map<Series, Counter> counters = new ConcurrentHashMap<>();

    /**
     * Creates the counters of a registry.
     *
     * @param registry a {@code MeterRegistry}, or {@code null} for Micrometer's global registry
     */
    ProblemMetrics(Object registry) {
        this.registry = registry == null ? Metrics.globalRegistry : (MeterRegistry) registry;
    }

    /** One series: the tags of a counter. */
    private record Series(int status, String type, String exception, String method, String uri) {
    }

    void count(Problem problem, Throwable exception, String method, String route) {
        int status = problem.status() == null ? 500 : problem.status();
        Series series = new Series(status, problem.type().toString(), exception(exception), method(method),
                route == null ? "none" : route);
        Counter counter = counters.get(series);
        if (counter == null) {
            if (counters.size() >= MAX_SERIES) {
                series = new Series(status, "other", "other", series.method(), "other");
            }
            counter = counters.computeIfAbsent(series, this::register);
        }
        counter.increment();
    }

    private Counter register(Series series) {
        return Counter.builder(NAME)
                .description("Problems (RFC 9457) answered, by status, type, exception, method and resource template")
                .baseUnit("problems")
                .tag("status", Integer.toString(series.status()))
                .tag("type", series.type())
                .tag("exception", series.exception())
                .tag("method", series.method())
                .tag("uri", series.uri())
                .register(registry);
    }

    /** The exception's class name, or {@code none}. */
    private static String exception(Throwable exception) {
        Throwable named = named(exception);
        return named == null ? "none" : named.getClass().getName();
    }

    /**
     * Returns the exception that names an error: for Problem Guide's own wrappers of a request body's error, the
     * error.
     *
     * @param exception the exception, or {@code null}
     * @return the exception to name, or {@code null}
     */
    static Throwable named(Throwable exception) {
        return exception != null && exception.getClass().getName().startsWith("dev.problemguide.jersey.internal.")
                && exception.getCause() != null ? exception.getCause() : exception;
    }

    private static String method(String method) {
        if (method == null) {
            return "UNKNOWN";
        }
        if (METHODS.contains(method)) {
            return method;
        }
        String upper = method.toUpperCase(Locale.ROOT);
        return METHODS.contains(upper) ? upper : "OTHER";
    }
}
