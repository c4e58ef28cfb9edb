package dev.problemguide.spring.boot.tests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.problemguide.json.testsupport.JarVersions;
import dev.problemguide.json.testsupport.ProblemSchema;
import dev.problemguide.json.testsupport.RawHttp;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The behaviour table and the container's own errors, in a Boot service on a random port, over real HTTP: every
 * answer a problem, with Jersey's errors and embedded Tomcat's alike, and the option from Boot's configuration in
 * force (the mapped type is absolute).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BootBehaviourIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TYPES = "https://errors.example.com/problems/";
    /** Boot's Jetty in place of Tomcat: its limits answer otherwise (414 for a long URI, no header count). */
    private static final boolean JETTY = "jetty".equals(System.getProperty("problemguide.boot.container"));

    @Value("${local.server.port}")
    private int port;

    @Autowired
    private MeterRegistry meters;

    static Stream<Arguments> table() {
        String json = "Content-Type: application/json";
        return Stream.of(
                // Jersey's errors.
                Arguments.of("unmatched path", "GET /api/nowhere HTTP/1.1", new String[0], 404, "about:blank"),
                Arguments.of("mapped exception", "GET /api/orders/7 HTTP/1.1", new String[0], 404,
                        TYPES + "order-not-found"),
                Arguments.of("bad path parameter", "GET /api/orders/seven HTTP/1.1", new String[0], 404, "about:blank"),
                Arguments.of("malformed JSON", "POST /api/orders HTTP/1.1",
                        new String[] {json, "Content-Length: 9", "", "{\"item\": "}, 400, "about:blank"),
                Arguments.of("validation", "POST /api/orders HTTP/1.1",
                        new String[] {json, "Content-Length: 27", "", "{\"item\": \"\", \"quantity\": 0}"}, 422,
                        "about:blank"),
                Arguments.of("bug", "GET /api/orders/bug HTTP/1.1", new String[0], 500, "about:blank"),
                Arguments.of("wrong method", "DELETE /api/orders/1 HTTP/1.1", new String[0], 405, "about:blank"),
                Arguments.of("bare 409", "GET /api/orders/conflict HTTP/1.1", new String[0], 409, "about:blank"),
                Arguments.of("Accept: text/html", "GET /api/orders/1 HTTP/1.1", new String[] {"Accept: text/html"},
                        406, "about:blank"),
                // Embedded Tomcat's own errors.
                Arguments.of("outside the application path", "GET /other HTTP/1.1", new String[0], 404, "about:blank"),
                Arguments.of("bad percent-encoding", "GET /api/%zz HTTP/1.1", new String[0], 400, "about:blank"),
                Arguments.of("20 KB URI", "GET /api/" + "a".repeat(20_000) + " HTTP/1.1", new String[0],
                        JETTY ? 414 : 400, "about:blank"),
                Arguments.of("20 KB header", "GET /api/orders/1 HTTP/1.1",
                        new String[] {"X-Big: " + "b".repeat(20_000)}, JETTY ? 431 : 400, "about:blank"),
                Arguments.of("TRACE", "TRACE /api/orders/1 HTTP/1.1", new String[0], 405, "about:blank"));
    }

    /** Tomcat's limit on the number of headers; Jetty has none (it counts only their size). */
    static Stream<Arguments> tomcatOnly() {
        return JETTY ? Stream.empty() : Stream.of(
                Arguments.of("200 headers", "GET /api/orders/1 HTTP/1.1", RawHttp.headers(200), 400, "about:blank"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"table", "tomcatOnly"})
    void shouldAnswerAProblem(String row, String requestLine, String[] lines, int status, String type)
            throws IOException {
        RawHttp.Answer answer = send(requestLine, lines);

        assertThat(answer.status()).as("%s: %s", row, answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        ProblemSchema.assertValid(answer.body());
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("type").asText()).isEqualTo(type);
        assertThat(answer.body() + answer.headers()).doesNotContain(BootApplication.SECRET)
                .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("<html");
        if (status == 422) {
            assertThat(problem.path("errors").findValuesAsText("pointer")).containsExactlyInAnyOrder("#/item",
                    "#/quantity");
        }
        if (status == 405 && row.equals("wrong method")) {
            assertThat(answer.header("Allow")).contains("GET");
        }
        if (type.endsWith("order-not-found")) {
            assertThat(problem.path("orderId").asLong()).isEqualTo(7);
        }
    }

    @Test
    void shouldAnswerHeadWithTheProblemsHeadersAndNoBody() throws IOException {
        for (String target : new String[] {"/api/nowhere", "/other"}) {
            RawHttp.Answer answer = send("HEAD " + target + " HTTP/1.1");
            assertThat(answer.status()).as(target).isEqualTo(404);
            assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
            assertThat(answer.body()).isEmpty();
        }
    }

    @Test
    void shouldServeTheTypePagesBelowJerseysPathFromBootsConfiguration() throws IOException {
        RawHttp.Answer index = send("GET /api/problems/ HTTP/1.1", "Accept: application/json");
        assertThat(index.status()).as(index.body()).isEqualTo(200);
        JsonNode type = JSON.readTree(index.body()).path("types").get(0);
        assertThat(type.path("type").asText()).isEqualTo(TYPES + "order-not-found");

        RawHttp.Answer page = send("GET /api/problems/" + type.path("page").asText() + " HTTP/1.1",
                "Accept: text/html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("<h1>Order not found</h1>", "<a href=\"/api/problems/\">Problem types</a>",
                "<td><code>orderId</code></td><td>integer</td>");
    }

    @Test
    void shouldCountProblemsInBootsMeterRegistryTheContainersToo() throws IOException {
        double mapped = count("404", TYPES + "order-not-found", "/orders/{id}");
        double container = count("404", "about:blank", "none");

        send("GET /api/orders/7 HTTP/1.1");
        send("GET /other HTTP/1.1");

        assertThat(count("404", TYPES + "order-not-found", "/orders/{id}")).isEqualTo(mapped + 1);
        assertThat(count("404", "about:blank", "none")).isGreaterThanOrEqualTo(container + 1);
    }

    private double count(String status, String type, String uri) {
        return meters.find("http.server.problems").tag("status", status).tag("type", type).tag("uri", uri)
                .counters().stream().mapToDouble(Counter::count).sum();
    }

    @Test
    void shouldRunOnTheBootAndContainerTheBuildMeant() throws IOException {
        String expected = System.getProperty("problemguide.expected.boot.version");
        assertThat(SpringBootVersion.getVersion()).isEqualTo(expected);
        assertThat(isPresent("org.eclipse.jetty.server.Server")).isEqualTo(JETTY);
        assertThat(isPresent("org.apache.catalina.startup.Tomcat")).isEqualTo(!JETTY);
        System.out.println("Boot " + SpringBootVersion.getVersion() + ", Jersey " + JarVersions.version(
                org.glassfish.jersey.server.ResourceConfig.class, "org.glassfish.jersey.core", "jersey-server"));
    }

    private static boolean isPresent(String className) {
        try {
            Class.forName(className);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private RawHttp.Answer send(String requestLine, String... lines) throws IOException {
        // A body goes after an empty line among the header lines; RawHttp adds Host and Connection: close.
        return RawHttp.sendRequestLine(port, requestLine, lines);
    }
}
