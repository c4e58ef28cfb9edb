package dev.problemguide.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.problemguide.Problem;
import dev.problemguide.ProblemFactory;
import dev.problemguide.json.ProblemJsonWriter;
import dev.problemguide.json.ProblemModule;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
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
 * Writing a typical problem (a 404 with title, detail, instance and one extension) to bytes: Problem
 * Guide's Jakarta REST writer, the same through an ObjectMapper with {@link ProblemModule}, and the
 * practical limit, a hand-written string concatenation.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ProblemWriteBenchmark {

    private final ProblemJsonWriter writer = new ProblemJsonWriter();
    private final ObjectMapper mapper = new ObjectMapper().registerModule(new ProblemModule());
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(512);
    private final Problem problem = ProblemFactory.standard().enrich(Problem.builder()
            .status(404).detail("Order 42 does not exist.").instance(URI.create("/orders/42"))
            .extension("orderId", 42).build());

    /**
     * Problem Guide's writer into a reused buffer.
     *
     * @return the bytes
     * @throws IOException never
     */
    @Benchmark
    public byte[] problemGuideWriter() throws IOException {
        out.reset();
        writer.write(problem, out);
        return out.toByteArray();
    }

    /**
     * An ObjectMapper with ProblemModule.
     *
     * @return the bytes
     * @throws IOException never
     */
    @Benchmark
    public byte[] objectMapperWithModule() throws IOException {
        return mapper.writeValueAsBytes(problem);
    }

    /**
     * Hand-written concatenation, trusting the texts to need no escaping: the practical limit.
     *
     * @return the bytes
     */
    @Benchmark
    public byte[] stringConcatenation() {
        String json = "{\"type\":\"" + problem.type() + "\",\"title\":\"" + problem.title() + "\",\"status\":"
                + problem.status() + ",\"detail\":\"" + problem.detail() + "\",\"instance\":\"" + problem.instance()
                + "\",\"orderId\":" + problem.extensions().get("orderId") + "}";
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
