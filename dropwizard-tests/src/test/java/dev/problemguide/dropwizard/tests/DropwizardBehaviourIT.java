package dev.problemguide.dropwizard.tests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.problemguide.json.testsupport.ProblemSchema;
import dev.problemguide.json.testsupport.RawHttp;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The behaviour table, an empty {@code Optional}, and Jetty's own errors on the application and admin ports, in the
 * sample service on Dropwizard 5 over real HTTP: every answer a problem, none of Dropwizard's {@code code/message}
 * bodies or Jetty's pages, the configuration's options in force (the mapped type is absolute).
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class DropwizardBehaviourIT {

    private static final DropwizardAppExtension<SampleConfiguration> APP = new DropwizardAppExtension<>(
            SampleApplication.class, ResourceHelpers.resourceFilePath("test.yml"));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TYPES = "https://errors.example.com/problems/";

    static Stream<Arguments> table() {
        String json = "Content-Type: application/json";
        return Stream.of(
                Arguments.of("unmatched path", false, "GET /nowhere HTTP/1.1", new String[0], 404, "about:blank"),
                Arguments.of("mapped exception", false, "GET /orders/7 HTTP/1.1", new String[0], 404,
                        TYPES + "order-not-found"),
                Arguments.of("bad path parameter", false, "GET /orders/seven HTTP/1.1", new String[0], 404,
                        "about:blank"),
                Arguments.of("malformed JSON", false, "POST /orders HTTP/1.1",
                        new String[] {json, "Content-Length: 9", "", "{\"item\": "}, 400, "about:blank"),
                Arguments.of("validation", false, "POST /orders HTTP/1.1",
                        new String[] {json, "Content-Length: 27", "", "{\"item\": \"\", \"quantity\": 0}"}, 422,
                        "about:blank"),
                Arguments.of("bug", false, "GET /orders/bug HTTP/1.1", new String[0], 500, "about:blank"),
                Arguments.of("wrong method", false, "DELETE /orders/1 HTTP/1.1", new String[0], 405, "about:blank"),
                Arguments.of("bare 409", false, "GET /orders/conflict HTTP/1.1", new String[0], 409, "about:blank"),
                Arguments.of("Accept: text/html", false, "GET /orders/1 HTTP/1.1", new String[] {"Accept: text/html"},
                        406, "about:blank"),
                Arguments.of("form resource sent JSON", false, "POST /orders/greetings HTTP/1.1",
                        new String[] {json, "Content-Length: 13", "", "{\"name\": \"x\"}"}, 415, "about:blank"),
                Arguments.of("empty Optional", false, "GET /orders/optional/7 HTTP/1.1", new String[0], 404,
                        "about:blank"),
                // Jetty's own errors, on the application port and on the admin port.
                Arguments.of("bad percent-encoding", false, "GET /orders/%zz HTTP/1.1", new String[0], 400,
                        "about:blank"),
                Arguments.of("20 KB URI", false, "GET /" + "a".repeat(20_000) + " HTTP/1.1", new String[0], 414,
                        "about:blank"),
                Arguments.of("20 KB header", false, "GET /orders/1 HTTP/1.1",
                        new String[] {"X-Big: " + "b".repeat(20_000)}, 431, "about:blank"),
                Arguments.of("TRACE", false, "TRACE /orders/1 HTTP/1.1", new String[0], 405, "about:blank"),
                Arguments.of("admin: unknown path", true, "GET /other HTTP/1.1", new String[0], 404, "about:blank"),
                Arguments.of("admin: bad percent-encoding", true, "GET /%zz HTTP/1.1", new String[0], 400,
                        "about:blank"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void shouldAnswerAProblem(String row, boolean admin, String requestLine, String[] lines, int status, String type)
            throws IOException {
        RawHttp.Answer answer = RawHttp.sendRequestLine(admin ? APP.getAdminPort() : APP.getLocalPort(), requestLine,
                lines);

        assertThat(answer.status()).as("%s: %s", row, answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).as(row).isEqualTo("application/problem+json");
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        ProblemSchema.assertValid(answer.body());
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("type").asText()).isEqualTo(type);
        assertThat(problem.has("code")).as("Dropwizard's own body").isFalse();
        assertThat(answer.body() + answer.headers()).doesNotContain(SampleApplication.SECRET)
                .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("<html");
        if (status == 422) {
            assertThat(problem.path("errors").findValuesAsText("pointer")).containsExactlyInAnyOrder("#/item",
                    "#/quantity");
        }
        if (status == 500) {
            assertThat(problem.path("traceId").asText()).isNotBlank();
        }
        if (type.endsWith("order-not-found")) {
            assertThat(problem.path("orderId").asLong()).isEqualTo(7);
        }
    }

    @Test
    void shouldAnswerHeadWithTheProblemsHeadersAndNoBody() throws IOException {
        RawHttp.Answer answer = RawHttp.send(APP.getLocalPort(), "HEAD", "/nowhere");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(answer.body()).isEmpty();
    }

    @Test
    void shouldServeTheTypePagesFromTheConfiguration() throws IOException {
        RawHttp.Answer index = RawHttp.send(APP.getLocalPort(), "GET", "/problems/", "Accept: application/json");
        assertThat(index.status()).as(index.body()).isEqualTo(200);
        JsonNode type = JSON.readTree(index.body()).path("types").get(0);
        assertThat(type.path("type").asText()).isEqualTo(TYPES + "order-not-found");

        RawHttp.Answer page = RawHttp.send(APP.getLocalPort(), "GET", "/problems/" + type.path("page").asText(),
                "Accept: text/html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("<h1>Order not found</h1>", "<a href=\"/problems/\">Problem types</a>");
    }

    @Test
    void shouldStillServeTheApplicationAndTheAdminPort() throws IOException {
        assertThat(RawHttp.send(APP.getLocalPort(), "GET", "/orders/1").body()).isEqualTo("{\"id\":1}");
        assertThat(RawHttp.send(APP.getLocalPort(), "GET", "/orders/optional/1").status()).isEqualTo(200);
        assertThat(RawHttp.send(APP.getAdminPort(), "GET", "/ping").status()).isEqualTo(200);
    }
}
