package dev.problemguide.jersey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.problemguide.json.testsupport.LogCapture;
import dev.problemguide.json.testsupport.LoopbackServer;
import dev.problemguide.json.testsupport.ProblemSchema;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.InternalServerErrorException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Providers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What is logged, and that no exception text leaks into a response. */
class LoggingAndLeaksIT {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Throws a different kind of exception per path, each with the secret in its message. */
    @Path("leak")
    public static class LeakyResource {
        @GET
        @Path("{kind}")
        public String leak(@PathParam("kind") String kind) throws Exception {
            String secret = TestApi.SECRET;
            switch (kind) {
                case "checked": throw new IOException(secret);
                case "unchecked-io": throw new UncheckedIOException(new IOException(secret));
                case "nested": throw new IllegalStateException(secret, new RuntimeException(secret));
                case "completion": throw new CompletionException(new ConcurrentModificationException(secret));
                case "processing": throw new ProcessingException(secret);
                case "server-wae": throw new InternalServerErrorException(secret);
                case "client-wae": throw new BadRequestException(secret);
                case "error": throw new AssertionError(secret);
                case "stack": throw new StackOverflowError(secret);
                case "crlf": throw new IllegalArgumentException("For input string: \"1\r\nSEVERE: forged line\"");
                default: throw new ArithmeticException(secret);
            }
        }
    }

    private LogCapture log;

    @BeforeEach
    void capture() {
        log = LogCapture.of("dev.problemguide.jersey.ProblemFeature");
    }

    @AfterEach
    void release() {
        log.close();
    }

    private List<LogRecord> records() {
        return log.records();
    }

    @ParameterizedTest
    @ValueSource(strings = {"checked", "unchecked-io", "nested", "completion", "processing", "server-wae",
        "client-wae", "error", "stack", "arithmetic"})
    void shouldNeverLeakAnExceptionsMessageWhenClientMessagesAreOff(String kind) throws IOException {
        ResourceConfig application = new ResourceConfig(LeakyResource.class)
                .register(ProblemFeature.builder().clientErrorMessages(false).build());
        try (LoopbackServer server = LoopbackServer.start(application)) {
            LoopbackServer.Answer answer = server.get("leak/" + kind);

            assertThat(answer.status()).isIn(400, 500);
            assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
            ProblemSchema.assertValid(answer.body());
            assertThat(MAPPER.readTree(answer.body()).path("status").asInt()).isEqualTo(answer.status());
            assertThat(answer.body()).doesNotContain(TestApi.SECRET).doesNotContain("Exception")
                    .doesNotContain("AssertionError").doesNotContain("StackOverflow").doesNotContain("java.");
            answer.headers().forEach((name, values) ->
                    assertThat(values.toString()).as(name).doesNotContain(TestApi.SECRET));
        }
    }

    @Test
    void shouldLogA500AtErrorWithStackTraceAndTheTraceIdOfTheBody() throws IOException {
        try (LoopbackServer server = LoopbackServer.start(new ResourceConfig(LeakyResource.class)
                .register(ProblemFeature.class))) {
            JsonNode body = MAPPER.readTree(server.get("leak/nested").body());

            String traceId = body.path("traceId").asText();
            List<LogRecord> errors = records().stream().filter(r -> r.getLevel() == Level.SEVERE).toList();
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0).getMessage()).contains("500 GET /leak/nested", "traceId=" + traceId,
                    "exception=java.lang.IllegalStateException");
            assertThat(errors.get(0).getThrown()).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void shouldLogA4xxAtDebugInOneLineWithoutStackTrace() {
        try (LoopbackServer server = LoopbackServer.start(new ResourceConfig(TestApi.class)
                .register(ProblemFeature.class))) {
            server.get("api/orders/43");

            List<LogRecord> lines = records().stream().filter(r -> r.getMessage().startsWith("404 ")).toList();
            assertThat(lines).hasSize(1);
            assertThat(lines.get(0).getLevel()).isEqualTo(Level.FINE);
            assertThat(lines.get(0).getThrown()).isNull();
            assertThat(lines.get(0).getMessage()).doesNotContain("\n").contains("/api/orders/43");
        }
    }

    @Test
    void shouldNeverWriteRequestTextThatBreaksALogLine() {
        try (LoopbackServer server = LoopbackServer.start(new ResourceConfig(TestApi.class)
                .register(ProblemFeature.class))) {
            server.get("api/bug%0D%0AINFO:%20forged", "X-Request-Id", "a\tb");
            server.get("nowhere%0aforged");

            assertThat(records()).isNotEmpty().allSatisfy(r -> assertThat(r.getMessage())
                    .doesNotContain("\n").doesNotContain("\r").doesNotContain("\t"));
        }
    }

    @Test
    void shouldRunPostProcessorsInOrderAndSurviveAFailingOne() throws IOException {
        ResourceConfig application = new ResourceConfig(TestApi.class).register(ProblemFeature.builder()
                .postProcessor((problem, context) -> problem.withExtension("tenant", context.header("X-Tenant")))
                .postProcessor((problem, context) -> {
                    throw new IllegalStateException("post-processor " + TestApi.SECRET);
                })
                .postProcessor((problem, context) -> problem.withExtension("seen", context.exception()
                        .map(e -> e.getClass().getSimpleName()).orElse("none")).withStatus(400))
                .build());
        try (LoopbackServer server = LoopbackServer.start(application)) {
            LoopbackServer.Answer answer = server.get("api/orders/43", "X-Tenant", "acme");

            JsonNode json = MAPPER.readTree(answer.body());
            assertThat(answer.status()).isEqualTo(404);
            assertThat(json.path("status").asInt()).as("status is reset to the HTTP status").isEqualTo(404);
            assertThat(json.path("tenant").asText()).isEqualTo("acme");
            assertThat(json.path("seen").asText()).isEqualTo("OrderNotFoundException");
            assertThat(answer.body()).doesNotContain(TestApi.SECRET);
            ProblemSchema.assertValid(answer.body());
        }
    }

    @Test
    void shouldNeverLetAnExceptionMessageStartAForgedLogLine() {
        try (LoopbackServer server = LoopbackServer.start(new ResourceConfig(LeakyResource.class)
                .register(ProblemFeature.class))) {
            server.get("leak/crlf");

            List<LogRecord> errors = records().stream().filter(r -> r.getLevel() == Level.SEVERE).toList();
            assertThat(errors).hasSize(1);
            for (Throwable t = errors.get(0).getThrown(); t != null; t = t.getCause()) {
                assertThat(t.toString()).doesNotContain("\n").doesNotContain("\r").contains("IllegalArgumentException");
                assertThat(t.getStackTrace()).isNotEmpty();
            }
        }
    }

    @Test
    void shouldHonourTheConfiguredLogLevelsAndOff() {
        ResourceConfig application = new ResourceConfig(TestApi.class)
                .property(ProblemProperties.LOG_CLIENT_ERRORS, "off")
                .property(ProblemProperties.LOG_SERVER_ERRORS, "warning");
        try (LoopbackServer server = LoopbackServer.start(application)) {
            server.get("nowhere");
            server.get("api/bug");

            assertThat(records()).noneMatch(r -> r.getMessage().startsWith("404 "));
            assertThat(records()).filteredOn(r -> r.getMessage().startsWith("500 "))
                    .singleElement().satisfies(r -> assertThat(r.getLevel()).isEqualTo(Level.WARNING));
        }
    }

    @Test
    void shouldSkipAFailingPostProcessorAndStillAnswerAValidProblemWithTheRightStatus() throws IOException {
        ResourceConfig application = new ResourceConfig(TestApi.class).register(ProblemFeature.builder()
                .postProcessor((problem, context) -> {
                    throw new AssertionError("post-processor " + TestApi.SECRET);
                })
                .build());
        try (LoopbackServer server = LoopbackServer.start(application)) {
            for (String path : new String[] {"api/orders/43", "nowhere", "api/status/409", "api/bug"}) {
                LoopbackServer.Answer answer = server.get(path);

                assertThat(answer.header("Content-Type")).as(path).isEqualTo("application/problem+json");
                ProblemSchema.assertValid(answer.body());
                assertThat(MAPPER.readTree(answer.body()).path("status").asInt()).isEqualTo(answer.status());
                assertThat(answer.body()).doesNotContain(TestApi.SECRET).doesNotContain("AssertionError");
            }
        }
    }

    /** An application exception with a mapper of the application's own that has a bug. */
    public static class Audited extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /** The application's mapper for {@link Audited}: it fails. */
    public static class BrokenAuditMapper implements ExceptionMapper<Audited> {
        @Override
        public Response toResponse(Audited exception) {
            throw new IllegalStateException("mapper bug " + TestApi.SECRET);
        }
    }

    /** Throws {@link Audited} wrapped, so that Problem Guide unwraps it and hands it to the application's mapper. */
    @Path("audit")
    public static class AuditResource {
        @GET
        public String audit() {
            throw new CompletionException(new Audited());
        }
    }

    @Test
    void shouldAnswerTheGuidesProblemWithTheLoggedTraceIdWhenMappingFails() throws IOException {
        ResourceConfig application = new ResourceConfig(AuditResource.class, BrokenAuditMapper.class)
                .register(ProblemFeature.class);
        try (LoopbackServer server = LoopbackServer.start(application)) {
            LoopbackServer.Answer answer = server.get("audit");

            assertThat(answer.status()).isEqualTo(500);
            assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
            assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
            ProblemSchema.assertValid(answer.body());
            assertThat(answer.body()).doesNotContain(TestApi.SECRET).doesNotContain("IllegalStateException");
            JsonNode body = MAPPER.readTree(answer.body());
            assertThat(body.path("title").asText()).isEqualTo("Internal Server Error");
            String traceId = body.path("traceId").asText();
            assertThat(traceId).isNotEmpty();
            assertThat(records()).filteredOn(r -> r.getLevel() == Level.SEVERE).hasSize(2)
                    .allSatisfy(r -> assertThat(r.getMessage()).endsWith("traceId=" + traceId));
            assertThat(records()).extracting(LogRecord::getMessage)
                    .contains("Problem Guide failed to map an exception; traceId=" + traceId);
        }
    }

    /** An exception whose placeholder value's text cannot be made. */
    public static class Unprintable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Object getValue() {
            return new Object() {
                @Override
                public String toString() {
                    throw new IllegalStateException("toString bug " + TestApi.SECRET);
                }
            };
        }
    }

    @Path("unprintable")
    public static class UnprintableResource {
        @GET
        public String get() {
            throw new Unprintable();
        }
    }

    @Test
    void shouldAnswerTheGuidesProblemForTheSameStatusWhenCompletingTheProblemFails() throws IOException {
        ResourceConfig application = new ResourceConfig(UnprintableResource.class)
                .register(ProblemFeature.builder().messages("messages/unprintable").build());
        try (LoopbackServer server = LoopbackServer.start(application)) {
            LoopbackServer.Answer answer = server.get("unprintable");

            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
            ProblemSchema.assertValid(answer.body());
            JsonNode body = MAPPER.readTree(answer.body());
            assertThat(body.path("title").asText()).isEqualTo("Not Found");
            assertThat(body.path("detail").asText()).doesNotContain("is not here");
            assertThat(answer.body()).doesNotContain(TestApi.SECRET);
            assertThat(records()).filteredOn(r -> r.getLevel() == Level.SEVERE).singleElement()
                    .satisfies(r -> assertThat(r.getMessage()).startsWith(
                            "Problem Guide failed to build the problem of a 404 response; traceId="));
        }
    }

    /** Puts the pending entity of Problem Guide's own mapper into a response after its filter ran. */
    @Priority(Integer.MAX_VALUE - 1)
    public static class LateSwap implements ContainerResponseFilter {
        @Context
        private Providers providers;

        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (request.getUriInfo().getPath().equals("swap")) {
                ExceptionMapper<Throwable> ours = providers.getExceptionMapper(Throwable.class);
                Response mapped = ours.toResponse(new IllegalStateException("swapped " + TestApi.SECRET));
                response.setStatus(mapped.getStatus());
                response.setEntity(mapped.getEntity(), new Annotation[0], MediaType.TEXT_PLAIN_TYPE);
            }
        }
    }

    @Path("swap")
    public static class SwapResource {
        @GET
        public String get() {
            return "fine";
        }
    }

    @Test
    void shouldCompleteAPendingProblemThatReachesTheWriterWithoutTheFilter() throws IOException {
        ResourceConfig application = new ResourceConfig(SwapResource.class, LateSwap.class)
                .register(ProblemFeature.class);
        try (LoopbackServer server = LoopbackServer.start(application)) {
            LoopbackServer.Answer answer = server.get("swap");

            assertThat(answer.status()).isEqualTo(500);
            assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
            ProblemSchema.assertValid(answer.body());
            JsonNode body = MAPPER.readTree(answer.body());
            assertThat(body.path("status").asInt()).isEqualTo(500);
            assertThat(body.path("instance").asText()).isEqualTo("/swap");
            assertThat(answer.body()).doesNotContain(TestApi.SECRET).doesNotContain("IllegalStateException")
                    .doesNotContain("Pending");
            assertThat(records()).filteredOn(r -> r.getLevel() == Level.SEVERE).singleElement()
                    .satisfies(r -> assertThat(r.getMessage()).contains("traceId=" + body.path("traceId").asText()));
        }
    }
}
