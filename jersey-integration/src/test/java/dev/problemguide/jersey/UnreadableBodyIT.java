package dev.problemguide.jersey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.problemguide.json.testsupport.LogCapture;
import dev.problemguide.json.testsupport.LoopbackServer;
import dev.problemguide.json.testsupport.ProblemSchema;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
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
 * these as I/O exceptions from the body's stream; a reader that throws them as a container would stands in for
 * the network here.
 */
class UnreadableBodyIT {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** What the resource takes. */
    public static class Upload {
    }

    /** Fails as the container's stream would, as the request's X-Fail header says. */
    public static class FailingReader implements MessageBodyReader<Upload> {
        @Override
        public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
            return type == Upload.class;
        }

        @Override
        public Upload readFrom(Class<Upload> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                               MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
            throw switch (httpHeaders.getFirst("X-Fail")) {
                case "eof" -> new EOFException("Unexpected end of stream SECRET");
                case "timeout" -> new IOException(new TimeoutException("read timed out SECRET"));
                default -> new CharConversionException("Invalid UTF-32 character SECRET");
            };
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
    @CsvSource({"eof, 400", "decode, 400", "timeout, 408"})
    void shouldAnswerABodyThatCannotBeReadWithAClientError(String failure, int status) throws IOException {
        ResourceConfig application = new ResourceConfig(UploadResource.class, FailingReader.class)
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
            assertThat(log.records()).noneMatch(r -> r.getLevel().intValue() >= Level.WARNING.intValue());
        }
    }
}
