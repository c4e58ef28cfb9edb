package dev.problemguide.samples.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.problemguide.samples.SampleServer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.glassfish.grizzly.http.server.HttpServer;

/**
 * A bounded hostile client against the real sample service over loopback: what it sends costs it more than the
 * service. Request bodies over 16 KB are never answered with more bytes than they carry; 10,000 requests with
 * random languages do not grow the heap; and no request the client alone controls produces a WARNING or ERROR
 * line from Problem Guide's, Jersey's or Grizzly's loggers.
 */
class HostileClientIT {

    private static HttpServer server;
    private static int port;
    /** Keeps only WARNING and worse, so that the capture itself does not fill the heap being measured. */
    private static final Handler SERIOUS = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                synchronized (SERIOUS_LINES) {
                    SERIOUS_LINES.add(record.getLevel() + " " + record.getMessage());
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private static final List<String> SERIOUS_LINES = new ArrayList<>();
    private static final List<String> LOGGERS = List.of("dev.problemguide.jersey.ProblemFeature",
            "dev.problemguide.jersey.grizzly.ProblemGrizzlyHandler", "org.glassfish");

    @BeforeContainer
    static void start() {
        server = SampleServer.start(0);
        port = server.getListener("grizzly").getPort();
        LOGGERS.forEach(name -> Logger.getLogger(name).addHandler(SERIOUS));
    }

    @AfterContainer
    static void stop() {
        try {
            // Nothing any of these requests did was the server's fault: no line above the client-error level.
            synchronized (SERIOUS_LINES) {
                assertThat(SERIOUS_LINES).as("WARNING or ERROR lines").isEmpty();
            }
        } finally {
            LOGGERS.forEach(name -> Logger.getLogger(name).removeHandler(SERIOUS));
            server.shutdownNow();
        }
    }

    @Provide
    Arbitrary<byte[]> bigBodies() {
        Arbitrary<Integer> sizes = Arbitraries.integers().between(17 * 1024, 600 * 1024);
        return Arbitraries.oneOf(
                // Many invalid items: 2 violations each.
                sizes.map(size -> items(size / 30)),
                // One unknown member with a huge name.
                sizes.map(size -> ("{\"" + "k".repeat(size) + "\":1}").getBytes(StandardCharsets.UTF_8)),
                // Deep nesting.
                sizes.map(size -> ("[".repeat(size / 2) + "]".repeat(size / 2)).getBytes(StandardCharsets.UTF_8)),
                // Bytes that are not text in any encoding Jackson guesses.
                sizes.map(size -> {
                    byte[] bytes = new byte[size];
                    new Random(size).nextBytes(bytes);
                    bytes[0] = 0;
                    bytes[1] = 0;
                    bytes[2] = 0;
                    return bytes;
                }),
                // An array of huge strings where objects are expected.
                sizes.map(size -> ("{\"customer_id\":\"c\",\"items\":[\"" + "x".repeat(size) + "\"]}")
                        .getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] items(int count) {
        StringBuilder json = new StringBuilder("{\"customer_id\":\"a\",\"items\":[");
        for (int i = 0; i < count; i++) {
            json.append(i == 0 ? "" : ",").append("{\"sku\":\"\",\"quantity\":0}");
        }
        return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    @Property(tries = 30)
    void shouldNeverAnswerABigBodyWithMoreThanItCarries(@ForAll("bigBodies") byte[] body) throws IOException {
        RawHttp.Answer answer = RawHttp.send(port, "POST", "/orders", Map.of("Content-Type", "application/json"),
                body);

        ProblemChecks.assertProblem(answer.status(), answer.headers(), answer.header("Content-Type"), answer.body(),
                body.length + " bytes");
        assertThat(answer.status()).isBetween(400, 499);
        assertThat(answer.body().getBytes(StandardCharsets.UTF_8).length).isLessThan(body.length)
                .isLessThanOrEqualTo(16 * 1024);
    }

    @Property(tries = 1)
    void shouldNotGrowTheHeapWithRandomLanguages() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        Random random = new Random(7);
        URI uri = URI.create("http://127.0.0.1:" + port + "/orders?limit=0");
        send(client, uri, random, 2_000);
        long before = usedHeapAfterGc();
        send(client, uri, random, 8_000);
        long after = usedHeapAfterGc();

        // Each language was remembered forever before: 10,000 requests of ~100 languages grew the heap by
        // hundreds of megabytes. Allow for the noise of a running JVM.
        assertThat(after - before).as("heap growth in bytes").isLessThan(16L * 1024 * 1024);
    }

    private static void send(HttpClient client, URI uri, Random random, int count) throws Exception {
        for (int i = 0; i < count; i++) {
            StringBuilder languages = new StringBuilder();
            for (int l = 0; l < 20; l++) {
                languages.append(l == 0 ? "" : ", ");
                for (int c = 0; c < 8; c++) {
                    languages.append((char) ('a' + random.nextInt(26)));
                }
                languages.append(";q=0.").append(1 + random.nextInt(9));
            }
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20))
                    .header("Accept-Language", languages.toString()).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(422);
            assertThat(response.headers().firstValue("Content-Language")).isEmpty();
        }
    }

    /** The heap in use after full collections, once it stops shrinking (at most five). */
    private static long usedHeapAfterGc() {
        long previous = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            if (now >= previous) {
                return now;
            }
            previous = now;
        }
        return previous;
    }
}
