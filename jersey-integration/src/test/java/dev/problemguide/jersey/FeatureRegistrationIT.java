package dev.problemguide.jersey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.problemguide.json.testsupport.LoopbackServer;
import dev.problemguide.json.testsupport.ProblemSchema;
import java.io.IOException;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the feature gets into an application: auto-discovery, explicit registration, properties. */
class FeatureRegistrationIT {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode problem(LoopbackServer.Answer response, int status) throws IOException {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
        ProblemSchema.assertValid(response.body());
        return MAPPER.readTree(response.body());
    }

    @Test
    void shouldRegisterItselfWhenTheJarIsPresent() throws IOException {
        try (LoopbackServer server = LoopbackServer.start(new ResourceConfig(TestApi.class))) {
            assertThat(problem(server.get("nowhere"), 404).path("title").asText()).isEqualTo("Not Found");
            assertThat(problem(server.get("api/bug"), 500).has("traceId")).isTrue();
        }
    }

    @ParameterizedTest
    @CsvSource({"jersey.config.disableAutoDiscovery, true", "jersey.config.server.disableAutoDiscovery, true",
        "problemguide.autoDiscovery, false"})
    void shouldStayOutWhenAutoDiscoveryIsOff(String property, String value) {
        try (LoopbackServer server = LoopbackServer.start(new ResourceConfig(TestApi.class).property(property, value))) {
            LoopbackServer.Answer response = server.get("nowhere");

            assertThat(response.status()).isEqualTo(404);
            assertThat(String.valueOf(response.header("Content-Type"))).doesNotContain("problem");
        }
    }

    @Test
    void shouldLetAnExplicitRegistrationWithOptionsWinOverAutoDiscovery() throws IOException {
        ResourceConfig application = new ResourceConfig(TestApi.class)
                .register(ProblemFeature.builder().instance(InstanceStrategy.NONE).build());
        try (LoopbackServer server = LoopbackServer.start(application)) {
            assertThat(problem(server.get("nowhere"), 404).has("instance")).isFalse();
        }
    }

    @Test
    void shouldBeHarmlessToRegisterTwice() throws IOException {
        ResourceConfig application = new ResourceConfig(TestApi.class)
                .register(ProblemFeature.builder().instance(InstanceStrategy.NONE).build())
                .register(ProblemFeature.class)
                .register(new ProblemFeature());
        try (LoopbackServer server = LoopbackServer.start(application)) {
            JsonNode json = problem(server.get("api/orders/43"), 404);
            assertThat(json.has("instance")).isFalse();
            assertThat(json.path("orderId").asLong()).isEqualTo(43);
        }
    }

    /** A library's feature that brings its own ProblemFeature with other options. */
    public static final class LibraryFeature implements jakarta.ws.rs.core.Feature {
        @Override
        public boolean configure(jakarta.ws.rs.core.FeatureContext context) {
            context.register(ProblemFeature.builder().instance(InstanceStrategy.TRACE_ID).build());
            return true;
        }
    }

    @Test
    void shouldLetTheFirstOfTwoConfiguredFeaturesWin() throws IOException {
        ResourceConfig application = new ResourceConfig(TestApi.class)
                .register(ProblemFeature.builder().instance(InstanceStrategy.NONE).build())
                .register(new LibraryFeature());
        try (LoopbackServer server = LoopbackServer.start(application)) {
            JsonNode json = problem(server.get("nowhere"), 404);

            assertThat(json.has("instance")).isFalse();
            assertThat(json.has("traceId")).isFalse();
        }
    }

    @Test
    void shouldReadEveryOptionFromProperties() throws IOException {
        ResourceConfig application = new ResourceConfig(TestApi.class)
                .property(ProblemProperties.INSTANCE, "trace-id")
                .property(ProblemProperties.TYPE_BASE_URI, "https://docs.example.com/problems/")
                .property(ProblemProperties.CLIENT_ERROR_MESSAGES, "false")
                .property(ProblemProperties.LOG_CLIENT_ERRORS, "off")
                .property(ProblemProperties.LOG_SERVER_ERRORS, "warning");
        try (LoopbackServer server = LoopbackServer.start(application)) {
            JsonNode mapped = problem(server.get("api/orders/43", "traceparent",
                    "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"), 404);
            assertThat(mapped.path("type").asText()).isEqualTo("https://docs.example.com/problems/order-not-found");
            assertThat(mapped.path("traceId").asText()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
            assertThat(mapped.path("instance").asText()).isEqualTo("urn:uuid:4bf92f35-77b3-4da6-a3ce-929d0e0e4736");

            JsonNode wae = problem(server.get("api/orders/42"), 404);
            assertThat(wae.path("detail").asText()).startsWith("We're sorry");
            assertThat(wae.path("instance").asText()).startsWith("urn:uuid:");
        }
    }

    @Test
    void shouldLetBuilderOptionsWinOverProperties() throws IOException {
        ResourceConfig application = new ResourceConfig(TestApi.class)
                .property(ProblemProperties.INSTANCE, "trace-id")
                .register(ProblemFeature.builder().instance(InstanceStrategy.REQUEST_PATH).build());
        try (LoopbackServer server = LoopbackServer.start(application)) {
            assertThat(problem(server.get("nowhere"), 404).path("instance").asText()).isEqualTo("/nowhere");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "problemguide.instance        | everywhere | problemguide.instance must be path, none or trace-id",
        "problemguide.typeBaseUri     | problems/  | problemguide.typeBaseUri must be an absolute URI",
        "problemguide.clientErrorMessages | yes    | problemguide.clientErrorMessages must be true or false",
        "problemguide.log.serverErrors | LOUD      | problemguide.log.serverErrors must be a System.Logger level",
        "problemguide.typeBaseURI     | x          | Unknown property problemguide.typeBaseURI",
        "problemguide.validationStatus | 500       | problemguide.validationStatus must be 422 or 400",
        "problemguide.autoDiscovery   | maybe      | problemguide.autoDiscovery must be true or false",
        "problemguide.downstreamProblems | proxy   | downstreamProblems must be bad-gateway, status or forward",
        "problemguide.downstreamProblems | BAD_GATEWAY | downstreamProblems must be bad-gateway, status or forward",
        "problemguide.test.extr       | 1          | problemguide.test.extra"
    })
    void shouldRefuseToStartWithABadPropertyValue(String property, String value, String message) {
        ResourceConfig application = new ResourceConfig(TestApi.class).property(property, value)
                .register(ProblemFeature.class);

        assertThatThrownBy(() -> new ApplicationHandler(application))
                .hasStackTraceContaining(message);
    }

    @Test
    void shouldAcceptTheOptionsOfEveryProblemGuideModuleAndTakeAnEmptyValueAsTheDefault() throws IOException {
        // TestOptions, registered as an OptionSet service by this module's tests, stands for another module.
        ResourceConfig application = new ResourceConfig(TestApi.class).property("problemguide.test.extra", "1")
                .property(ProblemProperties.TYPE_BASE_URI, " ")
                .property(ProblemProperties.LOG_CLIENT_ERRORS, "warning").register(ProblemFeature.class);
        try (LoopbackServer server = LoopbackServer.start(application)) {
            problem(server.get("nowhere"), 404);
        }
    }

    @Test
    void shouldIgnoreClientChosenTraceIdsWhenTheyAreNotTrusted() throws IOException {
        String traceparent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
        ResourceConfig untrusted = new ResourceConfig(TestApi.class)
                .property(ProblemProperties.TRUST_CLIENT_TRACE_IDS, "false").register(ProblemFeature.class);
        try (LoopbackServer server = LoopbackServer.start(untrusted)) {
            String traceId = problem(server.get("api/bug", "traceparent", traceparent, "X-Request-Id", "mine"), 500)
                    .path("traceId").asText();
            assertThat(traceId).isNotEqualTo("0af7651916cd43dd8448eb211c80319c").isNotEqualTo("mine").hasSize(36);
        }
        ResourceConfig trusted = new ResourceConfig(TestApi.class)
                .register(ProblemFeature.builder().trustClientTraceIds(true).build());
        try (LoopbackServer server = LoopbackServer.start(trusted)) {
            assertThat(problem(server.get("api/bug", "traceparent", traceparent), 500).path("traceId").asText())
                    .isEqualTo("0af7651916cd43dd8448eb211c80319c");
        }
    }

    @Test
    void shouldKeepServletContainersFromReplacingTheBody() {
        ApplicationHandler handler = new ApplicationHandler(new ResourceConfig(TestApi.class)
                .register(ProblemFeature.class));

        assertThat(handler.getConfiguration().getProperty("jersey.config.server.response.setStatusOverSendError"))
                .isEqualTo(true);
    }
}
