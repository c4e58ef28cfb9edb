package dev.problemguide.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.problemguide.Problem;
import java.io.IOException;

/**
 * Serializes a {@link Problem} inside any {@code ObjectMapper}: the same bytes as the Jakarta REST writer,
 * extension values rendered with that mapper's own serializers.
 */
public final class ProblemSerializer extends StdSerializer<Problem> {

    private static final long serialVersionUID = 1L;

    /** Creates the serializer. */
    public ProblemSerializer() {
        super(Problem.class);
    }

    @Override
    public void serialize(Problem problem, JsonGenerator generator, SerializerProvider provider) throws IOException {
        ProblemJsonEmitter.write(problem, generator, provider::defaultSerializeValue);
    }
}
