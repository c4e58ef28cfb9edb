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

/**
 * The mappers Problem Guide uses when the application provides none, and the derivation of a safe
 * writer for extension values from an application's mapper.
 */
public final class ProblemMappers {

    private static final JsonMapper DEFAULT = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(throwableGuard())
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
     * and settings for the values themselves, but no root wrapping, no indentation, and Throwables refused
     * wherever they are nested.
     *
     * @param applicationMapper the application's mapper
     * @return the writer
     */
    public static ObjectWriter extensionValueWriter(ObjectMapper applicationMapper) {
        ObjectMapper guarded;
        try {
            guarded = applicationMapper.copy().registerModule(throwableGuard());
        } catch (IllegalStateException e) {
            // A subclass that does not override copy(): use it as it is; top-level Throwables are still refused.
            guarded = applicationMapper;
        }
        return guarded.writer()
                .without(SerializationFeature.WRAP_ROOT_VALUE)
                .without(SerializationFeature.INDENT_OUTPUT);
    }

    /** A module whose serializer for every Throwable fails, so that the member holding it is dropped. */
    private static SimpleModule throwableGuard() {
        SimpleModule module = new SimpleModule("ProblemGuideThrowableGuard");
        module.setSerializerModifier(new BeanSerializerModifier() {
            private static final long serialVersionUID = 1L;

            @Override
            public JsonSerializer<?> modifySerializer(SerializationConfig config, BeanDescription description,
                                                      JsonSerializer<?> serializer) {
                if (Throwable.class.isAssignableFrom(description.getBeanClass())) {
                    return new RefusingSerializer();
                }
                return serializer;
            }
        });
        return module;
    }

    /** Refuses to serialize: a Throwable's message, class and stack trace must never reach a client. */
    private static final class RefusingSerializer extends StdSerializer<Throwable> {
        private static final long serialVersionUID = 1L;

        RefusingSerializer() {
            super(Throwable.class);
        }

        @Override
        public void serialize(Throwable value, JsonGenerator generator, SerializerProvider provider)
                throws java.io.IOException {
            provider.reportMappingProblem("A Throwable is never serialized in a problem");
        }
    }
}
