package dev.problemguide.jersey.internal.pages;

import java.math.BigInteger;
import java.net.URI;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The JSON type of an extension member as the problem writer writes it, named as in JSON Schema, and an example
 * value of it for the pages' example bodies.
 */
final class JsonTypes {

    private static final Set<Class<?>> INTEGERS = Set.of(int.class, long.class, short.class, byte.class,
            Integer.class, Long.class, Short.class, Byte.class, BigInteger.class);

    private JsonTypes() {
    }

    /**
     * Names the JSON type of a Java type.
     *
     * @param type the member's Java type
     * @return {@code string}, {@code integer}, {@code number}, {@code boolean}, {@code array} or {@code object}
     */
    static String name(Class<?> type) {
        if (CharSequence.class.isAssignableFrom(type) || type.isEnum() || type == char.class
                || type == Character.class || type == UUID.class || type == URI.class
                || TemporalAccessor.class.isAssignableFrom(type)) {
            return "string";
        }
        if (INTEGERS.contains(type)) {
            return "integer";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "boolean";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "array";
        }
        // Maps, records and beans are objects; Object itself may be anything.
        return type == Object.class ? "any" : "object";
    }

    /**
     * Returns an example value of a JSON type.
     *
     * @param name a name {@link #name} gives
     * @return the example, as the JSON writer takes it
     */
    static Object example(String name) {
        return switch (name) {
            case "string" -> "…";
            case "integer" -> 42;
            case "number" -> 4.2;
            case "boolean" -> true;
            case "array" -> List.of();
            case "object" -> Map.of();
            default -> null;
        };
    }
}
