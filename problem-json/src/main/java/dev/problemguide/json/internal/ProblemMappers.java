package dev.problemguide.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.problemguide.json.ProblemModule;
import java.io.IOException;

/**
 * The mappers Problem Guide uses when the application provides none, and the derivation of a safe
 * writer for extension values from an application's mapper.
 */
public final class ProblemMappers {

    private static final JsonMapper DEFAULT = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new ProblemModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            // Read numbers exactly, so that 19.90 read from a problem is written back as 19.90.
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
            .build();

    private ProblemMappers() {
    }

    /**
     * Returns the default mapper: {@code java.time} values as ISO-8601 text, decimals read exactly, Throwables refused, problems
     * read and written by Problem Guide's own (de)serializer, streams left open for Jakarta REST to close.
     *
     * @return a shared mapper; never reconfigure it
     */
    public static JsonMapper defaultMapper() {
        return DEFAULT;
    }

    /**
     * Derives, from an application's mapper, the writer for extension values: the application's serializers
     * and settings for the values themselves, but no root wrapping, no indentation, no default typing, and
     * Throwables refused wherever they are nested.
     *
     * @param applicationMapper the application's mapper
     * @return the writer
     */
    public static ObjectWriter extensionValueWriter(ObjectMapper applicationMapper) {
        ObjectMapper guarded;
        try {
            // Default typing would write JDK class names into extension values.
            guarded = applicationMapper.copy().deactivateDefaultTyping().registerModule(throwableGuard());
        } catch (IllegalStateException e) {
            // A subclass that does not override copy(): use it as it is; top-level Throwables are still refused.
            guarded = applicationMapper;
        }
        return guarded.writer()
                .without(SerializationFeature.WRAP_ROOT_VALUE)
                .without(SerializationFeature.INDENT_OUTPUT);
    }

    /**
     * Returns a module whose serializer for every Throwable fails while a problem's extension members are
     * written, so that the member holding it is dropped; elsewhere Throwables serialize as before.
     *
     * @return a new module
     */
    public static SimpleModule throwableGuard() {
        return new SimpleModule("ProblemGuideThrowableGuard").setSerializerModifier(throwableGuardModifier());
    }

    /**
     * Returns the serializer modifier behind {@link #throwableGuard()}.
     *
     * @return a new modifier
     */
    public static BeanSerializerModifier throwableGuardModifier() {
        return new BeanSerializerModifier() {
            private static final long serialVersionUID = 1L;

            @Override
            public JsonSerializer<?> modifySerializer(SerializationConfig config, BeanDescription description,
                                                      JsonSerializer<?> serializer) {
                if (Throwable.class.isAssignableFrom(description.getBeanClass())) {
                    @SuppressWarnings("unchecked")
                    JsonSerializer<Object> original = (JsonSerializer<Object>) serializer;
                    return new RefusingSerializer(original);
                }
                return serializer;
            }
        };
    }

    /**
     * Refuses to serialize a Throwable inside a problem: its message, class and stack trace must never reach
     * a client. Outside a problem it leaves the work to the serializer it replaced.
     */
    private static final class RefusingSerializer extends StdSerializer<Throwable> {
        private static final long serialVersionUID = 1L;
        private final transient JsonSerializer<Object> original;

        RefusingSerializer(JsonSerializer<Object> original) {
            super(Throwable.class);
            this.original = original;
        }

        @Override
        public void serialize(Throwable value, JsonGenerator generator, SerializerProvider provider)
                throws IOException {
            if (ProblemJsonEmitter.insideProblem() || original == null) {
                provider.reportMappingProblem("A Throwable is never serialized in a problem");
                return;
            }
            original.serialize(value, generator, provider);
        }
    }
}
