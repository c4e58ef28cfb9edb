package dev.problemguide.compat.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.problemguide.json.testsupport.ProblemSchema;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The expected answers of a table, one JSON file a row: {@code status} (0 for a connection closed without an
 * answer); {@code headers}, each with its one value, or {@code null} for a header that must be absent; {@code body},
 * {@code null} for none, an object compared structurally (a member given as {@value #ANY_UUID} holds a UUID, one
 * given as {@value #ANY} anything), or a string for a body that is not JSON; and {@code "answeredBy": "container"}
 * for the container's own answer that no guard can change, which the README lists; {@code warningsFrom}, the loggers
 * of the container's own WARNING lines that such a row may cause. A file in the container's own
 * folder ({@code matrix/edge/jdk/...}) takes the place of the common one for that container.
 */
final class Fixtures {

    /** In a fixture, a member whose value is a random UUID (the {@code traceId} of a 500). */
    static final String ANY_UUID = "<uuid>";

    /** In a fixture, a member whose value may be anything (the instance of a 20 KB path). */
    static final String ANY = "<any>";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private Fixtures() {
    }

    /**
     * Reads a row's fixture: {@code <folder>/<container>/<name>.json} where that container answers otherwise, else
     * {@code <folder>/<name>.json}.
     */
    static JsonNode load(String folder, String container, String name) throws IOException {
        InputStream own = Fixtures.class.getResourceAsStream("/" + folder + "/" + container + "/" + name + ".json");
        try (InputStream in = own != null ? own : Fixtures.class.getResourceAsStream("/" + folder + "/" + name + ".json")) {
            assertThat(in).as("fixture %s/%s.json", folder, name).isNotNull();
            return MAPPER.readTree(in);
        }
    }

    /**
     * Asserts an answer is the fixture's: status, headers, body; and, unless the fixture says the container answers
     * on its own, that nothing internal leaks and the body is a valid problem.
     *
     * @param expected the fixture
     * @param status   the answer's status
     * @param headers  a header's values by name
     * @param body     the body
     * @param secret   what must not appear anywhere
     */
    static void assertAnswer(JsonNode expected, int status, Function<String, List<String>> headers, String body,
            String secret) throws IOException {
        assertThat(status).as("status, body %s", body).isEqualTo(expected.path("status").asInt());
        for (Map.Entry<String, JsonNode> header : expected.path("headers").properties()) {
            List<String> values = headers.apply(header.getKey());
            if (header.getValue().isNull()) {
                assertThat(values).as("%s, absent", header.getKey()).isEmpty();
            } else {
                assertThat(values).as(header.getKey()).containsExactly(header.getValue().asText());
            }
        }
        JsonNode expectedBody = expected.path("body");
        if (expectedBody.isNull() || expectedBody.isMissingNode()) {
            assertThat(body).isEmpty();
        } else if (expectedBody.isTextual()) {
            assertThat(body).isEqualTo(expectedBody.asText());
        } else {
            assertThat(withPlaceholders(MAPPER.readTree(body), expectedBody)).as("body").isEqualTo(expectedBody);
        }
        if (!"container".equals(expected.path("answeredBy").asText())) {
            assertThat(body).doesNotContain(secret).doesNotContain("Exception").doesNotContain("\tat ");
            if (expectedBody.isObject() && expectedBody.has("status")) {
                ProblemSchema.assertValid(body);
            }
        }
    }

    /** The loggers whose WARNING lines the fixture lets a client's request cause: the container's own, listed. */
    static List<String> warningsFrom(JsonNode expected) {
        List<String> loggers = new ArrayList<>();
        expected.path("warningsFrom").forEach(logger -> loggers.add(logger.asText()));
        return loggers;
    }

    /** The actual body, with each member the fixture gives as a placeholder set to it where it matches. */
    private static JsonNode withPlaceholders(JsonNode actual, JsonNode expected) {
        if (actual instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> member : expected.properties()) {
                String value = member.getValue().asText();
                JsonNode real = object.path(member.getKey());
                if (ANY.equals(value) && real.isValueNode()
                        || ANY_UUID.equals(value) && UUID.matcher(real.asText()).matches()) {
                    object.put(member.getKey(), value);
                }
            }
        }
        return actual;
    }
}
