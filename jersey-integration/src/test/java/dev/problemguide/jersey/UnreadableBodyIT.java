package dev.problemguide.jersey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.problemguide.json.testsupport.LogCapture;
import dev.problemguide.json.testsupport.LoopbackServer;
import dev.problemguide.json.testsupport.ProblemSchema;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.CharConversionException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A request body that cannot be read — not text in its encoding, an upload that ended early, one that stalled
 * past the read timeout — is the client's doing: a 4xx without a WARNING or ERROR line. The containers report
 * the transfer's failures as I/O exceptions from the body's stream; an interceptor that puts such a failing
 * stream in place of the container's stands in for the network here (the real aborted upload and stall are
 * exercised over a socket in ProblemGrizzlyIT and HostileClientIT). An I/O failure of the application's own
 * reader stays a server error.
 */
class UnreadableBodyIT {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** What the resource takes. */
    public static class Upload {
    }

    /** Puts a stream in place of the container's that fails as the request's X-Fail header says. */
    @Priority(Priorities.ENTITY_CODER - 1000)
    public static class FailingNetwork implements ReaderInterceptor {
        @Override
        public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
            String failure = context.getHeaders().getFirst("X-Fail");
            if ("eof".equals(failure) || "timeout".equals(failure)) {
                context.setInputStream(new InputStream() {
                    @Override
                    public int read() throws IOException {
                        throw "eof".equals(failure) ? new EOFException("Unexpected end of stream SECRET")
                                : new IOException(new TimeoutException("read timed out SECRET"));
                    }
                });
            }
            return context.proceed();
        }
    }

    /** Reads the body; fails by itself for X-Fail decode (bytes, not the stream) and disk (the server's fault). */
    public static class UploadReader implements MessageBodyReader<Upload> {
        @Override
        public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
            return type == Upload.class;
        }

        @Override
        public Upload readFrom(Class<Upload> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                               MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
            String failure = httpHeaders.getFirst("X-Fail");
            if ("decode".equals(failure)) {
                throw new CharConversionException("Invalid UTF-32 character SECRET");
            }
            if ("disk".equals(failure)) {
                throw new IOException("No space left on device SECRET");
            }
            entityStream.readAllBytes();
            return new Upload();
        }
    }

    @Path("upload")
    public static class UploadResource {
        @POST
        @Consumes("application/x-upload")
        public String upload(Upload upload) {
            return "stored";
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"eof, 400", "decode, 400", "timeout, 408", "disk, 500"})
    void shouldAnswerABodyThatCannotBeReadByWhoseFaultItIs(String failure, int status) throws IOException {
        ResourceConfig application = new ResourceConfig(UploadResource.class, UploadReader.class, FailingNetwork.class)
                .register(ProblemFeature.class);
        try (LogCapture log = LogCapture.of("dev.problemguide.jersey.ProblemFeature");
             LoopbackServer server = LoopbackServer.start(application)) {
            LoopbackServer.Answer answer = server.send("POST", "upload", "application/x-upload", "data",
                    "X-Fail", failure);

            assertThat(answer.status()).isEqualTo(status);
            assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
            ProblemSchema.assertValid(answer.body());
            assertThat(answer.body()).doesNotContain("SECRET").doesNotContain("Exception");
            JsonNode json = MAPPER.readTree(answer.body());
            assertThat(json.path("status").asInt()).isEqualTo(status);
            if (status < 500) {
                assertThat(log.records()).noneMatch(r -> r.getLevel().intValue() >= Level.WARNING.intValue());
            } else {
                // The application's reader failed: a server error, logged as one.
                assertThat(log.records()).anyMatch(r -> r.getLevel() == Level.SEVERE);
            }
        }
    }
}
