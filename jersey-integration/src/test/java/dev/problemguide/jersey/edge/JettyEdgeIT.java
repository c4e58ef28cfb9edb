package dev.problemguide.jersey.edge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.problemguide.jersey.ProblemFeature;
import dev.problemguide.jersey.jetty.ProblemJetty;
import dev.problemguide.json.testsupport.ProblemSchema;
import dev.problemguide.json.testsupport.RawHttp;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.io.IOException;
import java.net.URI;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.jetty.JettyHttpContainerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What Jetty 12 answers before or outside Jersey, with {@link ProblemJetty#install} and without. */
class JettyEdgeIT {

    private static final String SECRET = "SECRET-jetty-edge";
    /** What Jetty's own pages say, which a problem never does. */
    private static final String[] JETTYS_WORDS = {"badMessage", "badURI", "Jetty", "jetty"};

    private static Server server;
    private static int port;

    /** The one resource. */
    @Path("api/hello")
    public static class HelloResource {
        @GET
        public String get() {
            return "hello";
        }
    }

    /** One more, whose every response a filter fails: a 500 Jersey cannot map, which Jetty answers. */
    @Path("api/boom")
    public static class BoomResource {
        @GET
        public String get() {
            return "fine";
        }
    }

    /** Fails every response of {@code api/boom}, the mapped 500 included. */
    public static final class AlwaysFailingFilter implements ContainerResponseFilter {
        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (request.getUriInfo().getPath().equals("api/boom")) {
                throw new IllegalStateException("filter " + SECRET);
            }
        }
    }

    @BeforeAll
    static void start() throws Exception {
        server = ProblemJetty.install(create());
        server.start();
        port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    @AfterAll
    static void stop() throws Exception {
        server.stop();
    }

    /** An unstarted server on 127.0.0.1 (Jersey's factory would listen on every interface) and a free port. */
    private static Server create() {
        Server created = JettyHttpContainerFactory.createServer(URI.create("http://127.0.0.1:0/"),
                new ResourceConfig(HelloResource.class, BoomResource.class, AlwaysFailingFilter.class).register(ProblemFeature.class), false);
        ((ServerConnector) created.getConnectors()[0]).setHost("127.0.0.1");
        return created;
    }

    @Test
    void shouldAnswerABadPercentEncodingWithA400ProblemWithoutInstance() throws IOException {
        JsonNode problem = EdgeAssertions.problem(RawHttp.send(port, "GET", "/%zz"), 400, JETTYS_WORDS);

        // Jetty hands its error handler a stand-in request (GET /badMessage): the client's path is not known.
        assertThat(problem.has("instance")).isFalse();
    }

    @Test
    void shouldAnswerAnAmbiguousPathSeparatorWithA400Problem() throws IOException {
        JsonNode problem = EdgeAssertions.problem(RawHttp.send(port, "GET", "/api/a%2Fb"), 400, JETTYS_WORDS);

        // Jetty 12.0 puts /badURI in place of a URI it refuses (12.1 keeps the client's: then it is the instance).
        assertThat(problem.has("instance")).isFalse();
    }

    @Test
    void shouldAnswerAnOverlongUriWithA414Problem() throws IOException {
        EdgeAssertions.problem(RawHttp.send(port, "GET", "/api/" + "a".repeat(20_000)), 414, JETTYS_WORDS);
    }

    @Test
    void shouldAnswerAnOverlongHeaderWithA431Problem() throws IOException {
        JsonNode problem = EdgeAssertions.problem(RawHttp.send(port, "GET", "/api/hello", "X-Big: " + "b".repeat(20_000)), 431, JETTYS_WORDS);

        // The request line was read before the headers overflowed: Jetty still knows the path.
        assertThat(problem.path("instance").asText()).isEqualTo("/api/hello");
    }

    @Test
    void shouldLetManyHeadersThroughSinceJettyCountsOnlyTheirSize() throws IOException {
        RawHttp.Answer answer = RawHttp.send(port, "GET", "/api/hello", RawHttp.headers(200));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("hello");
    }

    @Test
    void shouldLeaveTraceToJerseyWhichAnswersA405Problem() throws IOException {
        JsonNode problem = EdgeAssertions.problem(RawHttp.send(port, "TRACE", "/api/hello"), 405, JETTYS_WORDS);

        assertThat(problem.path("instance").asText()).isEqualTo("/api/hello");
    }

    @Test
    void shouldAnswerHeadOfARefusedUriWithoutABody() throws IOException {
        RawHttp.Answer answer = RawHttp.send(port, "HEAD", "/api/a%2Fb");

        EdgeAssertions.headProblem(answer, 400);
    }

    @Test
    void shouldAnswerHeadOfABadPercentEncodingAsJettyTellsItAGet() throws IOException {
        RawHttp.Answer answer = RawHttp.send(port, "HEAD", "/%zz");

        // Jetty fails to build the request URI before it keeps the method: its stand-in is a GET, so the body goes
        // out (as Jetty's HTML page does without the handler); Jetty closes the connection after it.
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
        ProblemSchema.assertValid(answer.body());
    }

    @Test
    void shouldAnswerABadMethodTokenWithA400Problem() throws IOException {
        EdgeAssertions.problem(RawHttp.send(port, "G(T", "/api/hello"), 400, JETTYS_WORDS);
    }

    @Test
    void shouldLeaveAnUnknownPathToJerseyWhichTakesEveryPath() throws IOException {
        JsonNode problem = EdgeAssertions.problem(RawHttp.send(port, "GET", "/nothing"), 404, JETTYS_WORDS);

        assertThat(problem.path("instance").asText()).isEqualTo("/nothing");
    }

    @Test
    void shouldAnswerA500OfJerseysThatJettyWritesWithAProblemWithATraceId() throws IOException {
        RawHttp.Answer answer = RawHttp.send(port, "GET", "/api/boom");
        JsonNode problem = EdgeAssertions.problem(answer, 500, JETTYS_WORDS);

        assertThat(problem.path("instance").asText()).isEqualTo("/api/boom");
        assertThat(problem.path("traceId").asText()).isNotEmpty();
        assertThat(answer.body()).doesNotContain(SECRET, "IllegalState");
    }

    @Test
    void shouldAnswerHtmlWithoutInstall() throws Exception {
        Server plain = create();
        plain.start();
        try {
            RawHttp.Answer answer = RawHttp.send(((ServerConnector) plain.getConnectors()[0]).getLocalPort(), "GET",
                    "/%zz");

            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.header("Content-Type")).startsWith("text/html");
        } finally {
            plain.stop();
        }
    }
}
