package dev.problemguide.jersey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.problemguide.Problem;
import dev.problemguide.ProblemMapping;
import dev.problemguide.RemoteProblemException;
import dev.problemguide.json.testsupport.LogCapture;
import dev.problemguide.json.testsupport.LoopbackServer;
import dev.problemguide.json.testsupport.ProblemSchema;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A downstream service's problem ({@link RemoteProblemException}) escaping a resource, over real HTTP: what each
 * {@link DownstreamProblems} choice answers, what the log line says, and what wins over it. The exceptions are
 * made here as a client makes them; {@code GatewayIT} (integration-tests) has them made by real calls through
 * {@code ProblemClients}.
 */
class DownstreamProblemsIT {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** What the downstream's problem says of itself; never to be answered by default. */
    static final String DOWNSTREAM_TRACE_ID = "downstream-trace-4711";
    static final URI DOWNSTREAM_TYPE = URI.create("https://orders.internal.example/problems/out-of-stock");
    static final URI DOWNSTREAM_INSTANCE = URI.create("/orders/7/attempts/" + TestApi.SECRET);
    static final URI DOWNSTREAM_URI =
            URI.create("http://orders.internal.example:8080/orders/7?token=" + TestApi.SECRET);

    /** Our own request's trace id, sent as traceparent: the answer's traceId must be this one. */
    private static final String OUR_TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String OUR_TRACEPARENT = "00-" + OUR_TRACE_ID + "-00f067aa0ba902b7-01";

    static Problem downstreamProblem(int status) {
        return Problem.builder().status(status).type(DOWNSTREAM_TYPE).title("Out of stock in db-7")
                .detail("Warehouse db-7 said " + TestApi.SECRET).instance(DOWNSTREAM_INSTANCE)
                .extension("internalHost", "db-7." + TestApi.SECRET).extension("traceId", DOWNSTREAM_TRACE_ID)
                .build();
    }

    static Map<String, List<String>> downstreamHeaders() {
        return Map.of("WWW-Authenticate", List.of("Bearer realm=\"" + TestApi.SECRET + "\""),
                "Retry-After", List.of("120"), "Set-Cookie", List.of("session=" + TestApi.SECRET),
                "X-Internal", List.of(TestApi.SECRET));
    }

    static RemoteProblemException downstream(int status) {
        return new RemoteProblemException(downstreamProblem(status), status, downstreamHeaders(), "GET",
                DOWNSTREAM_URI);
    }

    /** A subclass mapped by the messages file (messages/downstream.properties). */
    public static class PaymentsDown extends RemoteProblemException {
        private static final long serialVersionUID = 1L;

        public PaymentsDown() {
            super(downstreamProblem(500), 500, downstreamHeaders(), "POST", DOWNSTREAM_URI);
        }
    }

    /** A subclass mapped by annotation. */
    @ProblemMapping(status = 504, type = "https://api.example.com/problems/inventory-timeout")
    public static class InventoryTimeout extends RemoteProblemException {
        private static final long serialVersionUID = 1L;

        public InventoryTimeout() {
            super(downstreamProblem(504), 504, downstreamHeaders(), "GET", DOWNSTREAM_URI);
        }
    }

    /** A subclass only the builder maps. */
    public static class StockDown extends RemoteProblemException {
        private static final long serialVersionUID = 1L;

        public StockDown() {
            super(downstreamProblem(500), 500, downstreamHeaders(), "GET", DOWNSTREAM_URI);
        }
    }

    /** A gateway whose calls to the downstream fail, in every way an exception can leave a resource. */
    @Path("gateway")
    public static class GatewayResource {
        @GET
        @Path("sync/{status}")
        public String sync(@PathParam("status") int status) {
            throw downstream(status);
        }

        @GET
        @Path("completion/{status}")
        public String completion(@PathParam("status") int status) {
            throw new CompletionException(downstream(status));
        }

        @GET
        @Path("execution/{status}")
        public String execution(@PathParam("status") int status) throws ExecutionException {
            throw new ExecutionException(downstream(status));
        }

        @GET
        @Path("async/{status}")
        public void async(@PathParam("status") int status, @Suspended AsyncResponse response) {
            CompletableFuture.runAsync(() -> response.resume(downstream(status)));
        }

        @GET
        @Path("stage/{status}")
        public CompletionStage<String> stage(@PathParam("status") int status) {
            return CompletableFuture.supplyAsync(() -> {
                throw downstream(status);
            });
        }

        @GET
        @Path("traceparent")
        public String traceparent() {
            throw new RemoteProblemException(Problem.builder().status(503).build(), 503,
                    Map.of("traceparent", List.of("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"),
                            "X-Request-Id", List.of("req-not-this-one")), "GET", DOWNSTREAM_URI);
        }

        @GET
        @Path("request-id")
        public String requestId() {
            throw new RemoteProblemException(Problem.builder().status(503).build(), 503,
                    Map.of("traceparent", List.of("not a traceparent"), "X-Request-Id", List.of("req-42")), "GET",
                    DOWNSTREAM_URI);
        }

        @GET
        @Path("traceresponse")
        public String traceresponse() {
            throw new RemoteProblemException(Problem.builder().status(503).build(), 503,
                    Map.of("traceresponse", List.of("00-1af7651916cd43dd8448eb211c80319d-c7ad6b7169203331-00"),
                            "traceparent", List.of("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"),
                            "X-Request-Id", List.of("req-not-this-one")), "GET", DOWNSTREAM_URI);
        }

        @GET
        @Path("unsafe-trace-ids")
        public String unsafeTraceIds() {
            Problem problem = Problem.builder().status(503).extension("traceId", "t-1\u00a0downstreamStatus=200")
                    .build();
            throw new RemoteProblemException(problem, 503, Map.of("traceresponse", List.of("not a traceresponse"),
                    "X-Request-Id", List.of("req-42\u202e24-qer")), "GET", DOWNSTREAM_URI);
        }

        @GET
        @Path("spoofed")
        public String spoofed() {
            Problem problem = Problem.builder().status(500)
                    .type(URI.create("https://orders.example/problems/\u202etuo-kcots\u2066"))
                    .instance(URI.create("/orders/7\u200b\ufeff")).extension("traceId", "t-1\u202e")
                    .build();
            throw new RemoteProblemException(problem, 500,
                    Map.of("traceparent", List.of("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01")),
                    "GET\u00a0downstreamStatus=200", DOWNSTREAM_URI);
        }

        @GET
        @Path("not-an-error/{status}")
        public String notAnError(@PathParam("status") int status) {
            throw downstream(status);
        }

        @GET
        @Path("with-header")
        public String withHeader() {
            throw downstream(503).withHeader("Retry-After", "30");
        }

        @GET
        @Path("forged")
        public String forged() {
            Problem problem = downstreamProblem(500).withExtension("traceId",
                    "t-1 downstreamStatus=200\r\nSEVERE: forged line");
            throw new RemoteProblemException(problem, 500, Map.of(), "GET\nSEVERE:", DOWNSTREAM_URI);
        }

        @GET
        @Path("payments")
        public String payments() {
            throw new CompletionException(new PaymentsDown());
        }

        @GET
        @Path("inventory")
        public String inventory() {
            throw new InventoryTimeout();
        }

        @GET
        @Path("stock")
        public String stock() {
            throw new StockDown();
        }
    }

    /** The application's own mapper for every downstream problem. */
    public static class OwnDownstreamMapper implements ExceptionMapper<RemoteProblemException> {
        @Override
        public Response toResponse(RemoteProblemException exception) {
            return Response.status(424).type(MediaType.TEXT_PLAIN_TYPE)
                    .entity("own mapper saw " + exception.responseStatus()).build();
        }
    }

    private LogCapture log;

    @BeforeEach
    void capture() {
        log = LogCapture.of("dev.problemguide.jersey.ProblemFeature");
    }

    @AfterEach
    void release() {
        log.close();
    }

    private static LoopbackServer start(ProblemFeature feature, Class<?>... providers) {
        ResourceConfig application = new ResourceConfig(GatewayResource.class).register(feature);
        for (Class<?> provider : providers) {
            application.register(provider);
        }
        return LoopbackServer.start(application);
    }

    private static JsonNode problem(LoopbackServer.Answer answer, int status) throws IOException {
        assertThat(answer.status()).as("status of %s", answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
        ProblemSchema.assertValid(answer.body());
        JsonNode json = MAPPER.readTree(answer.body());
        assertThat(json.path("status").asInt()).isEqualTo(status);
        return json;
    }

    /** Nothing the downstream said, in the body or any header. */
    static void assertNothingOfTheDownstream(LoopbackServer.Answer answer) {
        assertThat(answer.body()).doesNotContain(TestApi.SECRET).doesNotContain("db-7")
                .doesNotContain("orders.internal").doesNotContain("out-of-stock").doesNotContain("Out of stock")
                .doesNotContain(DOWNSTREAM_TRACE_ID).doesNotContain("internalHost").doesNotContain("Exception");
        assertThat(answer.headers().keySet()).noneMatch(name -> name.equalsIgnoreCase("WWW-Authenticate")
                || name.equalsIgnoreCase("Set-Cookie") || name.equalsIgnoreCase("X-Internal"));
        answer.headers().forEach((name, values) -> assertThat(values.toString()).as(name)
                .doesNotContain(TestApi.SECRET).doesNotContain(DOWNSTREAM_TRACE_ID).doesNotContain("orders.internal"));
    }

    private List<LogRecord> linesStartingWith(String prefix) {
        return log.records().stream().filter(r -> r.getMessage().startsWith(prefix)).toList();
    }

    @ParameterizedTest
    @CsvSource({"sync, 404", "sync, 401", "sync, 503", "completion, 409", "execution, 500", "async, 404",
        "async, 503", "stage, 400", "stage, 500"})
    void shouldAnswerA502WithNothingOfTheDownstreamByDefault(String style, int downstreamStatus) throws IOException {
        try (LoopbackServer server = start(new ProblemFeature())) {
            String path = "gateway/" + style + "/" + downstreamStatus;
            LoopbackServer.Answer answer = server.get(path, "traceparent", OUR_TRACEPARENT);

            JsonNode json = problem(answer, 502);
            assertThat(json.path("type").asText()).isEqualTo("about:blank");
            assertThat(json.path("title").asText()).isEqualTo("Bad Gateway");
            assertThat(json.path("instance").asText()).isEqualTo("/" + path);
            assertThat(json.path("traceId").asText()).isEqualTo(OUR_TRACE_ID);
            assertThat(json.has("internalHost")).isFalse();
            assertThat(answer.header("Retry-After")).isNull();
            assertNothingOfTheDownstream(answer);
        }
    }

    @Test
    void shouldLogWhatTheDownstreamSaidAtTheClientErrorLevelWhenItAnswered4xx() throws IOException {
        try (LoopbackServer server = start(new ProblemFeature())) {
            String traceId = problem(server.get("gateway/sync/404"), 502).path("traceId").asText();

            LogRecord line = linesStartingWith("502 ").stream().collect(singleLine());
            assertThat(line.getLevel()).isEqualTo(Level.FINE);
            assertThat(line.getThrown()).isNull();
            assertThat(line.getMessage()).startsWith("502 GET /gateway/sync/404 traceId=" + traceId + " ")
                    .contains("exception=dev.problemguide.RemoteProblemException", "downstreamMethod=GET",
                            "downstreamUri=http://orders.internal.example:8080/orders/7 ", "downstreamStatus=404",
                            "downstreamType=" + DOWNSTREAM_TYPE, "downstreamInstance=" + DOWNSTREAM_INSTANCE,
                            "downstreamTraceId=" + DOWNSTREAM_TRACE_ID)
                    .doesNotContain("token=");
            assertThat(traceId).isNotEqualTo(DOWNSTREAM_TRACE_ID);
            assertThat(log.records()).noneMatch(r -> r.getLevel().intValue() > Level.FINE.intValue());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sync/500", "async/503", "stage/500"})
    void shouldLogWhatTheDownstreamSaidAtErrorWithStackTraceWhenItAnswered5xx(String path) throws IOException {
        try (LoopbackServer server = start(new ProblemFeature())) {
            String traceId = problem(server.get("gateway/" + path), 502).path("traceId").asText();

            LogRecord line = linesStartingWith("502 ").stream().collect(singleLine());
            assertThat(line.getLevel()).isEqualTo(Level.SEVERE);
            assertThat(line.getThrown()).isInstanceOf(RemoteProblemException.class);
            assertThat(line.getMessage()).contains("traceId=" + traceId, "downstreamStatus=" + statusOf(path),
                    "downstreamType=" + DOWNSTREAM_TYPE, "downstreamInstance=" + DOWNSTREAM_INSTANCE,
                    "downstreamTraceId=" + DOWNSTREAM_TRACE_ID, "downstreamMethod=GET");
        }
    }

    @Test
    void shouldTakeTheDownstreamsTraceIdFromItsTraceparentThenItsRequestId() {
        try (LoopbackServer server = start(new ProblemFeature())) {
            server.get("gateway/traceparent");
            server.get("gateway/request-id");

            assertThat(linesStartingWith("502 GET /gateway/traceparent ")).singleElement().satisfies(r ->
                    assertThat(r.getMessage()).contains("downstreamTraceId=0af7651916cd43dd8448eb211c80319c")
                            .doesNotContain("req-not-this-one").doesNotContain("downstreamInstance="));
            assertThat(linesStartingWith("502 GET /gateway/request-id ")).singleElement().satisfies(r ->
                    assertThat(r.getMessage()).endsWith("downstreamTraceId=req-42"));
        }
    }

    @Test
    void shouldNeverLetTheDownstreamForgeALogLineOrAField() {
        try (LoopbackServer server = start(new ProblemFeature())) {
            server.get("gateway/forged");

            LogRecord line = linesStartingWith("502 ").stream().collect(singleLine());
            // A traceId member that is no safe id is left out, not escaped.
            assertThat(line.getMessage()).doesNotContain("\n").doesNotContain("\r")
                    .doesNotContain("downstreamTraceId=").doesNotContain("forged line")
                    .contains("downstreamMethod=GET\\u000aSEVERE:")
                    .containsOnlyOnce(" downstreamStatus=").contains(" downstreamStatus=500 ");
        }
    }

    @Test
    void shouldEscapeBidiFormatAndSpaceCharactersInWhatTheDownstreamChose() {
        try (LoopbackServer server = start(new ProblemFeature())) {
            server.get("gateway/spoofed");

            LogRecord line = linesStartingWith("502 ").stream().collect(singleLine());
            assertThat(line.getMessage())
                    .contains(" downstreamMethod=GET\\u00a0downstreamStatus=200 ")
                    .contains(" downstreamType=https://orders.example/problems/\\u202etuo-kcots\\u2066 ")
                    .contains(" downstreamInstance=/orders/7\\u200b\\ufeff ")
                    .endsWith(" downstreamTraceId=0af7651916cd43dd8448eb211c80319c")
                    .containsOnlyOnce(" downstreamStatus=").contains(" downstreamStatus=500 ");
            assertThat(line.getMessage().codePoints()).noneMatch(c -> Character.getType(c) == Character.FORMAT
                    || Character.getType(c) == Character.SPACE_SEPARATOR && c != ' ');
        }
    }

    @Test
    void shouldPreferTheDownstreamsTraceresponseToItsTraceparent() {
        try (LoopbackServer server = start(new ProblemFeature())) {
            server.get("gateway/traceresponse");

            assertThat(linesStartingWith("502 ").stream().collect(singleLine()).getMessage())
                    .endsWith(" downstreamTraceId=1af7651916cd43dd8448eb211c80319d");
        }
    }

    @Test
    void shouldLeaveOutADownstreamTraceIdThatIsNoSafeId() {
        try (LoopbackServer server = start(new ProblemFeature())) {
            server.get("gateway/unsafe-trace-ids");

            assertThat(linesStartingWith("502 ").stream().collect(singleLine()).getMessage())
                    .doesNotContain("downstreamTraceId=").doesNotContain("t-1").doesNotContain("req-42")
                    .endsWith(" downstreamStatus=503 downstreamType=about:blank");
        }
    }

    @ParameterizedTest
    @CsvSource({"404, Not Found", "403, Forbidden", "503, Service Unavailable", "429, Too Many Requests",
        "422, Unprocessable Entity", "504, Gateway Timeout"})
    void shouldAnswerOnlyTheDownstreamsStatusWhenToldSo(int status, String title) throws IOException {
        try (LoopbackServer server = start(ProblemFeature.builder()
                .downstreamProblems(DownstreamProblems.STATUS).build())) {
            LoopbackServer.Answer answer = server.get("gateway/async/" + status, "traceparent", OUR_TRACEPARENT);

            JsonNode json = problem(answer, status);
            assertThat(json.path("type").asText()).isEqualTo("about:blank");
            assertThat(json.path("title").asText()).isEqualTo(title);
            assertThat(json.path("instance").asText()).isEqualTo("/gateway/async/" + status);
            if (status >= 500) {
                assertThat(json.path("traceId").isTextual()).as("traceId of %s", json).isTrue();
                assertThat(json.path("traceId").asText()).isEqualTo(OUR_TRACE_ID);
            } else {
                assertThat(json.has("traceId")).as("traceId of %s", json).isFalse();
            }
            assertThat(answer.header("Retry-After")).isNull();
            assertNothingOfTheDownstream(answer);
            LogRecord line = linesStartingWith(status + " ").stream().collect(singleLine());
            assertThat(line.getMessage())
                    .contains("downstreamStatus=" + status, "downstreamTraceId=" + DOWNSTREAM_TRACE_ID);
            assertThat(line.getLevel()).isEqualTo(status < 500 ? Level.FINE : Level.SEVERE);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {401, 405, 407, 408, 413, 426, 511, 418, 499, 599, 420, 509})
    void shouldAnswer502ForAStatusThatIsWrongForOurCallerWhenToldToAnswerItsStatus(int status) throws IOException {
        try (LoopbackServer server = start(ProblemFeature.builder()
                .downstreamProblems(DownstreamProblems.STATUS).build())) {
            LoopbackServer.Answer answer = server.get("gateway/sync/" + status, "traceparent", OUR_TRACEPARENT);

            JsonNode json = problem(answer, 502);
            assertThat(json.path("title").asText()).isEqualTo("Bad Gateway");
            assertThat(json.path("traceId").isTextual()).as("traceId of %s", json).isTrue();
            assertThat(json.path("traceId").asText()).isEqualTo(OUR_TRACE_ID);
            assertThat(answer.header("Connection")).as("Connection").isNotEqualToIgnoringCase("close");
            assertNothingOfTheDownstream(answer);
            assertThat(linesStartingWith("502 ")).singleElement().satisfies(r -> {
                assertThat(r.getLevel()).isEqualTo(status < 500 ? Level.FINE : Level.SEVERE);
                assertThat(r.getMessage()).contains("downstreamStatus=" + status + " ");
            });
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {302, 200, 100})
    void shouldAnswer502ForADownstreamStatusThatIsNoErrorWhenToldToAnswerItsStatus(int status) throws IOException {
        try (LoopbackServer server = start(ProblemFeature.builder()
                .downstreamProblems(DownstreamProblems.STATUS).build())) {
            LoopbackServer.Answer answer = server.get("gateway/not-an-error/" + status);

            problem(answer, 502);
            assertNothingOfTheDownstream(answer);
            assertThat(linesStartingWith("502 ")).singleElement().satisfies(r -> {
                assertThat(r.getLevel()).isEqualTo(Level.SEVERE);
                assertThat(r.getMessage()).contains("downstreamStatus=" + status);
            });
        }
    }

    @Test
    void shouldForwardTheDownstreamsProblemAsTheApplicationsOwnWhenToldSo() throws IOException {
        try (LoopbackServer server = start(ProblemFeature.builder()
                .downstreamProblems(DownstreamProblems.FORWARD).build())) {
            JsonNode json = problem(server.get("gateway/sync/404"), 404);

            assertThat(json.path("type").asText()).isEqualTo(DOWNSTREAM_TYPE.toString());
            assertThat(json.path("detail").asText()).contains(TestApi.SECRET);
            assertThat(json.path("instance").asText()).isEqualTo(DOWNSTREAM_INSTANCE.toString());
            assertThat(json.path("internalHost").asText()).contains("db-7");
            assertThat(linesStartingWith("404 ")).singleElement().satisfies(r ->
                    assertThat(r.getMessage()).doesNotContain("downstreamStatus="));
        }
    }

    @Test
    void shouldReadTheChoiceFromTheProperty() throws IOException {
        ResourceConfig application = new ResourceConfig(GatewayResource.class)
                .property(ProblemProperties.DOWNSTREAM_PROBLEMS, "Status").register(ProblemFeature.class);
        try (LoopbackServer server = LoopbackServer.start(application)) {
            problem(server.get("gateway/sync/409"), 409);
        }
        ResourceConfig forward = new ResourceConfig(GatewayResource.class)
                .property(ProblemProperties.DOWNSTREAM_PROBLEMS, " forward ").register(ProblemFeature.class);
        try (LoopbackServer server = LoopbackServer.start(forward)) {
            assertThat(problem(server.get("gateway/sync/409"), 409).path("detail").asText()).contains(TestApi.SECRET);
        }
        ResourceConfig builderWins = new ResourceConfig(GatewayResource.class)
                .property(ProblemProperties.DOWNSTREAM_PROBLEMS, "forward")
                .register(ProblemFeature.builder().downstreamProblems(DownstreamProblems.BAD_GATEWAY).build());
        try (LoopbackServer server = LoopbackServer.start(builderWins)) {
            assertNothingOfTheDownstream(server.get("gateway/sync/409"));
        }
    }

    @Test
    void shouldAnswerTheHeadersTheApplicationAddedButNoneOfTheDownstreams() throws IOException {
        try (LoopbackServer server = start(new ProblemFeature())) {
            LoopbackServer.Answer answer = server.get("gateway/with-header");

            problem(answer, 502);
            assertThat(answer.header("Retry-After")).isEqualTo("30");
            assertNothingOfTheDownstream(answer);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sync/404", "completion/503", "async/500", "stage/401"})
    void shouldLetTheApplicationsOwnMapperWin(String path) {
        try (LoopbackServer server = start(new ProblemFeature(), OwnDownstreamMapper.class)) {
            LoopbackServer.Answer answer = server.get("gateway/" + path);

            assertThat(answer.status()).isEqualTo(424);
            assertThat(answer.body()).isEqualTo("own mapper saw " + statusOf(path));
        }
    }

    @Test
    void shouldLetAMappingOfTheClassOrASubclassWin() throws IOException {
        try (LoopbackServer server = start(ProblemFeature.builder().messages("messages/downstream")
                .typeBaseUri(URI.create("https://api.example.com/problems/"))
                .map(StockDown.class, Problem.builder().status(503).type(URI.create("stock-down")).build())
                .build())) {
            LoopbackServer.Answer payments = server.get("gateway/payments");
            JsonNode byFile = problem(payments, 503);
            assertThat(byFile.path("title").asText()).isEqualTo("Payments are unavailable");
            assertThat(byFile.path("detail").asText()).isEqualTo("Please try again in a few minutes.");
            assertNothingOfTheDownstream(payments);

            LoopbackServer.Answer inventory = server.get("gateway/inventory");
            assertThat(problem(inventory, 504).path("type").asText())
                    .isEqualTo("https://api.example.com/problems/inventory-timeout");
            assertNothingOfTheDownstream(inventory);

            LoopbackServer.Answer stock = server.get("gateway/stock");
            assertThat(problem(stock, 503).path("type").asText())
                    .isEqualTo("https://api.example.com/problems/stock-down");
            assertNothingOfTheDownstream(stock);

            problem(server.get("gateway/sync/404"), 502);
        }
        try (LoopbackServer server = start(ProblemFeature.builder().map(RemoteProblemException.class, 503).build())) {
            LoopbackServer.Answer answer = server.get("gateway/async/404");

            assertThat(problem(answer, 503).path("title").asText()).isEqualTo("Service Unavailable");
            assertNothingOfTheDownstream(answer);
        }
    }

    private static String statusOf(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static Collector<LogRecord, ?, LogRecord> singleLine() {
        return Collectors.collectingAndThen(Collectors.toList(), lines -> {
            assertThat(lines).as("log lines").hasSize(1);
            return lines.get(0);
        });
    }
}
