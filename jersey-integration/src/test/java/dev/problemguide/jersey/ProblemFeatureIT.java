package dev.problemguide.jersey;

import static dev.problemguide.jersey.ProblemAssertions.assertProblem;
import static dev.problemguide.jersey.ProblemAssertions.read;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.problemguide.Problem;
import dev.problemguide.jersey.ProblemAssertions.Answer;
import dev.problemguide.json.testsupport.LoopbackJerseyTest;
import dev.problemguide.json.testsupport.LoopbackServer;
import jakarta.annotation.Priority;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.net.URI;
import java.util.NoSuchElementException;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every row of the behaviour table, over real HTTP. */
class ProblemFeatureIT extends LoopbackJerseyTest {

    @Override
    protected Application application() {
        return new ResourceConfig(TestApi.class, TestApi.TeapotMapper.class, TestApi.FailingRequestFilter.class)
                .register(ProblemFeature.builder()
                        .typeBaseUri(URI.create("https://errors.example.com/"))
                        .map(NoSuchElementException.class, Problem.builder().status(404).type(URI.create("missing"))
                                .build())
                        .build());
    }

    private Answer get(String path) {
        return read(target(path).request().get());
    }

    @Test
    void shouldAnswerAnUnmatchedPathWith404AndTheRequestPathAsInstance() {
        JsonNode json = assertProblem(get("nowhere/at%20all"), 404);

        assertThat(json.path("type").asText()).isEqualTo("about:blank");
        assertThat(json.path("title").asText()).isEqualTo("Not Found");
        assertThat(json.path("detail").asText()).startsWith("We're sorry, but the page you're looking for is missing");
        assertThat(json.path("instance").asText()).isEqualTo("/nowhere/at%20all");
        assertThat(json.has("traceId")).isFalse();
    }

    @Test
    void shouldAnswerAWrongMethodWith405AndKeepAllow() {
        Answer answer = read(target("api/generic-404").request().delete());

        JsonNode json = assertProblem(answer, 405);
        assertThat(json.path("title").asText()).isEqualTo("Method Not Allowed");
        assertThat(answer.header("Allow")).contains("GET");
    }

    @Test
    void shouldAnswerAnUnconsumedContentTypeWith415() {
        Answer answer = read(target("api/orders").request().post(Entity.entity("x", MediaType.TEXT_PLAIN)));

        assertThat(assertProblem(answer, 415).path("title").asText()).isEqualTo("Unsupported Media Type");
    }

    @Test
    void shouldAnswerAnUnproducibleAcceptWithA406ProblemNotASecond406() {
        Answer answer = read(target("api/orders/1").request("image/png").get());

        assertThat(assertProblem(answer, 406).path("title").asText()).isEqualTo("Not Acceptable");
    }

    @Test
    void shouldUseAnApplicationsOwn4xxMessageAsDetail() {
        JsonNode json = assertProblem(get("api/orders/42"), 404);

        assertThat(json.path("detail").asText()).isEqualTo("Order 42 does not exist");
        assertThat(json.path("title").asText()).isEqualTo("Not Found");
    }

    @Test
    void shouldNeverUseJakartaRestsGenericMessageAsDetail() {
        JsonNode json = assertProblem(get("api/generic-404"), 404);

        assertThat(json.path("detail").asText()).doesNotContain("HTTP 404");
    }

    @Test
    void shouldKeepRetryAfterOfA503() {
        Answer answer = get("api/unavailable");

        JsonNode json = assertProblem(answer, 503);
        assertThat(answer.header("Retry-After")).isEqualTo("120");
        assertThat(json.path("traceId").asText()).isNotBlank();
    }

    @Test
    void shouldKeepWwwAuthenticateOfA401() {
        Answer answer = get("api/unauthorized");

        assertProblem(answer, 401);
        assertThat(answer.header("WWW-Authenticate")).isEqualTo("Bearer");
    }

    @Test
    void shouldLeaveRedirectionsAloneButKeepTheirLocation() {
        Answer answer = read(client().property("jersey.config.client.followRedirects", false)
                .target(getBaseUri()).path("api/redirect").request().get());

        assertThat(answer.status()).isEqualTo(303);
        assertThat(answer.header("Location")).endsWith("/api/orders/1");
        assertThat(answer.body()).isEmpty();
    }

    @Test
    void shouldPassAWebApplicationExceptionWithItsOwnEntityThrough() {
        Answer answer = get("api/wae-with-entity");

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.header("Content-Type")).isEqualTo("text/plain");
        assertThat(answer.body()).isEqualTo("own body");
    }

    @Test
    void shouldNeverUseTheMessageOfA5xxWebApplicationException() {
        JsonNode json = assertProblem(get("api/server-wae"), 502);

        assertThat(json.path("title").asText()).isEqualTo("Bad Gateway");
        assertThat(json.path("detail").asText()).isEqualTo(
                "The server received an invalid response from the upstream server while trying to fulfill the request.");
    }

    @Test
    void shouldAnswerAProblemExceptionWithExactlyItsProblemEnriched() {
        JsonNode json = assertProblem(get("api/problem"), 409);

        assertThat(json.path("type").asText()).isEqualTo("https://errors.example.com/taken");
        assertThat(json.path("title").asText()).isEqualTo("Conflict");
        assertThat(json.path("detail").asText()).isEqualTo("Name 'mug' is taken.");
        assertThat(json.path("name").asText()).isEqualTo("mug");
        assertThat(json.path("instance").asText()).isEqualTo("/api/problem");
    }

    @Test
    void shouldFillBothTextsOfAProblemExceptionFromTheGuide() {
        JsonNode json = assertProblem(get("api/problem-of"), 429);

        assertThat(json.path("title").asText()).isEqualTo("Too Many Requests");
        assertThat(json.path("detail").asText()).startsWith("The user has sent too many requests");
    }

    @Test
    void shouldMapAnAnnotatedExceptionWithItsExtensionMembers() {
        JsonNode json = assertProblem(get("api/orders/43"), 404);

        assertThat(json.path("type").asText()).isEqualTo("https://errors.example.com/order-not-found");
        assertThat(json.path("title").asText()).isEqualTo("Order not found");
        assertThat(json.path("detail").asText()).startsWith("We're sorry");
        assertThat(json.path("orderId").asLong()).isEqualTo(43);
        assertThat(json.path("region").asText()).isEqualTo("eu-west");
        assertThat(json.has("internalNote")).isFalse();
        assertThat(json.has("secret")).isFalse();
    }

    @Test
    void shouldLetSubclassesInheritAMappingAndTheClosestMappingWin() {
        assertThat(assertProblem(get("api/orders/44"), 404).path("orderId").asLong()).isEqualTo(44);

        JsonNode purged = assertProblem(get("api/orders/45"), 410);
        assertThat(purged.path("type").asText()).isEqualTo("https://errors.example.com/order-purged");
        assertThat(purged.path("title").asText()).isEqualTo("Gone");
        assertThat(purged.path("orderId").asLong()).isEqualTo(45);
    }

    @Test
    void shouldMapAThirdPartyExceptionByTheBuilder() {
        JsonNode json = assertProblem(get("api/third-party"), 404);

        assertThat(json.path("type").asText()).isEqualTo("https://errors.example.com/missing");
    }

    @Test
    void shouldLeaveOutAnExtensionMemberWhoseGetterFails() {
        JsonNode json = assertProblem(get("api/stock"), 409);

        assertThat(json.path("title").asText()).isEqualTo("Stock conflict");
        assertThat(json.path("sku").asText()).isEqualTo("MUG-1");
        assertThat(json.has("broken")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"api/bug", "api/npe", "api/filtered", "api/async"})
    void shouldAnswerAnyOtherExceptionWithA500ThatRevealsNothing(String path) {
        JsonNode json = assertProblem(get(path), 500);

        assertThat(json.path("title").asText()).isEqualTo("Internal Server Error");
        assertThat(json.path("detail").asText())
                .isEqualTo("The request was unsuccessful due to an unexpected condition encountered by the server.");
        assertThat(json.path("traceId").asText()).matches("[0-9a-f-]{36}");
        assertThat(json.toString()).doesNotContain("jdbc").doesNotContain("IllegalStateException");
    }

    @Test
    void shouldTakeTheTraceIdFromTraceparent() {
        Answer answer = read(target("api/bug").request()
                .header("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01").get());

        assertThat(assertProblem(answer, 500).path("traceId").asText()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
    }

    @Test
    void shouldTakeTheTraceIdFromXRequestIdButOnlyWhenWellFormed() {
        Answer good = read(target("api/bug").request().header("X-Request-Id", "req-123.abc").get());
        Answer bad = read(target("api/bug").request().header("X-Request-Id", "<script>" + TestApi.SECRET).get());

        assertThat(assertProblem(good, 500).path("traceId").asText()).isEqualTo("req-123.abc");
        assertThat(assertProblem(bad, 500).path("traceId").asText()).matches("[0-9a-f-]{36}");
    }

    @Test
    void shouldLetTheApplicationsOwnMapperWin() {
        Answer answer = get("api/teapot");

        assertThat(answer.status()).isEqualTo(418);
        assertThat(answer.body()).isEqualTo("short and stout");
    }

    @ParameterizedTest
    @CsvSource({"409, Conflict", "460, Client Error", "533, Server Error", "418, I'm a teapot"})
    void shouldGiveAProblemBodyToAnErrorResponseBuiltWithoutOne(int status, String title) {
        Answer answer = get("api/status/" + status);

        JsonNode json = assertProblem(answer, status);
        assertThat(json.path("title").asText()).isEqualTo(title);
        assertThat(answer.header("X-Custom")).isEqualTo("kept");
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 201, 204, 302})
    void shouldNeverTouchNonErrorResponses(int status) {
        Answer answer = read(client().property("jersey.config.client.followRedirects", false)
                .target(getBaseUri()).path("api/status/" + status).request().get());

        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.body()).isEmpty();
        assertThat(answer.header("Content-Type")).isNull();
    }

    @Test
    void shouldNeverTouchAnErrorResponseThatHasAnEntity() {
        Answer answer = get("api/own-error-body");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).isEqualTo("plain error");
    }

    @Test
    void shouldLeaveA304Alone() {
        Answer answer = get("api/not-modified");

        assertThat(answer.status()).isEqualTo(304);
        assertThat(answer.body()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"api/orders/43", "nowhere", "api/bug", "api/status/409", "api/unavailable",
        "api/unauthorized"})
    void shouldAnswerHeadWithTheSameStatusAndHeadersButNoBody(String path) {
        Answer get = get(path);
        Answer head = read(target(path).request().head());

        assertThat(head.status()).isEqualTo(get.status());
        for (String name : new String[] {"Content-Type", "Allow", "Retry-After", "WWW-Authenticate", "X-Custom"}) {
            assertThat(head.header(name)).as(name).isEqualTo(get.header(name));
        }
        assertThat(head.body()).isEmpty();
    }

    @Test
    void shouldResolveAShortTypeOfAProblemExceptionAgainstTheBase() {
        assertThat(assertProblem(get("api/problem-short-type"), 422).path("type").asText())
                .isEqualTo("https://errors.example.com/name-taken");
    }

    @Test
    void shouldAnswerAProblemExceptionWithoutAnErrorStatusWithA500() {
        JsonNode json = assertProblem(get("api/problem-ok"), 500);

        assertThat(json.path("title").asText()).isEqualTo("Internal Server Error");
    }

    @Test
    void shouldLetTheApplicationsMapperHandleAWrappedException() {
        Answer answer = get("api/wrapped-teapot");

        assertThat(answer.status()).isEqualTo(418);
        assertThat(answer.body()).isEqualTo("short and stout");
    }

    @Test
    void shouldKeepTheHeadersOfAProblemException() {
        Answer answer = get("api/problem-headers");

        assertThat(assertProblem(answer, 429).path("detail").asText()).isEqualTo("Slow down.");
        assertThat(answer.header("Retry-After")).isEqualTo("30");
        // Both values; in any order, since HttpURLConnection (under the test client) lists repeated headers reversed.
        assertThat(answer.header("Link").split(",")).containsExactlyInAnyOrder("</docs/limits>; rel=\"help\"",
                "</status>; rel=\"status\"");

        Answer maintenance = get("api/maintenance");
        assertThat(assertProblem(maintenance, 503).path("type").asText())
                .isEqualTo("https://errors.example.com/maintenance");
        assertThat(maintenance.header("Retry-After")).isEqualTo("3600");
    }

    /** An application's response filter that looks at what it is handed. */
    @Priority(Integer.MAX_VALUE - 1)
    public static class EntitySpy implements ContainerResponseFilter {
        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            Object entity = response.getEntity();
            response.getHeaders().add("X-Entity", entity == null ? "none" : entity.getClass().getSimpleName()
                    + (entity instanceof Problem problem ? ":" + problem.instance() : ""));
        }
    }

    @Test
    void shouldHandEveryOtherResponseFilterTheCompletedProblem() throws IOException {
        try (LoopbackServer server = LoopbackServer.start(new ResourceConfig(TestApi.class, EntitySpy.class)
                .register(ProblemFeature.class))) {
            for (String path : new String[] {"api/orders/43", "api/bug", "api/problem-headers", "nowhere"}) {
                LoopbackServer.Answer answer = server.get(path);
                assertThat(answer.header("X-Entity")).as(path).isEqualTo("Problem:/" + path);
            }
        }
    }

    @Test
    void shouldDropTheContentHeadersOfAWebApplicationExceptionButKeepTheOthers() {
        Answer answer = get("api/wae-headers");

        assertProblem(answer, 503);
        assertThat(answer.header("Retry-After")).isEqualTo("7");
        assertThat(answer.header("Content-Length")).isNotEqualTo("5");
    }

    @Test
    void shouldNeverTurnTheRequestPathIntoANetworkPathReference() throws java.io.IOException {
        // Sent over a raw socket: an HTTP client would take "//evil.example" for a host.
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", getPort())) {
            socket.getOutputStream().write(("GET //evil.example/x HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Connection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);

            assertThat(response).startsWith("HTTP/1.1 404").contains("\"instance\":\"/evil.example/x\"");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "*/*", "application/json", "application/problem+json", "application/vnd.acme+json",
        "text/html", "image/png", "text/html, application/xhtml+xml;q=0.9"})
    void shouldAnswerProblemJsonWhateverTheClientAccepts(String accept) {
        String[] paths = {"api/third-party", "nowhere", "api/bug", "api/status/409"};
        int[] statuses = {404, 404, 500, 409};
        for (int i = 0; i < paths.length; i++) {
            var request = target(paths[i]).request();
            if (!accept.isEmpty()) {
                request.header("Accept", accept);
            }
            assertProblem(read(request.get()), statuses[i]);
        }
    }

    @Test
    void shouldAnswerARequestForATypeTheResourceCannotProduceWithA406Problem() {
        assertProblem(read(target("api/orders/43").request("text/html").get()), 406);
    }

    @Test
    void shouldAnswerAFailedAsyncResumeWithAMappedProblem() {
        assertThat(assertProblem(get("api/async-mapped"), 404).path("orderId").asLong()).isEqualTo(7);
    }

    @Test
    void shouldAnswerAFailedCompletionStageWithAMappedProblem() {
        assertThat(assertProblem(get("api/stage"), 404).path("orderId").asLong()).isEqualTo(8);
    }
}
