package dev.problemguide.jersey.edge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.problemguide.jersey.ProblemFeature;
import dev.problemguide.jersey.jdkhttp.ProblemJdkHttp;
import dev.problemguide.json.testsupport.RawHttp;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the JDK's HTTP server answers outside Jersey's context, with {@link ProblemJdkHttp#install}, and what it
 * keeps answering itself, before any handler runs.
 */
class JdkHttpEdgeIT {


    private static HttpServer server;
    private static int port;

    /** The one resource. */
    @Path("hello")
    public static class HelloResource {
        @GET
        public String get() {
            return "hello";
        }
    }

    @BeforeAll
    static void start() {
        // Jersey's factory binds the URI's host, 127.0.0.1, and mounts the application at /api/.
        server = ProblemJdkHttp.install(JdkHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/api/"),
                new ResourceConfig(HelloResource.class).register(ProblemFeature.class), false));
        server.start();
        port = server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @Test
    void shouldBindTheLoopbackAddressOnly() {
        assertThat(server.getAddress().getAddress().isLoopbackAddress()).isTrue();
    }

    @Test
    void shouldAnswerAPathOutsideEveryContextWithA404Problem() throws IOException {
        JsonNode problem = EdgeAssertions.problem(RawHttp.send(port, "GET", "/other"), 404, "No context found");

        assertThat(problem.path("instance").asText()).isEqualTo("/other");
    }

    @Test
    void shouldAnswerHeadOfAPathOutsideEveryContextWithoutABody() throws IOException {
        RawHttp.Answer answer = RawHttp.send(port, "HEAD", "/other");

        EdgeAssertions.headProblem(answer, 404);
    }

    @Test
    void shouldLeaveJerseysPathsToJersey() throws IOException {
        RawHttp.Answer answer = RawHttp.send(port, "GET", "/api/hello");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("hello");
    }

    @Test
    void shouldLeaveAnUnknownPathUnderJerseysContextToJersey() throws IOException {
        JsonNode problem = EdgeAssertions.problem(RawHttp.send(port, "GET", "/api/nothing"), 404, "No context found");

        assertThat(problem.path("instance").asText()).isEqualTo("/api/nothing");
    }

    @Test
    void shouldLeaveTraceToJerseyWhichAnswersA405Problem() throws IOException {
        EdgeAssertions.problem(RawHttp.send(port, "TRACE", "/api/hello"), 405, "No context found");
    }

    @Test
    void shouldKeepTheServersOwn400ForAUriItCannotParse() throws IOException {
        RawHttp.Answer answer = RawHttp.send(port, "GET", "/%zz");

        // Refused while the request is read (ServerImpl.Exchange.run), before any context, handler or filter.
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).startsWith("text/html");
    }

    @Test
    void shouldKeepTheServersClosedConnectionForTooManyHeaderNames() throws IOException {
        // More than sun.net.httpserver.maxReqHeaders (200): the server closes the connection without an answer.
        assertThat(RawHttp.send(port, "GET", "/api/hello", RawHttp.headers(201)).status()).isZero();
    }

    @Test
    void shouldKeepAnExistingRootContext() throws IOException {
        // As Jersey mounted at / would be: a context there takes every path and answers its own 404s.
        HttpServer atRoot = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        atRoot.createContext("/", exchange -> {
            exchange.sendResponseHeaders(418, -1);
            exchange.close();
        });
        assertThat(ProblemJdkHttp.install(atRoot)).isSameAs(atRoot);
        atRoot.start();
        try {
            assertThat(RawHttp.send(atRoot.getAddress().getPort(), "GET", "/other").status()).isEqualTo(418);
        } finally {
            atRoot.stop(0);
        }
    }
}
