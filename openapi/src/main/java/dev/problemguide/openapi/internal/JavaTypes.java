package dev.problemguide.openapi.internal;

import io.swagger.v3.oas.models.media.Schema;
import java.net.URI;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The JSON Schema of Java types, for the extension members of problem types, and classes' Java names. */
final class JavaTypes {

    private JavaTypes() {
    }

    /**
     * Returns the schema of an extension member's values.
     *
     * @param javaType the member's Java type
     * @return a string, integer, number, boolean, array or object schema, or an empty one (any value); nullable
     *         unless the type is primitive
     */
    static Schema<Object> schema(Class<?> javaType) {
        Schema<Object> schema = valueSchema(javaType);
        if (!javaType.isPrimitive()) {
            // A getter or field of a reference type may hold null, which the problem then carries as null.
            schema.setNullable(true);
        }
        return schema;
    }

    private static Schema<Object> valueSchema(Class<?> javaType) {
        Class<?> t = javaType.isPrimitive() ? box(javaType) : javaType;
        if (CharSequence.class.isAssignableFrom(t) || t == URI.class || t == UUID.class || t.isEnum()
                || t == Character.class) {
            return Schemas.typed("string", null);
        }
        if (t == Integer.class || t == Long.class || t == Short.class || t == Byte.class
                || t == java.math.BigInteger.class) {
            return Schemas.typed("integer", null);
        }
        if (Number.class.isAssignableFrom(t)) {
            return Schemas.typed("number", null);
        }
        if (t == Boolean.class) {
            return Schemas.typed("boolean", null);
        }
        if (t.isArray() || Collection.class.isAssignableFrom(t)) {
            return Schemas.typed("array", null);
        }
        if (Map.class.isAssignableFrom(t)) {
            return Schemas.typed("object", null);
        }
        // Temporal values and other objects: their JSON form depends on the application's ObjectMapper.
        Schema<Object> any = new Schema<>();
        if (Temporal.class.isAssignableFrom(t)) {
            any.setDescription("A date or time, as the application's ObjectMapper writes it.");
        }
        return any;
    }

    /**
     * Returns a class's name as written in Java ({@code Outer.Inner}), or its binary name for local classes.
     *
     * @param type a class
     * @return its name
     */
    static String name(Class<?> type) {
        return type.getCanonicalName() != null ? type.getCanonicalName() : type.getName();
    }

    private static Class<?> box(Class<?> primitive) {
        Set<Class<?>> integral = Set.of(int.class, long.class, short.class, byte.class);
        return integral.contains(primitive) ? Long.class : primitive == boolean.class ? Boolean.class
                : primitive == char.class ? Character.class : Double.class;
    }
}
