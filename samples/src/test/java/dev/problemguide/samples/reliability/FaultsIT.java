package dev.problemguide.samples.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.problemguide.jersey.ProblemFeature;
import dev.problemguide.json.testsupport.LogCapture;
import dev.problemguide.samples.OrderResource;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.MessageBodyWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.logging.Level;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Faults around the error path: a failing writer, a mapper and a response filter that throw, a stream that
 * fails after part of a 200, a client that disconnects mid-response, request text with CR/LF. The server
 * logs once, answers what can still be answered, and keeps serving the next requests.
 */
class FaultsIT {

    private static HttpServer server;
    private static int port;
    private LogCapture log;

    /** An entity no writer can write. */
    public static final class Unwritable {
    }

    /** A writer that fails before writing anything. */
    public static final class FailingWriter implements MessageBodyWriter<Unwritable> {
        @Override
        public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
            return type == Unwritable.class;
        }

        @Override
        public void writeTo(Unwritable value, Class<?> type, Type genericType, Annotation[] annotations,
                            MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out)
                throws IOException {
            throw new IOException("writer broke " + ProblemChecks.MARKER);
        }
    }

    /** An exception whose application mapper throws. */
    public static final class Boom extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /** The application's mapper, which itself fails. */
    public static final class BoomMapper implements ExceptionMapper<Boom> {
        @Override
        public jakarta.ws.rs.core.Response toResponse(Boom exception) {
            throw new IllegalStateException("mapper broke " + ProblemChecks.MARKER);
        }
    }

    /** A response filter that fails on one path. */
    public static final class FailingResponseFilter implements ContainerResponseFilter {
        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (request.getUriInfo().getPath().equals("faults/filter")) {
                throw new IllegalStateException("filter broke " + ProblemChecks.MARKER);
            }
        }
    }

    /** The failing endpoints. */
    @Path("faults")
    public static class FaultResource {
        @GET
        @Path("writer")
        public Unwritable writer() {
            return new Unwritable();
        }

        @GET
        @Path("mapper")
        public String mapper() {
            throw new Boom();
        }

        @GET
        @Path("filter")
        @Produces(MediaType.TEXT_PLAIN)
        public String filter() {
            return "fine";
        }

        @GET
        @Path("stream")
        public StreamingOutput stream() {
            return out -> {
                out.write("partial ".repeat(2000).getBytes(StandardCharsets.UTF_8));
                out.flush();
                throw new IOException("stream broke " + ProblemChecks.MARKER);
            };
        }

        @GET
        @Path("large")
        public StreamingOutput large() {
            return out -> {
                byte[] chunk = new byte[64 * 1024];
                for (int i = 0; i < 400; i++) {
                    out.write(chunk);
                }
            };
        }
    }

    @BeforeAll
    static void start() {
        ResourceConfig application = new ResourceConfig(OrderResource.class, FaultResource.class, FailingWriter.class,
                BoomMapper.class, FailingResponseFilter.class, JacksonFeature.class).register(ProblemFeature.class);
        server = dev.problemguide.samples.SampleServer.start(
                application.property("jersey.config.server.exception.processResponseErrors", true), 0);
        port = server.getListener("grizzly").getPort();
    }

    @AfterAll
    static void stop() {
        server.shutdownNow();
    }

    @BeforeEach
    void capture() {
        log = LogCapture.of("dev.problemguide.jersey.ProblemFeature");
    }

    @AfterEach
    void keepsServing() throws IOException {
        log.close();
        for (int i = 0; i < 3; i++) {
            RawHttp.Answer answer = RawHttp.send(port, "GET", "/orders/42", Map.of(), null);
            assertThat(answer.status()).as("the next request").isEqualTo(200);
            assertThat(answer.body()).contains("shipped");
        }
    }

    private long severeLines() {
        return log.records().stream().filter(r -> r.getLevel() == Level.SEVERE).count();
    }

    private static void assertProblem(RawHttp.Answer answer, String what) {
        ProblemChecks.assertProblem(answer.status(), answer.headers(), answer.header("Content-Type"), answer.body(),
                what);
    }

    @Test
    void shouldAnswerAFailingMessageBodyWriterWithA500Problem() throws IOException {
        RawHttp.Answer answer = RawHttp.send(port, "GET", "/faults/writer", Map.of(), null);

        assertProblem(answer, "failing writer");
        assertThat(answer.status()).isEqualTo(500);
        assertThat(severeLines()).isEqualTo(1);
    }

    @Test
    void shouldAnswerAnExceptionInsideAnApplicationMapperWithAProblem() throws IOException {
        RawHttp.Answer answer = RawHttp.send(port, "GET", "/faults/mapper", Map.of(), null);

        assertProblem(answer, "failing mapper");
        assertThat(answer.status()).isEqualTo(500);
    }

    @Test
    void shouldAnswerAnExceptionInsideAResponseFilterWithAProblem() throws IOException {
        RawHttp.Answer answer = RawHttp.send(port, "GET", "/faults/filter", Map.of(), null);

        assertProblem(answer, "failing response filter");
        assertThat(answer.status()).isEqualTo(500);
    }

    @Test
    void shouldSurviveAStreamThatFailsAfterPartOfA200() throws IOException {
        RawHttp.Answer answer = RawHttp.send(port, "GET", "/faults/stream", Map.of(), null);

        assertThat(answer.status()).as("already committed").isEqualTo(200);
        assertThat(answer.body()).doesNotContain(ProblemChecks.MARKER);
    }

    @Test
    void shouldSurviveAClientThatDisconnectsMidResponse() throws IOException {
        for (int i = 0; i < 5; i++) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
                socket.getOutputStream().write("GET /faults/large HTTP/1.1\r\nHost: x\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                InputStream in = socket.getInputStream();
                assertThat(in.readNBytes(10_000)).hasSize(10_000);
            }
        }
    }

    @Test
    void shouldNeverLogALineBrokenByRequestText() throws IOException {
        RawHttp.send(port, "GET", "/reports/daily", Map.of("X-Request-Id", "a\tb", "traceparent", "x\u0085y"), null);
        RawHttp.send(port, "GET", "/orders/7%0D%0AINFO:%20forged", Map.of(), null);

        assertThat(log.records()).isNotEmpty().allSatisfy(r -> assertThat(r.getMessage())
                .doesNotContain("\n").doesNotContain("\r"));
    }
}
