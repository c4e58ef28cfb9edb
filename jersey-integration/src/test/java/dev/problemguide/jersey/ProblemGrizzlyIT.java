package dev.problemguide.jersey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.problemguide.jersey.grizzly.ProblemGrizzly;
import dev.problemguide.json.testsupport.LogCapture;
import dev.problemguide.json.testsupport.ProblemSchema;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What escapes Jersey on Grizzly, answered with a problem by {@link ProblemGrizzly}. */
class ProblemGrizzlyIT {

    private static HttpServer server;
    private static int port;

    /** A response filter that fails on every response of one path, the mapped 500 included. */
    public static final class AlwaysFailingFilter implements ContainerResponseFilter {
        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (request.getUriInfo().getPath().equals("boom")) {
                throw new IllegalStateException("filter " + TestApi.SECRET);
            }
        }
    }

    /** One resource. */
    @Path("boom")
    public static class BoomResource {
        @GET
        public String get() {
            return "fine";
        }
    }

    @BeforeAll
    static void start() {
        server = ProblemGrizzly.createHttpServer(URI.create("http://127.0.0.1:0/"),
                new ResourceConfig(BoomResource.class, AlwaysFailingFilter.class, TestApi.class, InputApi.class)
                        .register(ProblemFeature.class));
        port = server.getListener("grizzly").getPort();
    }

    @AfterAll
    static void stop() {
        server.shutdownNow();
    }

    private static String raw(String requestLine) throws IOException {
        return raw(requestLine, "127.0.0.1");
    }

    private static String raw(String requestLine, String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write((requestLine + "\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String rawBody(String head, byte[] body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void shouldAnswerABodyThatIsNotTextInItsEncodingWithA400() throws IOException {
        byte[] body = {0, 0, 0, '{', 0, 0x11, 0, 0};
        try (LogCapture log = LogCapture.of("dev.problemguide.jersey.ProblemFeature")) {
            String response = rawBody("POST /input/orders HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n", body);

            assertThat(response).startsWith("HTTP/1.1 400").contains("application/problem+json")
                    .doesNotContain("CharConversion").doesNotContain("UTF-32");
            ProblemSchema.assertValid(body(response));
            assertThat(log.records()).noneMatch(r -> r.getLevel().intValue() >= Level.WARNING.intValue());
        }
    }

    @Test
    void shouldKeepAnsweringWhileUploadsStall() throws IOException {
        List<Socket> stalled = new ArrayList<>();
        try {
            // More stalled uploads than Grizzly's default pool has workers (twice the cores), fewer than ours.
            int stalls = Math.min(2 * Runtime.getRuntime().availableProcessors() + 4, ProblemGrizzly.WORKER_THREADS - 8);
            for (int i = 0; i < stalls; i++) {
                Socket socket = new Socket("127.0.0.1", port);
                stalled.add(socket);
                socket.getOutputStream().write(("POST /input/orders HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"qty\"")
                        .getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
            }
            try (Socket socket = new Socket("127.0.0.1", port)) {
                // Far below the read timeout: an answer now means no stalled upload holds it up.
                socket.setSoTimeout(5_000);
                socket.getOutputStream().write("GET /nowhere HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(response).startsWith("HTTP/1.1 404").contains("application/problem+json");
            }
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
    }

    @ParameterizedTest(name = "{0} with Host {1} -> {2} {3}")
    @CsvSource(delimiter = '|', value = {
        "GET /nowhere HTTP/1.1        | evil/x          | 400 | /nowhere",
        "GET /api/orders/abc HTTP/1.1 | evil.example/p  | 400 | /api/orders/abc",
        "GET /api/orders/7 HTTP/1.1   | 127.0.0.1:1/x   | 400 | /api/orders/7",
        "GET /nowhere HTTP/1.1        | a%zz.example    | 400 | /nowhere",
        "GET /nowhere HTTP/1.1        | h1, h2          | 400 | /nowhere",
        "GET /nowhere HTTP/1.1        | API.Example.com. | 404 | /nowhere",
        "GET /nowhere HTTP/1.1        | 127.0.0.1       | 404 | /nowhere",
        "GET /nowhere HTTP/1.1        | [::1]:8080      | 404 | /nowhere",
        "GET /nowhere/x%20y HTTP/1.1  | 127.0.0.1       | 404 | /nowhere/x%20y",
        "GET /nowhere/é HTTP/1.1      | 127.0.0.1       | 404 | /nowhere/%C3%A9"
    })
    void shouldAnswerWithTheRequestPathAsInstanceAndRefuseABadHost(String requestLine, String host, int status,
                                                                     String instance) throws IOException {
        String response = raw(requestLine, host);

        assertThat(response).startsWith("HTTP/1.1 " + status).contains("application/problem+json");
        ProblemSchema.assertValid(body(response));
        assertThat(body(response)).contains("\"instance\":\"" + instance + "\"").doesNotContain("evil");
    }

    private static String body(String response) {
        String body = response.substring(response.indexOf("\r\n\r\n") + 4);
        // Grizzly may chunk the body: keep what lies between the first '{' and the last '}'.
        return body.substring(body.indexOf('{'), body.lastIndexOf('}') + 1);
    }

    @Test
    void shouldAnswerAResponseFilterThatAlwaysFailsWithA500Problem() throws IOException {
        String response = raw("GET /boom HTTP/1.1");

        assertThat(response).startsWith("HTTP/1.1 500").contains("Content-Type: application/problem+json")
                .contains("X-Content-Type-Options: nosniff")
                .doesNotContain(TestApi.SECRET).doesNotContain("<html").doesNotContain("IllegalStateException");
        ProblemSchema.assertValid(body(response));
        assertThat(body(response)).contains("\"traceId\"");
    }

    @Test
    void shouldAnswerAMalformedRequestUriWithA400Problem() throws IOException {
        String response = raw("GET /api/% HTTP/1.1");

        assertThat(response).startsWith("HTTP/1.1 400").contains("Content-Type: application/problem+json")
                .contains("X-Content-Type-Options: nosniff")
                .doesNotContain("URISyntaxException");
        ProblemSchema.assertValid(body(response));
    }

    @Test
    void shouldLetJerseyJudgeADeleteWithABody() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(("DELETE /api/orders HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                    + "Content-Length: 2\r\n\r\n{}").getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(response).startsWith("HTTP/1.1 405").contains("application/problem+json");
        }
    }
}
