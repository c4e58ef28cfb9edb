package dev.problemguide.jersey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.problemguide.json.testsupport.ProblemSchema;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** Assertions every problem response must pass. */
final class ProblemAssertions {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ProblemAssertions() {
    }

    /** A response read once: status, headers and body. */
    record Answer(int status, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> String.join(",", e.getValue())).findFirst().orElse(null);
        }

        JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static Answer read(Response response) {
        String body = response.hasEntity() ? response.readEntity(String.class) : "";
        return new Answer(response.getStatus(), response.getStringHeaders(), body);
    }

    /**
     * Asserts a valid problem with the status, in application/problem+json, leaking no secret.
     *
     * @return the body as JSON
     */
    static JsonNode assertProblem(Answer answer, int status) {
        assertThat(answer.status()).as("HTTP status of %s", answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        ProblemSchema.assertValid(answer.body());
        JsonNode json = answer.json();
        assertThat(json.path("status").asInt()).as("status member").isEqualTo(status);
        assertThat(json.path("type").isTextual()).isTrue();
        assertNoLeak(answer);
        return json;
    }

    static void assertNoLeak(Answer answer) {
        assertThat(answer.body()).doesNotContain(TestApi.SECRET).doesNotContain("Exception").doesNotContain("\tat ");
        answer.headers().forEach((name, values) -> assertThat(values.toString()).as(name).doesNotContain(TestApi.SECRET));
    }
}
