package dev.problemguide.benchmarks;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.concurrent.TimeUnit;
import org.glassfish.jersey.server.ContainerResponse;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What counting and tracing add to the error path: the in-process request of {@link ErrorPathBenchmark}
 * ({@code GET /orders/7}, a 404 problem) through four applications that differ only in those settings.
 * <ul>
 *   <li>{@link #off}: {@code metrics(false).tracing(false)}, no span;</li>
 *   <li>{@link #metered}: the problem counted in a {@code SimpleMeterRegistry};</li>
 *   <li>{@link #spanOnly}: a recording OpenTelemetry SDK span current around the request (as an instrumentation
 *       makes one), which the feature does not use ({@code tracing(false)});</li>
 *   <li>{@link #traced}: the same span, used for the trace id and told the problem.</li>
 * </ul>
 * Counting adds {@code metered − off}; tracing adds {@code traced − spanOnly}. Run with
 * {@code benchmarks/run-jmh.sh ObservabilityBenchmark -prof gc}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class ObservabilityBenchmark {

    private static final Tracer TRACER = SdkTracerProvider.builder().build().get("bench");

    /**
     * Neither counted nor traced.
     *
     * @param app the application
     * @return the number of body bytes written
     */
    @Benchmark
    public int off(Off app) {
        return app.call();
    }

    /**
     * Counted in a {@code SimpleMeterRegistry}.
     *
     * @param app the application
     * @return the number of body bytes written
     */
    @Benchmark
    public int metered(Metered app) {
        return app.call();
    }

    /**
     * A current span the feature leaves alone.
     *
     * @param app the application
     * @return the number of body bytes written
     */
    @Benchmark
    public int spanOnly(Off app) {
        return inSpan(app);
    }

    /**
     * A current span that gives the trace id and is told the problem.
     *
     * @param app the application
     * @return the number of body bytes written
     */
    @Benchmark
    public int traced(Traced app) {
        return inSpan(app);
    }

    private static int inSpan(ErrorPathBenchmark.InProcess app) {
        Span span = TRACER.spanBuilder("GET /orders/{id}").startSpan();
        Scope scope = span.makeCurrent();
        try {
            return app.call();
        } finally {
            scope.close();
            span.end();
        }
    }

    /** {@code metrics(false).tracing(false)}. */
    @org.openjdk.jmh.annotations.State(org.openjdk.jmh.annotations.Scope.Thread)
    public static class Off extends ErrorPathBenchmark.InProcess {
        /** Creates the state. */
        public Off() {
            super("feature-off", ErrorPathBenchmark.ERROR_PATH);
        }

        @Override
        void check(ContainerResponse response, String body) {
            ErrorPathBenchmark.checkProblem("off", response, body, true);
        }
    }

    /** Counted in a {@code SimpleMeterRegistry}, no span used. */
    @org.openjdk.jmh.annotations.State(org.openjdk.jmh.annotations.Scope.Thread)
    public static class Metered extends ErrorPathBenchmark.InProcess {
        /** Creates the state. */
        public Metered() {
            super("feature-metered", ErrorPathBenchmark.ERROR_PATH);
        }

        @Override
        void check(ContainerResponse response, String body) {
            ErrorPathBenchmark.checkProblem("metered", response, body, true);
        }
    }

    /** Spans used, nothing counted. */
    @org.openjdk.jmh.annotations.State(org.openjdk.jmh.annotations.Scope.Thread)
    public static class Traced extends ErrorPathBenchmark.InProcess {
        /** Creates the state. */
        public Traced() {
            super("feature-traced", ErrorPathBenchmark.ERROR_PATH);
        }

        @Override
        void check(ContainerResponse response, String body) {
            ErrorPathBenchmark.checkProblem("traced", response, body, true);
        }
    }
}
