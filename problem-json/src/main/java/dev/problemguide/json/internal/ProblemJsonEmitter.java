package dev.problemguide.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import dev.problemguide.Problem;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;

/**
 * Streams a {@link Problem} as one JSON object: {@code type}, {@code title}, {@code status}, {@code detail},
 * {@code instance}, then the extension members in insertion order (RFC 9457 section 3).
 *
 * <p>The standard member names are written literally, so no naming strategy or other mapper setting can
 * change them. Absent members are omitted; {@code type} is always written. An extension value is first
 * serialized into a token buffer, so one that fails leaves nothing behind: the member is dropped and
 * logged, and the body stays a valid problem. Scalars skip the buffer.
 */
public final class ProblemJsonEmitter {

    private static final System.Logger LOG = System.getLogger(ProblemJsonEmitter.class.getName());
    private static final SerializedString TYPE = new SerializedString("type");
    private static final SerializedString TITLE = new SerializedString("title");
    private static final SerializedString STATUS = new SerializedString("status");
    private static final SerializedString DETAIL = new SerializedString("detail");
    private static final TextCache TEXTS = new TextCache(4096);

    /** Set while extension values are written, so Throwables nested in them can be refused. */
    private static final ThreadLocal<Boolean> INSIDE = new ThreadLocal<>();

    /** Serializes one extension value into a generator, the way some mapper is configured to. */
    @FunctionalInterface
    public interface ValueWriter {
        /**
         * Writes a value.
         *
         * @param value  a non-null value that is not a plain scalar
         * @param target where to write it
         * @throws IOException if the value cannot be serialized
         */
        void write(Object value, JsonGenerator target) throws IOException;
    }

    private ProblemJsonEmitter() {
    }

    /**
     * Writes a problem as a JSON object.
     *
     * @param problem   the problem
     * @param generator the target, positioned where a value may start
     * @param values    how extension values other than scalars are serialized
     * @throws IOException if the generator fails
     */
    public static void write(Problem problem, JsonGenerator generator, ValueWriter values) throws IOException {
        generator.writeStartObject();
        generator.writeFieldName(TYPE);
        generator.writeString(TEXTS.of(problem.type().toString()));
        if (problem.title() != null) {
            generator.writeFieldName(TITLE);
            generator.writeString(TEXTS.of(problem.title()));
        }
        if (problem.status() != null) {
            generator.writeFieldName(STATUS);
            generator.writeNumber(problem.status());
        }
        if (problem.detail() != null) {
            generator.writeFieldName(DETAIL);
            generator.writeString(TEXTS.of(problem.detail()));
        }
        if (problem.instance() != null) {
            generator.writeStringField("instance", problem.instance().toString());
        }
        if (!problem.extensions().isEmpty()) {
            Boolean outer = INSIDE.get();
            INSIDE.set(Boolean.TRUE);
            try {
                for (Map.Entry<String, Object> member : problem.extensions().entrySet()) {
                    writeExtension(member.getKey(), member.getValue(), generator, values);
                }
            } finally {
                INSIDE.set(outer);
            }
        }
        generator.writeEndObject();
    }

    /**
     * Tells whether the current thread is writing a problem's extension members.
     *
     * @return {@code true} inside {@link #write}'s extension loop
     */
    public static boolean insideProblem() {
        return INSIDE.get() != null;
    }

    private static void writeExtension(String name, Object value, JsonGenerator generator, ValueWriter values)
            throws IOException {
        if (writeScalar(name, value, generator)) {
            return;
        }
        if (value instanceof Throwable) {
            // An exception serialized as a bean would expose its message, class and stack trace.
            LOG.log(Level.WARNING, "Dropped extension member ''{0}'' of a problem: a {1} is never serialized",
                    name, value.getClass().getName());
            return;
        }
        TokenBuffer buffer = new TokenBuffer(generator.getCodec(), false);
        try {
            values.write(value, buffer);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Dropped extension member '" + name + "' of a problem: its value of type "
                    + value.getClass().getName() + " could not be serialized", e);
            return;
        }
        generator.writeFieldName(name);
        buffer.serialize(generator);
    }

    private static boolean writeScalar(String name, Object value, JsonGenerator generator) throws IOException {
        if (value == null) {
            generator.writeNullField(name);
        } else if (value instanceof String text) {
            generator.writeStringField(name, text);
        } else if (value instanceof Boolean flag) {
            generator.writeBooleanField(name, flag);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte) {
            generator.writeNumberField(name, ((Number) value).longValue());
        } else if (value instanceof BigDecimal decimal) {
            generator.writeNumberField(name, decimal);
        } else if (value instanceof BigInteger integer) {
            generator.writeFieldName(name);
            generator.writeNumber(integer);
        } else {
            return false;
        }
        return true;
    }
}
