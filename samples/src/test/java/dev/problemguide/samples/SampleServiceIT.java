package dev.problemguide.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.problemguide.json.testsupport.ProblemSchema;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.glassfish.grizzly.http.server.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Starts the real sample on an ephemeral port and checks every showcased answer over HTTP. */
class SampleServiceIT {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static HttpServer server;
    private static URI base;
    private static Client client;
    private static final Map<String, Answer> ANSWERS = new HashMap<>();

    record Answer(int status, Response response, String body, JsonNode json) {
        String header(String name) {
            return response.getHeaderString(name);
        }
    }

    @BeforeAll
    static void start() throws IOException {
        server = SampleServer.start(0);
        base = SampleServer.baseUri(server);
        client = ClientBuilder.newClient();
        for (Showcase.Example example : Showcase.EXAMPLES) {
            Invocation.Builder request = client.target(base.resolve(example.path().substring(1))).request();
            if (example.acceptLanguage() != null) {
                request.header("Accept-Language", example.acceptLanguage());
            }
            Response response = example.jsonBody() == null ? request.method(example.method())
                    : request.method(example.method(), Entity.entity(example.jsonBody(), "application/json"));
            String body = response.readEntity(String.class);
            ANSWERS.put(example.shows(), new Answer(response.getStatus(), response, body, MAPPER.readTree(body)));
        }
    }

    @AfterAll
    static void stop() {
        client.close();
        server.shutdownNow();
    }

    private static Answer answer(String shows) {
        return ANSWERS.get(Showcase.EXAMPLES.stream().filter(e -> e.shows().startsWith(shows)).findFirst()
                .orElseThrow().shows());
    }

    @Test
    void shouldAnswerEveryShowcasedRequestWithAValidProblemOfItsStatus() {
        for (Showcase.Example example : Showcase.EXAMPLES) {
            Answer answer = ANSWERS.get(example.shows());

            assertThat(answer.status()).as(example.shows()).isEqualTo(example.status());
            assertThat(answer.header("Content-Type")).as(example.shows()).isEqualTo("application/problem+json");
            ProblemSchema.assertValid(answer.body());
            assertThat(answer.json().path("status").asInt()).isEqualTo(example.status());
            assertThat(answer.body()).doesNotContain("Exception").doesNotContain("hunter2")
                    .doesNotContain("cache miss").doesNotContain("java.");
        }
    }

    @Test
    void shouldCountTheShowcasesProblemsAtMetrics() {
        String metrics = client.target(base.resolve("metrics")).request().get(String.class);

        assertThat(metrics).contains("# TYPE http_server_problems_total counter");
        assertThat(metrics).containsPattern("http_server_problems_total\\{exception=\"dev.problemguide.samples"
                + ".OrderNotFoundException\",method=\"GET\",status=\"404\",type=\"/problems/order-not-found\","
                + "uri=\"/orders/\\{id}\"} [1-9]");
        assertThat(metrics).containsPattern("http_server_problems_total\\{exception=\"jakarta.ws.rs.NotFoundException\","
                + "method=\"GET\",status=\"404\",type=\"about:blank\",uri=\"none\"} [1-9]");
        assertThat(metrics).doesNotContain("/nowhere");
    }

    @Test
    void shouldShowAnAnnotatedExceptionWithItsMemberAndTheFilesDetail() {
        JsonNode json = answer("404 from an annotated").json();

        assertThat(json.path("type").asText()).isEqualTo("/problems/order-not-found");
        assertThat(json.path("title").asText()).isEqualTo("Order not found");
        assertThat(json.path("detail").asText()).isEqualTo("Order 7 does not exist.");
        assertThat(json.path("orderId").asLong()).isEqualTo(7);
    }

    @Test
    void shouldShowTheGermanTranslation() {
        Answer answer = answer("the same 404 in German");

        assertThat(answer.json().path("title").asText()).isEqualTo("Bestellung nicht gefunden");
        assertThat(answer.json().path("detail").asText()).isEqualTo("Die Bestellung 7 gibt es nicht.");
        assertThat(answer.header("Content-Language")).isEqualTo("de");
        assertThat(answer.header("Vary")).contains("Accept-Language");
    }

    @Test
    void shouldShowAThirdPartyExceptionMappedByTheFile() {
        JsonNode json = answer("404 for a third-party").json();

        assertThat(json.path("type").asText()).isEqualTo("/problems/customer-not-found");
        assertThat(json.path("title").asText()).isEqualTo("Customer not found");
    }

    @Test
    void shouldShowValidationErrorsWithPointersAndParameterNames() {
        assertThat(answer("422: Bean Validation of a JSON body").json().path("errors").toString()).isEqualTo(
                "[{\"detail\":\"must not be blank\",\"pointer\":\"#/customer_id\"},"
                        + "{\"detail\":\"must be greater than or equal to 1\",\"pointer\":\"#/items/0/quantity\"}]");
        assertThat(answer("422: Bean Validation of a query").json().path("errors").toString()).isEqualTo(
                "[{\"detail\":\"must be less than or equal to 100\",\"in\":\"query\",\"name\":\"limit\"}]");
    }

    @Test
    void shouldShowMalformedJsonInPlainWords() {
        JsonNode json = answer("400: malformed JSON").json();

        assertThat(json.path("detail").asText()).isEqualTo("The request body is not valid JSON (line 1, column 31).");
        assertThat(json.path("errors").get(0).path("detail").asText()).isEqualTo("unexpected end of input");
    }

    @Test
    void shouldShowTheConflictTheRateLimitTheBugAndTheTeapot() {
        assertThat(answer("409").json().path("title").asText()).isEqualTo("Conflict");
        assertThat(answer("429").header("Retry-After")).isEqualTo("30");
        assertThat(answer("500").json().path("traceId").asText()).matches("[0-9a-f-]{36}");
        assertThat(answer("418").json().path("title").asText()).isEqualTo("I'm a teapot");
        assertThat(answer("404 for a path").json().path("detail").asText()).startsWith("There is nothing at this address");
    }

    @Test
    void shouldDeliverTheOrderServicesProblemAsTheGatewaysOwnException() {
        JsonNode json = answer("404 through the gateway").json();

        // The order service's problem became an OrderNotFoundException in the gateway, answered like any other.
        assertThat(json.path("type").asText()).isEqualTo("/problems/order-not-found");
        assertThat(json.path("detail").asText()).isEqualTo("Order 7 does not exist.");
        assertThat(json.path("orderId").asLong()).isEqualTo(7);
        assertThat(json.path("instance").asText()).isEqualTo("/gateway/orders/7");
    }

    @Test
    void shouldAnswerADownstreamFailureWithABadGatewayThatLeaksNothing() {
        JsonNode json = answer("502 through the gateway").json();

        assertThat(json.path("title").asText()).isEqualTo("Bad Gateway");
        assertThat(json.path("instance").asText()).isEqualTo("/gateway/reports/daily");
        assertThat(json.path("traceId").isTextual()).isTrue();
        assertThat(json.path("traceId").asText()).matches("[0-9a-f-]{36}");
        // Nothing of the order service's 500: not its instance, title or detail.
        assertThat(answer("502 through the gateway").body()).doesNotContain("\"/reports/daily\"")
                .doesNotContain("Internal Server Error").doesNotContain(answer("500").json().path("detail").asText());
    }

    @Test
    void shouldAnswerMoreConcurrentGatewayCallsThanTheServerHasWorkers() throws Exception {
        // Each gateway call needs a second request to the same server: a gateway that held its worker meanwhile
        // would leave none for those, and the calls would end in read timeouts (500) instead of 404s.
        int calls = 2 * 64 + 20;
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        List<java.util.concurrent.CompletableFuture<java.net.http.HttpResponse<Void>>> answers = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            answers.add(http.sendAsync(java.net.http.HttpRequest.newBuilder(base.resolve("gateway/orders/" + i))
                    .timeout(java.time.Duration.ofSeconds(60)).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding()));
        }
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (var answer : answers) {
            statuses.merge(answer.get(90, java.util.concurrent.TimeUnit.SECONDS).statusCode(), 1, Integer::sum);
        }

        // Order 42 exists; every other one is the order service's 404, delivered through the gateway.
        assertThat(statuses).isEqualTo(Map.of(200, 1, 404, calls - 1));
    }

    @Test
    void shouldPrintEveryShowcasedCommand() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SampleServer.printWelcome(new PrintStream(out, true, StandardCharsets.UTF_8), base);

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).startsWith("Sample order service running at " + base);
        Showcase.EXAMPLES.forEach(example -> assertThat(printed).contains(example.curl(base)));
        assertThat(printed).contains(SampleServer.openApiCurl(base));
        assertThat(printed).contains(SampleServer.typePagesUri(base).toString());
        assertThat(printed).contains(SampleServer.metricsCurl(base));
    }

    @Test
    void shouldAnswerTheQuickStartAsTheReadmeSays() throws IOException {
        HttpServer quick = org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory.createHttpServer(
                URI.create("http://127.0.0.1:0/"), QuickStart.application(), true);
        try {
            URI quickBase = SampleServer.baseUri(quick);
            Response response = client.target(quickBase.resolve("orders/7")).request().get();
            JsonNode json = MAPPER.readTree(response.readEntity(String.class));

            assertThat(response.getStatus()).isEqualTo(404);
            assertThat(json.path("title").asText()).isEqualTo("Order not found");
            assertThat(json.path("orderId").asLong()).isEqualTo(7);
            assertThat(json.path("instance").asText()).isEqualTo("/orders/7");
        } finally {
            quick.shutdownNow();
        }
    }
}
