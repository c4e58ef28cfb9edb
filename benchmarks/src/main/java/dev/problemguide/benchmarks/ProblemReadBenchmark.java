package dev.problemguide.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.problemguide.Problem;
import dev.problemguide.json.ProblemJsonReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
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
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decoding a typical problem (the client's error path) from the same bytes, three ways:
 * <ul>
 *   <li>{@link #problemGuide}: {@code ProblemJsonReader.read(InputStream)}, the public API the client
 *       ({@code ProblemClients}) decodes an error body with;</li>
 *   <li>{@link #zalando}: an {@code ObjectMapper} with Zalando's {@code ProblemModule} reading
 *       {@code org.zalando.problem.Problem}, through an {@code ObjectReader} made once (its fastest use); what
 *       it creates is a {@code DefaultProblem}, a {@code ThrowableProblem}, whose constructor fills and copies
 *       a stack trace;</li>
 *   <li>{@link #jacksonMap}: plain Jackson into a {@code Map}, the floor: no problem type, no URIs.</li>
 * </ul>
 * All three read a fresh {@code ByteArrayInputStream} over the same 304 bytes (the problem of RFC 9457's
 * section 3 with a trace id: type, title, status, detail, instance, a number, an array of two strings, a string).
 * {@code @Setup} checks once that every decoder reads the members expected, so that a broken set-up fails
 * instead of measuring something else. Run with {@code benchmarks/run-jmh.sh ProblemReadBenchmark -prof gc}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class ProblemReadBenchmark {

    /** The problem decoded: RFC 9457's example of section 3, with a trace id. */
    static final String JSON = "{\"type\":\"https://example.com/probs/out-of-credit\","
            + "\"title\":\"You do not have enough credit.\",\"status\":403,"
            + "\"detail\":\"Your current balance is 30, but that costs 50.\","
            + "\"instance\":\"/account/12345/msgs/abc\",\"balance\":30,"
            + "\"accounts\":[\"/account/12345\",\"/account/67890\"],"
            + "\"traceId\":\"0af7651916cd43dd8448eb211c80319c\"}";

    private final byte[] bytes = JSON.getBytes(StandardCharsets.UTF_8);
    private final ProblemJsonReader reader = new ProblemJsonReader();
    /** Zalando's mapper, as an ObjectReader made once (the fastest way to use it). */
    private final ObjectReader zalandoReader = Competitors.zalandoMapper().readerFor(org.zalando.problem.Problem.class);
    private final ObjectReader mapReader = new ObjectMapper().readerFor(Map.class);

    /**
     * Checks that the three decoders read what is expected.
     *
     * @throws IOException never
     */
    @Setup
    public void check() throws IOException {
        Problem ours = problemGuide();
        expect(ours.type().equals(URI.create("https://example.com/probs/out-of-credit"))
                && ours.title().equals("You do not have enough credit.") && ours.status() == 403
                && ours.detail().startsWith("Your current balance") && ours.instance().toString().endsWith("/abc")
                && ours.extensions().equals(Map.of("balance", 30,
                        "accounts", List.of("/account/12345", "/account/67890"),
                        "traceId", "0af7651916cd43dd8448eb211c80319c")), "Problem Guide", ours);
        org.zalando.problem.Problem theirs = zalando();
        expect(theirs.getType().equals(ours.type()) && theirs.getTitle().equals(ours.title())
                && theirs.getStatus().getStatusCode() == 403 && theirs.getDetail().equals(ours.detail())
                && theirs.getInstance().equals(ours.instance())
                && theirs.getParameters().equals(ours.extensions()), "Zalando", theirs);
        Map<?, ?> map = jacksonMap();
        expect(map.size() == 8 && map.get("status").equals(403), "Map", map);
        expect(bytes.length >= 300 && bytes.length <= 600, "size", bytes.length);
    }

    private static void expect(boolean condition, String what, Object actual) {
        if (!condition) {
            throw new IllegalStateException("Unexpected decoding (" + what + "): " + actual);
        }
    }

    /**
     * Problem Guide: the reader the client decodes with.
     *
     * @return the problem
     * @throws IOException never
     */
    @Benchmark
    public Problem problemGuide() throws IOException {
        return reader.read(new ByteArrayInputStream(bytes));
    }

    /**
     * Zalando: an ObjectMapper with its ProblemModule.
     *
     * @return the problem
     * @throws IOException never
     */
    @Benchmark
    public org.zalando.problem.Problem zalando() throws IOException {
        return zalandoReader.readValue(new ByteArrayInputStream(bytes));
    }

    /**
     * The floor: plain Jackson into a Map.
     *
     * @return the map
     * @throws IOException never
     */
    @Benchmark
    public Map<?, ?> jacksonMap() throws IOException {
        return mapReader.readValue(new ByteArrayInputStream(bytes));
    }
}
