package dev.problemguide.samples.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.problemguide.json.testsupport.ProblemSchema;
import dev.problemguide.samples.SampleServer;
import dev.problemguide.samples.Showcase;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.glassfish.grizzly.http.server.HttpServer;
import org.junit.jupiter.api.Test;

/**
 * A bounded load test on loopback against the real sample service: a fixed number of connections send a
 * mix of every showcased error and two successes for a fixed time, twice. Every error answer must be a
 * valid problem with the right status and no leaked marker, and the heap after the second run must not
 * have grown past the first. Short by default (8 connections, 5 s); the long run is
 * {@code mvn -B -pl samples -am verify -Dit.test=LoadIT -Dload.connections=64 -Dload.seconds=60 -Dtest=none
 * -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false}. Figures go to {@code samples/target/load-report.txt}.
 */
class LoadIT {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int CONNECTIONS = Integer.getInteger("load.connections", 8);
    private static final int SECONDS = Integer.getInteger("load.seconds", 5);

    /** One request of the mix. */
    record Call(String name, HttpRequest request, int status) {
    }

    /** What one run measured. */
    record Run(long requests, Map<String, Long> byKind, long invalid, long leaked, long schemaChecked) {
    }

    private static List<Call> mix(URI base) {
        List<Call> calls = new ArrayList<>();
        for (Showcase.Example example : Showcase.EXAMPLES) {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(example.path().substring(1)))
                    .timeout(Duration.ofSeconds(20));
            if (example.acceptLanguage() != null) {
                request.header("Accept-Language", example.acceptLanguage());
            }
            request.method(example.method(), example.jsonBody() == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(example.jsonBody()));
            if (example.jsonBody() != null) {
                request.header("Content-Type", "application/json");
            }
            calls.add(new Call(example.status() + " " + example.method() + " " + example.path(), request.build(),
                    example.status()));
        }
        calls.add(new Call("200 GET /orders/42", HttpRequest.newBuilder(base.resolve("orders/42")).build(), 200));
        calls.add(new Call("201 POST /orders", HttpRequest.newBuilder(base.resolve("orders"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"customer_id\":\"c-1\",\"items\":[{\"sku\":\"MUG\",\"quantity\":2}]}")).build(), 201));
        return calls;
    }

    private static Run run(List<Call> calls) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        Map<String, LongAdder> byKind = new ConcurrentHashMap<>();
        LongAdder requests = new LongAdder();
        LongAdder invalid = new LongAdder();
        LongAdder leaked = new LongAdder();
        LongAdder schemaChecked = new LongAdder();
        AtomicLong counter = new AtomicLong();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
        ExecutorService workers = Executors.newFixedThreadPool(CONNECTIONS);
        List<Future<?>> futures = new ArrayList<>();
        for (int w = 0; w < CONNECTIONS; w++) {
            futures.add(workers.submit(() -> {
                while (System.nanoTime() < deadline) {
                    long n = counter.getAndIncrement();
                    Call call = calls.get((int) (n % calls.size()));
                    HttpResponse<String> response;
                    try {
                        response = client.send(call.request(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        byKind.computeIfAbsent("transport error", k -> new LongAdder()).increment();
                        continue;
                    }
                    requests.increment();
                    byKind.computeIfAbsent(call.name(), k -> new LongAdder()).increment();
                    String body = response.body();
                    if (body.contains("hunter2") || body.contains("Exception") || body.contains("cache miss")) {
                        leaked.increment();
                    }
                    if (response.statusCode() != call.status() || (call.status() >= 400 && !validProblem(response))) {
                        invalid.increment();
                    }
                    if (call.status() >= 400 && n % 50 == 0) {
                        schemaChecked.increment();
                        if (!ProblemSchema.violations(body).isEmpty()) {
                            invalid.increment();
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : futures) {
            future.get(SECONDS + 60L, TimeUnit.SECONDS);
        }
        workers.shutdown();
        Map<String, Long> kinds = new TreeMap<>();
        byKind.forEach((k, v) -> kinds.put(k, v.sum()));
        return new Run(requests.sum(), kinds, invalid.sum(), leaked.sum(), schemaChecked.sum());
    }

    private static boolean validProblem(HttpResponse<String> response) {
        if (!"application/problem+json".equals(response.headers().firstValue("Content-Type").orElse(""))) {
            return false;
        }
        try {
            JsonNode json = MAPPER.readTree(response.body());
            return json.path("status").asInt() == response.statusCode() && json.path("type").isTextual();
        } catch (IOException e) {
            return false;
        }
    }

    /** The heap in use after full collections, taken once it stops shrinking (at most five collections). */
    private static long usedHeapMb() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            if (now >= used) {
                break;
            }
            used = now;
        }
        return used / (1024 * 1024);
    }

    @Test
    void shouldServeEveryRequestWithAValidAnswerAndNotGrowTheHeap() throws Exception {
        // The mix has a 500 on every thirteenth request: its ERROR line with stack trace would flood the output.
        java.util.logging.Logger problemLog = java.util.logging.Logger.getLogger("dev.problemguide.jersey.ProblemFeature");
        java.util.logging.Level previousLevel = problemLog.getLevel();
        problemLog.setLevel(java.util.logging.Level.OFF);
        HttpServer server = SampleServer.start(0);
        try {
            List<Call> calls = mix(SampleServer.baseUri(server));
            long heapBefore = usedHeapMb();
            Run first = run(calls);
            long heapAfterFirst = usedHeapMb();
            Run second = run(calls);
            long heapAfterSecond = usedHeapMb();

            String report = String.format("load: %d connections, %d s per run, 2 runs%n"
                            + "run 1: %d requests, %d invalid, %d leaked, %d schema-checked%n"
                            + "run 2: %d requests, %d invalid, %d leaked, %d schema-checked%n"
                            + "by kind (run 2): %s%n"
                            + "heap used after GC: before %d MB, after run 1 %d MB, after run 2 %d MB%n",
                    CONNECTIONS, SECONDS, first.requests(), first.invalid(), first.leaked(), first.schemaChecked(),
                    second.requests(), second.invalid(), second.leaked(), second.schemaChecked(), second.byKind(),
                    heapBefore, heapAfterFirst, heapAfterSecond);
            System.out.print(report);
            Files.writeString(Path.of("target", "load-report.txt"), report);

            for (Run run : List.of(first, second)) {
                assertThat(run.requests()).isPositive();
                assertThat(run.invalid()).as(report).isZero();
                assertThat(run.leaked()).as(report).isZero();
                assertThat(run.byKind()).as(report).doesNotContainKey("transport error");
            }
            assertThat(heapAfterSecond).as(report).isLessThanOrEqualTo(heapAfterFirst + 32);
        } finally {
            server.shutdownNow();
            problemLog.setLevel(previousLevel);
        }
    }
}
