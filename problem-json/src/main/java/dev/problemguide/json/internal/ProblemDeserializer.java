package dev.problemguide.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.problemguide.Problem;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * Reads a problem details JSON object tolerantly, as RFC 9457 section 3.1 asks of consumers: a standard
 * member whose value has the wrong JSON type (or is not a URI reference, or not a status from 100 to 599)
 * is ignored as if absent; other members become extensions, read as plain JSON values (maps, lists,
 * strings, numbers, booleans, {@code null}); a missing {@code type} means {@code about:blank}.
 */
public final class ProblemDeserializer extends StdDeserializer<Problem> {

    private static final long serialVersionUID = 1L;

    /** Creates the deserializer. */
    public ProblemDeserializer() {
        super(Problem.class);
    }

    @Override
    public Problem deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            token = parser.nextToken();
        }
        if (token != JsonToken.FIELD_NAME && token != JsonToken.END_OBJECT) {
            return (Problem) context.handleUnexpectedToken(Problem.class, parser);
        }
        Problem.Builder builder = Problem.builder();
        for (; token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
            String name = parser.currentName();
            JsonToken valueToken = parser.nextToken();
            switch (name) {
                case "type" -> {
                    URI type = uriOrNull(parser, valueToken);
                    if (type != null) {
                        builder.type(type);
                    }
                }
                case "instance" -> {
                    URI instance = uriOrNull(parser, valueToken);
                    if (instance != null) {
                        builder.instance(instance);
                    }
                }
                case "title" -> {
                    if (valueToken == JsonToken.VALUE_STRING) {
                        builder.title(parser.getText());
                    } else {
                        parser.skipChildren();
                    }
                }
                case "detail" -> {
                    if (valueToken == JsonToken.VALUE_STRING) {
                        builder.detail(parser.getText());
                    } else {
                        parser.skipChildren();
                    }
                }
                case "status" -> readStatus(parser, valueToken, builder);
                default -> {
                    Object value = context.readValue(parser, Object.class);
                    if (!name.isEmpty()) {
                        builder.extension(name, value);
                    }
                }
            }
        }
        return builder.build();
    }

    private static void readStatus(JsonParser parser, JsonToken valueToken, Problem.Builder builder)
            throws IOException {
        if (valueToken == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT) {
            int status = parser.getIntValue();
            if (status >= 100 && status <= 599) {
                builder.status(status);
            }
        } else {
            parser.skipChildren();
        }
    }

    /** Returns the member's URI reference, or {@code null} when it is not a string or not a URI reference. */
    private static URI uriOrNull(JsonParser parser, JsonToken valueToken) throws IOException {
        if (valueToken != JsonToken.VALUE_STRING) {
            parser.skipChildren();
            return null;
        }
        try {
            return new URI(parser.getText());
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
