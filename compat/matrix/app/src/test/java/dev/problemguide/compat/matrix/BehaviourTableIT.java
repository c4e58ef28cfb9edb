package dev.problemguide.compat.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.problemguide.json.testsupport.JarVersions;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.Stream;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The behaviour table: every request a new user tries first, each answered with the response in its fixture
 * ({@code matrix/<case>.json}: status, headers, body compared structurally), the same in every cell. The
 * container is the one the system property {@value #CONTAINER} names ({@code grizzly} when run by hand); the
 * build runs the table once per container, Jersey version and JVM, and checks here that they are the ones it
 * meant.
 */
class BehaviourTableIT {

    static final String CONTAINER = "problemguide.matrix.container";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String JSON = "application/json";
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();

    private static MatrixServer server;

    /**
     * One row: a request and the fixture of its answer.
     *
     * @param name    the fixture's name
     * @param method  the method
     * @param path    the raw path, relative to the application
     * @param body    the JSON body sent, or {@code null}
     * @param headers request headers: name, value, name, value...
     */
    record Row(String name, String method, String path, String body, String... headers) {
        @Override
        public String toString() {
            return name + ": " + method + " /" + path + (headers.length > 0 ? " " + String.join(" ", headers) : "");
        }
    }

    static Stream<Row> table() {
        return Stream.of(
                new Row("unmatched-path", "GET", "nowhere", null),
                new Row("mapped-exception", "GET", "orders/7", null),
                new Row("bad-path-parameter", "GET", "orders/seven", null),
                new Row("malformed-json", "POST", "orders", "{\"item\": \"tea\", ", "Content-Type", JSON),
                new Row("validation-failure", "POST", "orders", "{\"item\": \" \", \"quantity\": 0}",
                        "Content-Type", JSON),
                new Row("bug", "GET", "orders/bug", null),
                new Row("wrong-method", "DELETE", "orders/1", null),
                new Row("bare-409", "GET", "orders/conflict", null),
                new Row("head", "HEAD", "nowhere", null),
                new Row("accept-html-unproducible", "GET", "orders/1", null, "Accept", "text/html"),
                new Row("accept-html-error", "GET", "orders/7", null, "Accept", "text/html"),
                new Row("translated-status", "GET", "nowhere", null, "Accept-Language", "de-CH, en;q=0.5"),
                new Row("translated-exception", "GET", "orders/7", null, "Accept-Language", "de"),
                new Row("untranslated-language", "GET", "orders/7", null, "Accept-Language", "fr"),
                new Row("async-resume", "GET", "orders/async/7", null),
                new Row("completion-stage", "GET", "orders/stage/7", null));
    }

    @BeforeAll
    static void start() throws Exception {
        ResourceConfig application = MatrixApplication.create();
        server = MatrixServer.start(container(), application);
        System.out.printf("Behaviour table on %s, Jersey %s, Java %s%n", server.version(), jerseyVersion(),
                Runtime.version());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void shouldAnswerAsTheFixtureSays(Row row) throws Exception {
        HttpResponse<String> response = send(row);
        Fixtures.assertAnswer(Fixtures.load("matrix", container(), row.name()), response.statusCode(),
                name -> response.headers().allValues(name), response.body(), Orders.SECRET);
    }

    @Test
    void shouldRunOnTheVersionsTheBuildMeant() throws IOException {
        String jersey = System.getProperty("problemguide.expected.jersey.version");
        assumeTrue(jersey != null, "run by Maven, which sets the expected versions");
        assertThat(jerseyVersion()).isEqualTo(jersey);
        assertThat(JarVersions.version(jakarta.ws.rs.core.Response.class, "jakarta.ws.rs", "jakarta.ws.rs-api"))
                .isEqualTo(System.getProperty("problemguide.expected.jakarta.ws.rs.version"));
        assertThat(JarVersions.version(ObjectMapper.class, "com.fasterxml.jackson.core", "jackson-databind"))
                .isEqualTo(System.getProperty("problemguide.expected.jackson.version"));
        assertThat(Runtime.version().feature())
                .isEqualTo(Integer.getInteger("problemguide.expected.java.version"));
        String container = System.getProperty("problemguide.expected.container.version");
        if (container != null) {
            // The version the container reports, its last word: exactly the one expected, or starting with it
            // when the expectation ends with a dot ("12.0." for the Jetty a Jersey brings).
            String actual = server.version().substring(server.version().lastIndexOf(' ') + 1);
            assertThat(container.endsWith(".") ? actual.startsWith(container) : actual.equals(container))
                    .as("%s, expected %s", server.version(), container).isTrue();
        }
    }

    private static HttpResponse<String> send(Row row) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.base().resolve(URI.create(row.path())))
                .timeout(Duration.ofSeconds(20))
                .method(row.method(), row.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(row.body()));
        for (int i = 0; i < row.headers().length; i += 2) {
            request.header(row.headers()[i], row.headers()[i + 1]);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String container() {
        return System.getProperty(CONTAINER, "grizzly");
    }

    private static String jerseyVersion() throws IOException {
        return JarVersions.version(ResourceConfig.class, "org.glassfish.jersey.core", "jersey-server");
    }
}
