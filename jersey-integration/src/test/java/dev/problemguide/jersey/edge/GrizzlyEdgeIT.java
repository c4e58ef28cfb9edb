package dev.problemguide.jersey.edge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.problemguide.jersey.ProblemFeature;
import dev.problemguide.jersey.grizzly.ProblemGrizzly;
import dev.problemguide.json.testsupport.RawHttp;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.net.URI;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What Grizzly answers before or outside Jersey, with {@link ProblemGrizzly} at the root and below it: problems.
 */
class GrizzlyEdgeIT {

    private static HttpServer atRoot;
    private static HttpServer belowRoot;

    /** The application's one resource. */
    @Path("hello")
    public static class Hello {
        @GET
        public String hello() {
            return "hello";
        }
    }

    @BeforeAll
    static void start() {
        atRoot = ProblemGrizzly.createHttpServer(URI.create("http://127.0.0.1:0/"), application());
        belowRoot = ProblemGrizzly.createHttpServer(URI.create("http://127.0.0.1:0/api/"), application());
    }

    @AfterAll
    static void stop() {
        atRoot.shutdownNow();
        belowRoot.shutdownNow();
    }

    private static ResourceConfig application() {
        return new ResourceConfig(Hello.class).register(ProblemFeature.class);
    }

    private static int port(HttpServer server) {
        return server.getListener("grizzly").getPort();
    }

    @Test
    void shouldAnswerABadPercentEncodingWithA400ProblemAtTheRootAndBelowIt() throws IOException {
        assertProblem(RawHttp.send(port(atRoot), "GET", "/%zz"), 400, "/%25zz");
        assertProblem(RawHttp.send(port(belowRoot), "GET", "/api/%zz"), 400, "/api/%25zz");
        assertProblem(RawHttp.send(port(belowRoot), "GET", "/%zz"), 400, "/%25zz");
    }

    @Test
    void shouldAnswerAPathOutsideTheBasePathWithA404Problem() throws IOException {
        assertProblem(RawHttp.send(port(belowRoot), "GET", "/other"), 404, "/other");
        assertProblem(RawHttp.send(port(belowRoot), "GET", "/apix/hello"), 404, "/apix/hello");
        EdgeAssertions.headProblem(RawHttp.send(port(belowRoot), "HEAD", "/other"), 404);
    }

    @Test
    void shouldServeTheApplicationBelowTheRootAsBefore() throws IOException {
        RawHttp.Answer hello = RawHttp.send(port(belowRoot), "GET", "/api/hello");
        assertThat(hello.status()).isEqualTo(200);
        assertThat(hello.body()).isEqualTo("hello");
        // Jersey's own 404, with its base URI as before: the instance is the whole path.
        assertProblem(RawHttp.send(port(belowRoot), "GET", "/api/nothing"), 404, "/api/nothing");
    }

    @Test
    void shouldLetTheApplicationAnswerTrace() throws IOException {
        RawHttp.Answer atRootTrace = RawHttp.send(port(atRoot), "TRACE", "/hello");
        assertProblem(atRootTrace, 405, "/hello");
        assertThat(atRootTrace.header("Allow")).contains("GET").doesNotContain("TRACE");
        assertProblem(RawHttp.send(port(belowRoot), "TRACE", "/api/hello"), 405, "/api/hello");
    }

    @Test
    void shouldAnswerWhatTheParserRefusesWithA400Problem() throws IOException {
        RawHttp.Answer longUri = RawHttp.send(port(atRoot), "GET", "/" + "a".repeat(20_000));
        assertProblem(longUri, 400, null);
        assertProblem(RawHttp.send(port(belowRoot), "GET", "/api/hello", RawHttp.headers(200)), 400, "/api/hello");
        assertProblem(RawHttp.send(port(atRoot), "GET", "/hello", "X-Big: " + "b".repeat(20_000)), 400, "/hello");
    }

    private static void assertProblem(RawHttp.Answer answer, int status, String instance) {
        JsonNode json = EdgeAssertions.problem(answer, status);
        if (instance == null) {
            assertThat(json.has("instance")).as("instance in %s", answer.body()).isFalse();
        } else {
            assertThat(json.path("instance").asText()).isEqualTo(instance);
        }
    }
}
