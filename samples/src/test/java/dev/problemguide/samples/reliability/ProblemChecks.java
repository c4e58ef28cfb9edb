package dev.problemguide.samples.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.problemguide.json.testsupport.ProblemSchema;
import java.io.IOException;
import java.util.Map;

/** The checks every error response of the reliability tests must pass. */
final class ProblemChecks {

    static final String MARKER = "SECRET-c0ffee";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ProblemChecks() {
    }

    /** Asserts a valid problem whose status is the HTTP status, with no marker in body or headers. */
    static void assertProblem(int status, Map<String, String> headers, String contentType, String body, String what) {
        assertThat(status).as("status of %s", what).isBetween(400, 599);
        assertThat(contentType).as("content type of %s: %s", what, body).isEqualTo("application/problem+json");
        assertThat(body).as(what).isNotBlank().doesNotContain("<html").doesNotContain(MARKER);
        ProblemSchema.assertValid(body);
        try {
            JsonNode json = MAPPER.readTree(body);
            assertThat(json.path("status").asInt()).as("status member of %s", what).isEqualTo(status);
        } catch (IOException e) {
            throw new AssertionError(what + ": not JSON: " + body, e);
        }
        headers.forEach((name, value) -> assertThat(value).as("header %s of %s", name, what).doesNotContain(MARKER));
    }
}
