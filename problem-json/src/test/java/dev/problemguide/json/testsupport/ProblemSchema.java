package dev.problemguide.json.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;

/**
 * Validates JSON against the JSON Schema of RFC 9457 Appendix A, with format assertions on, so that
 * {@code type} and {@code instance} must be URI references. Shared with other modules as a test jar.
 */
public final class ProblemSchema {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchema SCHEMA = load();

    private ProblemSchema() {
    }

    private static JsonSchema load() {
        try (InputStream in = ProblemSchema.class.getResourceAsStream("rfc9457-problem.schema.json")) {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns the schema violations of a JSON text.
     *
     * @param json the text
     * @return the violations; empty when valid
     */
    public static Set<String> violations(String json) {
        try {
            JsonNode node = MAPPER.readTree(json);
            Set<String> messages = new TreeSet<>();
            for (ValidationMessage message : SCHEMA.validate(node)) {
                messages.add(message.getMessage());
            }
            return messages;
        } catch (IOException e) {
            throw new AssertionError("Not JSON: " + json, e);
        }
    }

    /**
     * Asserts that a JSON text is a valid RFC 9457 problem object.
     *
     * @param json the text
     */
    public static void assertValid(String json) {
        assertThat(json).as("problem body").startsWith("{");
        assertThat(violations(json)).as("schema violations of %s", json).isEmpty();
    }

    /**
     * Asserts that UTF-8 bytes are a valid RFC 9457 problem object.
     *
     * @param json the bytes
     */
    public static void assertValid(byte[] json) {
        assertValid(new String(json, StandardCharsets.UTF_8));
    }
}
