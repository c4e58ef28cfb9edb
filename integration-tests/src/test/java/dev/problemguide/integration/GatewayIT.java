package dev.problemguide.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.problemguide.Problem;
import dev.problemguide.ProblemException;
import dev.problemguide.RemoteProblemException;
import dev.problemguide.client.ProblemClients;
import dev.problemguide.jersey.DownstreamProblems;
import dev.problemguide.jersey.InstanceStrategy;
import dev.problemguide.jersey.ProblemFeature;
import dev.problemguide.jersey.ProblemProperties;
import dev.problemguide.json.testsupport.LogCapture;
import dev.problemguide.json.testsupport.LoopbackServer;
import dev.problemguide.json.testsupport.ProblemSchema;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.client.InvocationCallback;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A gateway, a Jersey application with {@link ProblemFeature}, calls a downstream service over real HTTP with a
 * client wrapped by {@link ProblemClients#wrap}; the downstream answers problems (or an HTML page) full of
 * secrets. The {@link RemoteProblemException} each call style fails with escapes the gateway's resource: what the
 * gateway's caller gets, and what the gateway logs, for each {@link DownstreamProblems} choice.
 */
class GatewayIT {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String LOGGER = "dev.problemguide.jersey.ProblemFeature";

    /** The trace id of the request to the gateway: the gateway's answers carry this one, never the downstream's. */
    private static final String OUR_TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String OUR_TRACEPARENT = "00-" + OUR_TRACE_ID + "-00f067aa0ba902b7-01";

    private static DownstreamStub downstream;
    private static Client client;

    private LogCapture log;

    /**
     * The gateway's resource: {@code /gateway/<style>/<kind>/<status>} calls the downstream's
     * {@code /<kind>/<status>} (with a token in the query) in one of the client's call styles, and lets the
     * failure escape as that style delivers it.
     */
    @Path("gateway")
    public static class GatewayResource {
        private final Client client;
        private final URI base;

        public GatewayResource(Client client, URI base) {
            this.client = client;
            this.base = base;
        }

        private Invocation.Builder call(String kind, int status) {
            return client.target(base).path(kind).path(String.valueOf(status))
                    .queryParam("token", DownstreamStub.SECRET).request(MediaType.APPLICATION_JSON_TYPE);
        }

        /** Throws the RemoteProblemException. */
        @GET
        @Path("sync/{kind}/{status}")
        public String sync(@PathParam("kind") String kind, @PathParam("status") int status) {
            return call(kind, status).get(String.class);
        }

        /** Resumes the AsyncResponse with what the callback's failed(…) receives. */
        @GET
        @Path("callback/{kind}/{status}")
        public void callback(@PathParam("kind") String kind, @PathParam("status") int status,
                             @Suspended AsyncResponse response) {
            call(kind, status).async().get(new InvocationCallback<String>() {
                @Override
                public void completed(String entity) {
                    response.resume(entity);
                }

                @Override
                public void failed(Throwable throwable) {
                    response.resume(throwable);
                }
            });
        }

        /** Returns the CompletionStage, which completes exceptionally. */
        @GET
        @Path("rx/{kind}/{status}")
        public CompletionStage<String> rx(@PathParam("kind") String kind, @PathParam("status") int status) {
            return call(kind, status).rx().get(String.class);
        }

        /** Throws the ExecutionException of Future.get(), whose cause is the RemoteProblemException. */
        @GET
        @Path("future/{kind}/{status}")
        public String future(@PathParam("kind") String kind, @PathParam("status") int status)
                throws InterruptedException, ExecutionException {
            return call(kind, status).async().get(String.class).get();
        }
    }

    /** An application's own mapper for downstream problems: it decides for itself, and wins. */
    public static class OwnDownstreamMapper implements ExceptionMapper<RemoteProblemException> {
        @Override
        public Response toResponse(RemoteProblemException exception) {
            return exception.responseStatus() == 503
                    ? Response.status(503).header("Retry-After", exception.responseHeader("Retry-After")).build()
                    : Response.status(424).type(MediaType.TEXT_PLAIN_TYPE)
                            .entity("orders answered " + exception.responseStatus()).build();
        }
    }

    /** A downstream that is itself a Problem Guide service. */
    @Path("orders/{id}")
    public static class OrdersResource {
        @GET
        public String order(@PathParam("id") int id) {
            throw new ProblemException(Problem.builder().status(404)
                    .detail("Order " + id + " is in " + DownstreamStub.SECRET)
                    .extension("internalHost", "db-7." + DownstreamStub.SECRET).build());
        }
    }

    @BeforeAll
    static void startDownstream() {
        downstream = DownstreamStub.start();
        client = ProblemClients.wrap(ClientBuilder.newBuilder().connectTimeout(5, TimeUnit.SECONDS)
                .readTimeout(20, TimeUnit.SECONDS).build());
    }

    @AfterAll
    static void stopDownstream() {
        client.close();
        downstream.close();
    }

    @BeforeEach
    void capture() {
        log = LogCapture.of(LOGGER);
    }

    @AfterEach
    void release() {
        log.close();
    }

    private static ResourceConfig gateway(URI base) {
        return new ResourceConfig().register(new GatewayResource(client, base));
    }

    private static LoopbackServer.Answer call(LoopbackServer gateway, String path) {
        return gateway.get(path, "traceparent", OUR_TRACEPARENT);
    }

    private static JsonNode problem(LoopbackServer.Answer answer, int status) throws IOException {
        assertThat(answer.status()).as("status of %s", answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
        ProblemSchema.assertValid(answer.body());
        JsonNode json = MAPPER.readTree(answer.body());
        assertThat(json.path("status").asInt()).isEqualTo(status);
        return json;
    }

    /** Nothing the downstream said, in the body or in any header. */
    private static void assertNothingOfTheDownstream(LoopbackServer.Answer answer) {
        assertThat(answer.body()).doesNotContain(DownstreamStub.SECRET).doesNotContain("db-7")
                .doesNotContain("out-of-stock").doesNotContain("internalHost").doesNotContain(DownstreamStub.TRACE_ID)
                .doesNotContain(DownstreamStub.REQUEST_ID).doesNotContain(downstream.base().getAuthority())
                .doesNotContain("Exception");
        assertThat(answer.headers().keySet()).noneMatch(name -> List.of("set-cookie", "www-authenticate",
                "retry-after", "x-downstream-secret", "x-request-id").contains(name.toLowerCase(Locale.ROOT)));
        answer.headers().forEach((name, values) -> assertThat(values.toString()).as(name)
                .doesNotContain(DownstreamStub.SECRET).doesNotContain(DownstreamStub.TRACE_ID)
                .doesNotContain(downstream.base().getAuthority()));
    }

    /** The gateway's one line for its answer to a path. */
    private LogRecord lineOf(int status, String path) {
        List<LogRecord> lines = log.records().stream()
                .filter(r -> r.getMessage().startsWith(status + " GET /" + path + " ")).toList();
        assertThat(lines).as("log lines of %s", path).hasSize(1);
        return lines.get(0);
    }

    @ParameterizedTest
    @CsvSource({"sync, orders, 404", "sync, orders, 401", "sync, orders, 503", "sync, html, 500",
        "callback, orders, 404", "callback, orders, 500", "rx, orders, 409", "rx, orders, 503",
        "future, orders, 400", "future, html, 502"})
    void shouldAnswerA502WithNothingOfTheDownstreamByDefault(String style, String kind, int status)
            throws IOException {
        try (LoopbackServer gateway = LoopbackServer.start(gateway(downstream.base()))) {
            String path = "gateway/" + style + "/" + kind + "/" + status;
            LoopbackServer.Answer answer = call(gateway, path);

            JsonNode json = problem(answer, 502);
            assertThat(json.path("type").asText()).isEqualTo("about:blank");
            assertThat(json.path("title").asText()).isEqualTo("Bad Gateway");
            assertThat(json.path("detail").asText()).isNotBlank();
            assertThat(json.path("instance").asText()).isEqualTo("/" + path);
            assertThat(json.path("traceId").asText()).isEqualTo(OUR_TRACE_ID).isNotEqualTo(DownstreamStub.TRACE_ID);
            assertThat(json.size()).as("members of %s", json).isEqualTo(6);
            assertNothingOfTheDownstream(answer);
        }
    }

    @ParameterizedTest
    @CsvSource({"sync, 404, FINE", "rx, 401, FINE", "callback, 422, FINE", "future, 500, SEVERE",
        "callback, 503, SEVERE", "rx, 504, SEVERE"})
    void shouldLogWhatTheDownstreamSaidAtTheLevelOfItsStatus(String style, int status, String level)
            throws IOException {
        try (LoopbackServer gateway = LoopbackServer.start(gateway(downstream.base()))) {
            String path = "gateway/" + style + "/orders/" + status;
            String traceId = problem(call(gateway, path), 502).path("traceId").asText();

            LogRecord line = lineOf(502, path);
            assertThat(line.getLevel()).isEqualTo(Level.parse(level));
            if (status < 500) {
                assertThat(line.getThrown()).isNull();
            } else {
                assertThat(line.getThrown()).isInstanceOf(RemoteProblemException.class);
            }
            assertThat(line.getMessage()).contains("traceId=" + traceId + " ",
                    "exception=dev.problemguide.RemoteProblemException", "downstreamMethod=GET",
                    "downstreamUri=" + downstream.base().resolve("orders/" + status) + " ",
                    "downstreamStatus=" + status + " ",
                    "downstreamType=" + downstream.base().resolve(DownstreamStub.TYPE) + " ",
                    "downstreamInstance=" + DownstreamStub.INSTANCE + " ",
                    "downstreamTraceId=" + DownstreamStub.TRACE_ID)
                    .doesNotContain("token").doesNotContain("\n");
            assertThat(traceId).isEqualTo(OUR_TRACE_ID);
            assertThat(log.records()).filteredOn(r -> r != line)
                    .noneMatch(r -> r.getLevel().intValue() > Level.FINE.intValue());
        }
    }

    @Test
    void shouldLogTheRequestIdOfADownstreamThatAnsweredNoProblem() throws IOException {
        try (LoopbackServer gateway = LoopbackServer.start(gateway(downstream.base()))) {
            LoopbackServer.Answer answer = call(gateway, "gateway/sync/html/503");

            problem(answer, 502);
            assertNothingOfTheDownstream(answer);
            assertThat(lineOf(502, "gateway/sync/html/503").getMessage())
                    .contains("downstreamStatus=503 downstreamType=about:blank ")
                    .endsWith("downstreamTraceId=" + DownstreamStub.REQUEST_ID)
                    .doesNotContain("downstreamInstance=");
        }
    }

    @ParameterizedTest
    @CsvSource({"sync, 404, Not Found", "rx, 403, Forbidden", "callback, 503, Service Unavailable",
        "future, 429, Too Many Requests"})
    void shouldAnswerOnlyTheDownstreamsStatusWhenToldSo(String style, int status, String title) throws IOException {
        ResourceConfig application = gateway(downstream.base())
                .register(ProblemFeature.builder().downstreamProblems(DownstreamProblems.STATUS).build());
        try (LoopbackServer gateway = LoopbackServer.start(application)) {
            String path = "gateway/" + style + "/orders/" + status;
            LoopbackServer.Answer answer = call(gateway, path);

            JsonNode json = problem(answer, status);
            assertThat(json.path("type").asText()).isEqualTo("about:blank");
            assertThat(json.path("title").asText()).isEqualTo(title);
            assertThat(json.path("instance").asText()).isEqualTo("/" + path);
            if (status >= 500) {
                assertThat(json.path("traceId").asText()).isEqualTo(OUR_TRACE_ID);
            }
            assertNothingOfTheDownstream(answer);
            assertThat(lineOf(status, path).getMessage()).contains("downstreamStatus=" + status,
                    "downstreamTraceId=" + DownstreamStub.TRACE_ID);
        }
    }

    @ParameterizedTest
    @CsvSource({"sync, 401", "rx, 405", "callback, 407", "future, 413", "sync, 426", "rx, 511", "callback, 499",
        "future, 599", "sync, 420"})
    void shouldAnswer502ForAStatusThatIsWrongForTheCallerWhenToldToAnswerTheDownstreamsStatus(String style,
            int status) throws IOException {
        ResourceConfig application = gateway(downstream.base())
                .register(ProblemFeature.builder().downstreamProblems(DownstreamProblems.STATUS).build());
        try (LoopbackServer gateway = LoopbackServer.start(application)) {
            String path = "gateway/" + style + "/orders/" + status;
            LoopbackServer.Answer answer = call(gateway, path);

            JsonNode json = problem(answer, 502);
            assertThat(json.path("title").asText()).isEqualTo("Bad Gateway");
            assertThat(json.path("traceId").asText()).isEqualTo(OUR_TRACE_ID);
            assertThat(answer.header("Connection")).as("Connection").isNotEqualToIgnoringCase("close");
            assertNothingOfTheDownstream(answer);
            LogRecord line = lineOf(502, path);
            assertThat(line.getMessage()).contains("downstreamStatus=" + status + " ",
                    "downstreamTraceId=" + DownstreamStub.TRACE_ID);
            assertThat(line.getLevel()).isEqualTo(status < 500 ? Level.FINE : Level.SEVERE);
        }
    }

    @Test
    void shouldLogTheTraceresponseOfADownstreamBeforeItsTraceparent() throws IOException {
        try (LoopbackServer gateway = LoopbackServer.start(gateway(downstream.base()))) {
            LoopbackServer.Answer answer = call(gateway, "gateway/rx/traced/503");

            problem(answer, 502);
            assertNothingOfTheDownstream(answer);
            assertThat(answer.body()).doesNotContain(DownstreamStub.TRACERESPONSE_ID);
            assertThat(lineOf(502, "gateway/rx/traced/503").getMessage())
                    .endsWith(" downstreamTraceId=" + DownstreamStub.TRACERESPONSE_ID);
        }
    }

    @Test
    void shouldForwardTheDownstreamsProblemOnlyWhenToldSo() throws IOException {
        ResourceConfig application = gateway(downstream.base())
                .property(ProblemProperties.DOWNSTREAM_PROBLEMS, "forward");
        try (LoopbackServer gateway = LoopbackServer.start(application)) {
            JsonNode json = problem(call(gateway, "gateway/rx/orders/404"), 404);

            assertThat(json.path("detail").asText()).contains(DownstreamStub.SECRET);
            assertThat(json.path("instance").asText()).isEqualTo(DownstreamStub.INSTANCE);
            assertThat(json.path("type").asText())
                    .isEqualTo(downstream.base().resolve(DownstreamStub.TYPE).toString());
            assertThat(json.path("internalHost").asText()).contains("db-7");
        }
    }

    @ParameterizedTest
    @CsvSource({"sync, 404, 424", "rx, 500, 424", "callback, 401, 424", "future, 503, 503", "sync, 503, 503"})
    void shouldLetTheApplicationsOwnMapperWin(String style, int status, int answered) {
        ResourceConfig application = gateway(downstream.base()).register(OwnDownstreamMapper.class);
        try (LoopbackServer gateway = LoopbackServer.start(application)) {
            LoopbackServer.Answer answer = call(gateway, "gateway/" + style + "/orders/" + status);

            assertThat(answer.status()).isEqualTo(answered);
            if (answered == 503) {
                assertThat(answer.header("Retry-After")).as("the mapper's choice to forward it").isEqualTo("120");
            } else {
                assertThat(answer.body()).isEqualTo("orders answered " + status);
            }
        }
    }

    @Test
    void shouldKeepNothingOfAProblemGuideDownstreamAndLogItsTraceId() throws IOException {
        ResourceConfig orders = new ResourceConfig(OrdersResource.class)
                .register(ProblemFeature.builder().instance(InstanceStrategy.TRACE_ID).build());
        try (LoopbackServer ordersService = LoopbackServer.start(orders);
             LoopbackServer gateway = LoopbackServer.start(gateway(ordersService.base()))) {
            LoopbackServer.Answer answer = call(gateway, "gateway/sync/orders/7");

            JsonNode json = problem(answer, 502);
            assertThat(json.path("instance").asText()).isEqualTo("/gateway/sync/orders/7");
            assertThat(answer.body()).doesNotContain(DownstreamStub.SECRET).doesNotContain("db-7")
                    .doesNotContain("urn:uuid:");
            // The downstream's own line names its trace id; the gateway's names it as the downstream's.
            LogRecord downstreamLine = lineOf(404, "orders/7");
            String downstreamTraceId = downstreamLine.getMessage().replaceAll(".* traceId=(\\S+) .*", "$1");
            assertThat(downstreamTraceId).isNotBlank().isNotEqualTo(OUR_TRACE_ID);
            assertThat(lineOf(502, "gateway/sync/orders/7").getMessage()).contains(
                    "traceId=" + OUR_TRACE_ID + " ", "downstreamStatus=404", "downstreamInstance=urn:uuid:",
                    "downstreamTraceId=" + downstreamTraceId);
        }
    }
}
