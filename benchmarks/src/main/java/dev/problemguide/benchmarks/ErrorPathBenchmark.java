package dev.problemguide.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.problemguide.Problem;
import dev.problemguide.ProblemFactory;
import dev.problemguide.jersey.InstanceStrategy;
import dev.problemguide.jersey.internal.ExceptionMappings;
import dev.problemguide.jersey.internal.ExceptionResponses;
import dev.problemguide.jersey.internal.JsonBodyTranslator;
import dev.problemguide.jersey.internal.ParamTranslator;
import dev.problemguide.jersey.internal.ProblemOptions;
import dev.problemguide.jersey.internal.ProblemResponder;
import dev.problemguide.jersey.internal.RequestView;
import dev.problemguide.json.ProblemJsonWriter;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The error path without HTTP: an application exception (already thrown; its construction is not measured)
 * → problem → response bytes. Problem Guide's real decision, responder and writer, against a hand-written
 * concatenation and Zalando Problem (building its ThrowableProblem, then writing it).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ErrorPathBenchmark {

    private final OrderNotFound exception = new OrderNotFound(7);
    private final ProblemJsonWriter writer = new ProblemJsonWriter();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(512);
    private final ObjectMapper zalandoMapper = Competitors.zalandoMapper();
    private final ExceptionResponses responses;
    private final RequestView request = new RequestView() {
        @Override
        public String method() {
            return "GET";
        }

        @Override
        public String rawPath() {
            return "/orders/7";
        }

        @Override
        public String header(String name) {
            return null;
        }
    };

    /** Sets up the feature's internals as {@code ProblemFeature} does, with its defaults. */
    public ErrorPathBenchmark() {
        ProblemOptions options = new ProblemOptions(ProblemFactory.standard(), null, null,
                InstanceStrategy.REQUEST_PATH, true, Level.ERROR, Level.DEBUG, 422, 404, Map.of(), List.of());
        responses = new ExceptionResponses(new ProblemResponder(options), new ExceptionMappings(options),
                List.of(new JsonBodyTranslator(), new ParamTranslator(404)));
    }

    /**
     * Problem Guide: mapping decision, texts, instance, response, then the writer.
     *
     * @return the bytes
     * @throws IOException never
     */
    @Benchmark
    public byte[] problemGuide() throws IOException {
        Response response = responses.toResponse(exception, request, null);
        out.reset();
        writer.write((Problem) response.getEntity(), out);
        return out.toByteArray();
    }

    /**
     * The practical limit: concatenating the same JSON by hand.
     *
     * @return the bytes
     */
    @Benchmark
    public byte[] handWritten() {
        return Competitors.concatenate(exception).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Zalando Problem: building the ThrowableProblem (it fills a stack trace) and writing it.
     *
     * @return the bytes
     * @throws IOException never
     */
    @Benchmark
    public byte[] zalando() throws IOException {
        return zalandoMapper.writeValueAsBytes(Competitors.zalando(exception));
    }

    /**
     * Zalando Problem's write alone, for a problem built once.
     *
     * @return the bytes
     * @throws IOException never
     */
    @Benchmark
    public byte[] zalandoWriteOnly() throws IOException {
        return zalandoMapper.writeValueAsBytes(ZALANDO_PROBLEM);
    }

    private static final org.zalando.problem.ThrowableProblem ZALANDO_PROBLEM = Competitors.zalando(new OrderNotFound(7));
}
