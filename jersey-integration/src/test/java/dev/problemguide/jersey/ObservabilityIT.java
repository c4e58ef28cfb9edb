package dev.problemguide.jersey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.problemguide.ProblemMapping;
import dev.problemguide.jersey.grizzly.ProblemGrizzly;
import dev.problemguide.json.testsupport.RawHttp;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import jakarta.annotation.Priority;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Problems counted in a Micrometer registry and told to the current OpenTelemetry span, over real HTTP: tags for each
 * kind of error, the container guard's answers counted too, the number of series bounded under random paths, and
 * the span's trace id in the body.
 */
class ObservabilityIT {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final SimpleMeterRegistry REGISTRY = new SimpleMeterRegistry();
    private static final InMemorySpanExporter SPANS = InMemorySpanExporter.create();
    private static final SdkTracerProvider TRACING = SdkTracerProvider.builder()
            .addSpanProcessor(SimpleSpanProcessor.create(SPANS)).build();
    private static HttpServer server;
    private static int port;

    /** Mapped to a 404 with a type. */
    @ProblemMapping(status = 404, type = "https://errors.example.com/order-not-found")
    public static class OrderNotFound extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /** Fails in each way. */
    @Path("orders")
    public static class Orders {
        @GET
        @Path("{id}")
        public String order(@PathParam("id") String id) {
            throw new OrderNotFound();
        }

        @GET
        @Path("report")
        public String report() {
            throw new IllegalStateException("internal " + TestApi.SECRET);
        }
    }

    /** What an OpenTelemetry instrumentation does: a server span, current while Jersey handles the request. */
    @Priority(1)
    public static class Traced implements ContainerRequestFilter, ContainerResponseFilter {
        private final Tracer tracer = TRACING.get("test");

        @Override
        public void filter(ContainerRequestContext request) {
            if (request.getHeaderString("X-Traced") == null) {
                return;
            }
            Span span = tracer.spanBuilder("GET").startSpan();
            request.setProperty("span", span);
            request.setProperty("scope", span.makeCurrent());
        }

        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            // Runs after Problem Guide's own response filter, which completes the problem.
            if (request.getProperty("scope") instanceof Scope scope) {
                scope.close();
                ((Span) request.getProperty("span")).end();
            }
        }
    }

    @BeforeAll
    static void start() {
        server = ProblemGrizzly.createHttpServer(URI.create("http://127.0.0.1:0/"), new ResourceConfig(Orders.class)
                .register(new Traced())
                .register(ProblemFeature.builder().meterRegistry(REGISTRY).build()));
        port = server.getListener("grizzly").getPort();
    }

    @AfterAll
    static void stop() {
        server.shutdownNow();
        TRACING.close();
    }

    private static double count(String status, String type, String exception, String method, String uri) {
        Counter counter = REGISTRY.find("http.server.problems").tag("status", status).tag("type", type)
                .tag("exception", exception).tag("method", method).tag("uri", uri).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void shouldCountEachProblemWithTagsThatNoClientChooses() throws IOException {
        double mapped = count("404", "https://errors.example.com/order-not-found", OrderNotFound.class.getName(),
                "GET", "/orders/{id}");
        double bug = count("500", "about:blank", IllegalStateException.class.getName(), "GET", "/orders/report");
        double unmatched = count("404", "about:blank", "jakarta.ws.rs.NotFoundException", "GET", "none");
        double wrongMethod = count("405", "about:blank", "jakarta.ws.rs.NotAllowedException", "OTHER", "none");

        RawHttp.send(port, "GET", "/orders/7");
        RawHttp.send(port, "GET", "/orders/8");
        RawHttp.send(port, "GET", "/orders/report");
        RawHttp.send(port, "GET", "/nowhere/" + UUID.randomUUID());
        RawHttp.send(port, "BREW", "/orders/7");

        assertThat(count("404", "https://errors.example.com/order-not-found", OrderNotFound.class.getName(), "GET",
                "/orders/{id}")).isEqualTo(mapped + 2);
        assertThat(count("500", "about:blank", IllegalStateException.class.getName(), "GET", "/orders/report"))
                .isEqualTo(bug + 1);
        assertThat(count("404", "about:blank", "jakarta.ws.rs.NotFoundException", "GET", "none"))
                .isEqualTo(unmatched + 1);
        assertThat(count("405", "about:blank", "jakarta.ws.rs.NotAllowedException", "OTHER", "none"))
                .isEqualTo(wrongMethod + 1);
    }

    @Test
    void shouldCountWhatTheContainerGuardAnswersWithTheLastStartedFeaturesSettings() throws IOException {
        SimpleMeterRegistry own = new SimpleMeterRegistry();
        HttpServer other = ProblemGrizzly.createHttpServer(URI.create("http://127.0.0.1:0/"),
                new ResourceConfig(Orders.class).register(ProblemFeature.builder().meterRegistry(own).build()));
        try {
            RawHttp.Answer answer = RawHttp.send(other.getListener("grizzly").getPort(), "GET", "/%zz");

            assertThat(answer.status()).isEqualTo(400);
            assertThat(own.find("http.server.problems").tag("status", "400").tag("exception", "none")
                    .tag("method", "GET").tag("uri", "none").counter().count()).isEqualTo(1);
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    void shouldKeepTheNumberOfSeriesBoundedUnderRandomPathsAndMethods() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (int batch = 0; batch < 200; batch++) {
            List<CompletableFuture<HttpResponse<Void>>> calls = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                String method = i % 10 == 0 ? "X" + UUID.randomUUID().toString().substring(0, 8) : "GET";
                calls.add(client.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"
                        + UUID.randomUUID() + "/" + batch + "?q=" + i)).method(method, HttpRequest.BodyPublishers
                        .noBody()).build(), HttpResponse.BodyHandlers.discarding()));
            }
            for (CompletableFuture<HttpResponse<Void>> call : calls) {
                assertThat(call.get().statusCode()).isIn(404, 405);
            }
        }
        List<Meter> series = REGISTRY.find("http.server.problems").meters().stream().toList();

        // 10,000 requests, each to a path of its own and a fifth of them with a method of its own: a few series.
        assertThat(series).hasSizeLessThan(20);
        assertThat(series).allSatisfy(meter -> assertThat(meter.getId().getTag("uri")).doesNotContain("-"));
    }

    @Test
    void shouldGiveTheProblemTheSpansTraceIdAndTellTheSpan() throws IOException {
        SPANS.reset();

        RawHttp.Answer bug = RawHttp.send(port, "GET", "/orders/report", "X-Traced: yes");
        RawHttp.Answer missing = RawHttp.send(port, "GET", "/orders/7", "X-Traced: yes",
                "traceparent: 00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");

        List<SpanData> spans = SPANS.getFinishedSpanItems();
        assertThat(spans).hasSize(2);
        SpanData failed = spans.get(0);
        assertThat(MAPPER.readTree(bug.body()).path("traceId").asText()).isEqualTo(failed.getTraceId());
        assertThat(failed.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(failed.getAttributes().get(AttributeKey.longKey("problem.status"))).isEqualTo(500L);
        assertThat(failed.getAttributes().get(AttributeKey.stringKey("problem.type"))).isEqualTo("about:blank");
        assertThat(failed.getEvents()).anySatisfy(event -> assertThat(event.getName()).isEqualTo("exception"));
        assertThat(bug.body()).doesNotContain(TestApi.SECRET);
        SpanData notFound = spans.get(1);
        // A 4xx leaves the span's status unset; the span, not the client's traceparent, names the trace.
        assertThat(notFound.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
        assertThat(notFound.getAttributes().get(AttributeKey.longKey("problem.status"))).isEqualTo(404L);
        assertThat(notFound.getAttributes().get(AttributeKey.stringKey("problem.type")))
                .isEqualTo("https://errors.example.com/order-not-found");
        assertThat(missing.status()).isEqualTo(404);
    }

    @Test
    void shouldKeepItsOwnTraceIdRulesWithoutASpan() throws IOException {
        RawHttp.Answer bug = RawHttp.send(port, "GET", "/orders/report",
                "traceparent: 00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");

        assertThat(MAPPER.readTree(bug.body()).path("traceId").asText()).isEqualTo("0af7651916cd43dd8448eb211c80319c");
    }

    @Test
    void shouldNeitherCountNorUseTheSpanWhenTurnedOff() throws IOException {
        SimpleMeterRegistry quiet = new SimpleMeterRegistry();
        HttpServer off = ProblemGrizzly.createHttpServer(URI.create("http://127.0.0.1:0/"), new ResourceConfig(Orders.class)
                .register(new Traced())
                .register(ProblemFeature.builder().meterRegistry(quiet).metrics(false).tracing(false).build()));
        try {
            SPANS.reset();
            RawHttp.Answer bug = RawHttp.send(off.getListener("grizzly").getPort(), "GET", "/orders/report",
                    "X-Traced: yes");

            RawHttp.send(off.getListener("grizzly").getPort(), "GET", "/%zz");
            // Neither its resources' problems nor its container guard's answers are counted.
            assertThat(quiet.getMeters()).isEmpty();
            SpanData span = SPANS.getFinishedSpanItems().get(0);
            assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
            assertThat(span.getAttributes().get(AttributeKey.longKey("problem.status"))).isNull();
            assertThat(MAPPER.readTree(bug.body()).path("traceId").asText()).isNotEqualTo(span.getTraceId());
        } finally {
            off.shutdownNow();
        }
    }
}
