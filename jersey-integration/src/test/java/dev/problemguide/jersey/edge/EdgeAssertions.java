package dev.problemguide.jersey.edge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.problemguide.json.testsupport.ProblemSchema;
import dev.problemguide.json.testsupport.RawHttp.Answer;
import java.io.IOException;
import java.io.UncheckedIOException;

/** What every guard's answer must be: a problem of the status, and nothing of the container's or an exception's. */
final class EdgeAssertions {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EdgeAssertions() {
    }

    /**
     * Asserts a problem of the status in {@code application/problem+json} with {@code nosniff}, valid by the RFC's
     * schema, with no exception name or stack frame in it nor any of the container's own words given, and parses it.
     */
    static JsonNode problem(Answer answer, int status, String... containersWords) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        ProblemSchema.assertValid(answer.body());
        assertThat(answer.body()).doesNotContain("Exception", "\tat ", "<html");
        for (String word : containersWords) {
            assertThat(answer.body()).doesNotContain(word);
        }
        try {
            JsonNode problem = JSON.readTree(answer.body());
            assertThat(problem.path("status").asInt()).isEqualTo(status);
            return problem;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts the answer to a {@code HEAD}: the problem's status and headers, its length, and no body. */
    static void headProblem(Answer answer, int status) {
        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(Integer.parseInt(answer.header("Content-Length"))).isPositive();
        assertThat(answer.body()).isEmpty();
    }
}
