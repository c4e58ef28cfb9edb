package dev.problemguide.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.problemguide.Problem;
import dev.problemguide.json.ProblemJsonWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads the test fixtures and renders problems as JSON trees, so that a decoded problem is compared with
 * its expected fixture structurally (Jackson's {@code JsonNode} equality), not as text.
 */
final class Fixtures {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ProblemJsonWriter WRITER = new ProblemJsonWriter();

    private Fixtures() {
    }

    /**
     * Reads a fixture's bytes.
     *
     * @param name the fixture's path under the class path root, such as {@code foreign/x.json}
     * @return the bytes
     */
    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a fixture as a JSON tree.
     *
     * @param name the fixture's path
     * @return the tree
     */
    static JsonNode json(String name) {
        return parse(bytes(name));
    }

    /**
     * Renders a problem as the {@link ProblemJsonWriter} writes it, read back as a JSON tree.
     *
     * @param problem the problem
     * @return the tree
     */
    static JsonNode json(Problem problem) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            WRITER.write(problem, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parse(out.toByteArray());
    }

    /**
     * Converts an extension value (maps, lists, strings, numbers) to a JSON tree.
     *
     * @param value the value
     * @return the tree
     */
    static JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }

    private static JsonNode parse(byte[] json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
