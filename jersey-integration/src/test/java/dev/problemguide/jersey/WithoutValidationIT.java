package dev.problemguide.jersey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.problemguide.json.testsupport.LoopbackServer;
import dev.problemguide.json.testsupport.ProblemSchema;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.util.Map;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;

/**
 * Runs in a failsafe execution of its own whose class path lacks Hibernate Validator and
 * jersey-bean-validation (the Bean Validation API comes with jersey-server): an application that does not
 * validate must not need them.
 */
class WithoutValidationIT {

    /** Takes a JSON body, validates nothing. */
    @Path("plain")
    public static class PlainResource {
        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        public String take(Map<String, Integer> body) {
            return "ok";
        }
    }

    @Test
    void shouldRunWithoutAValidationProvider() {
        assertThatThrownBy(() -> Class.forName("org.hibernate.validator.HibernateValidator"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("org.glassfish.jersey.server.validation.ValidationFeature"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void shouldStillAnswerInputErrorsAndOtherErrorsWithProblems() throws IOException {
        try (LoopbackServer server = LoopbackServer.start(new ResourceConfig(PlainResource.class, JacksonFeature.class,
                ProblemFeature.class))) {
            LoopbackServer.Answer malformed = server.send("POST", "plain", "application/json", "{\"a\":");
            LoopbackServer.Answer wrongType = server.send("POST", "plain", "application/json", "{\"a\":\"x\"}");
            LoopbackServer.Answer missing = server.get("nowhere");

            assertThat(malformed.status()).isEqualTo(400);
            assertThat(wrongType.status()).isEqualTo(400);
            assertThat(new ObjectMapper().readTree(wrongType.body()).path("errors").get(0).path("pointer").asText())
                    .isEqualTo("#/a");
            assertThat(missing.status()).isEqualTo(404);
            for (LoopbackServer.Answer answer : new LoopbackServer.Answer[] {malformed, wrongType, missing}) {
                assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
                ProblemSchema.assertValid(answer.body());
            }
        }
    }
}
