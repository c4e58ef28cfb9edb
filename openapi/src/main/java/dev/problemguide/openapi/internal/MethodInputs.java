package dev.problemguide.openapi.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a resource method takes, read by reflection as Jersey reads it: whether it has a request body, and which of
 * its parameters Jersey converts from text (and may fail to). The injected fields of its resource class and the
 * fields of its {@code @BeanParam} beans count as parameters ({@link ValidatedInputs} reads their constraints).
 */
public final class MethodInputs {

    /** The parameters whose conversion failure Jakarta REST answers with 404 (the others with 400). */
    private static final Set<String> NOT_FOUND_LOCATIONS = Set.of("path", "query", "matrix");

    /** The parameter annotations Jersey converts text for. */
    private static final Set<String> CONVERTED = Set.of("PathParam", "QueryParam", "MatrixParam", "HeaderParam",
            "CookieParam");

    private MethodInputs() {
    }

    /**
     * A parameter that Jersey converts from text to a type other than {@code String}.
     *
     * @param in       where it is: path, query, matrix, header or cookie
     * @param name     its name
     * @param notFound whether Jakarta REST answers a failed conversion with 404 (else 400)
     */
    public record Converted(String in, String name, boolean notFound) {
    }

    /**
     * Tells whether a method takes a request body: an entity parameter (no Jakarta REST annotation) or form
     * parameters.
     *
     * @param method the resource method
     * @return {@code true} when it reads a body
     */
    public static boolean readsBody(Method method) {
        for (Parameter parameter : method.getParameters()) {
            String location = location(parameter.getAnnotations());
            if (location == null && !isContext(parameter) || location != null && location.startsWith("form")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Lists the parameters that Jersey converts from text to another type, which a request can fail.
     *
     * @param method the resource method
     * @return the parameters, in order
     */
    public static List<Converted> converted(Method method) {
        List<Converted> converted = new ArrayList<>();
        for (Input input : inputs(method)) {
            for (Annotation annotation : input.annotations()) {
                String simple = annotation.annotationType().getSimpleName();
                if (isJakartaRest(annotation) && CONVERTED.contains(simple) && !isText(input.type())) {
                    String in = location(input.annotations());
                    converted.add(new Converted(in, name(annotation), NOT_FOUND_LOCATIONS.contains(in)));
                }
            }
        }
        return converted;
    }

    /** A parameter of the method, an injected field of its resource class, or a field of a {@code @BeanParam} bean. */
    record Input(Annotation[] annotations, Type type, Class<?> raw, String name) {
    }

    static List<Input> inputs(Method method) {
        List<Input> inputs = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            add(inputs, parameter.getAnnotations(), parameter.getParameterizedType(), parameter.getType(),
                    parameter.getName());
        }
        // Jersey injects the parameters of a resource class's fields too (per-request resources), and validates
        // their constraints: they fail the same ways.
        for (Class<?> type = method.getDeclaringClass(); type != null && type != Object.class;
                type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (location(field.getAnnotations()) != null) {
                    add(inputs, field.getAnnotations(), field.getGenericType(), field.getType(), field.getName());
                }
            }
        }
        return inputs;
    }

    /** Adds an input, or the fields of a {@code @BeanParam} bean in its place. */
    private static void add(List<Input> inputs, Annotation[] annotations, Type type, Class<?> raw, String name) {
        if ("bean".equals(location(annotations))) {
            for (Field field : raw.getDeclaredFields()) {
                inputs.add(new Input(field.getAnnotations(), field.getGenericType(), field.getType(), field.getName()));
            }
        } else {
            inputs.add(new Input(annotations, type, raw, name));
        }
    }

    private static boolean isText(Type type) {
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw
                && (Collection.class.isAssignableFrom(raw) || raw == Optional.class)) {
            return isText(parameterized.getActualTypeArguments()[0]);
        }
        return type == String.class || type == Object.class
                || type instanceof Class<?> c && c.getName().equals("jakarta.ws.rs.core.PathSegment");
    }

    static String location(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            String simple = annotation.annotationType().getSimpleName();
            if (simple.endsWith("Param") && (isJakartaRest(annotation) || !simple.equals("Param"))) {
                return simple.substring(0, simple.length() - "Param".length()).toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    private static boolean isContext(Parameter parameter) {
        for (Annotation annotation : parameter.getAnnotations()) {
            if (isJakartaRest(annotation)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isJakartaRest(Annotation annotation) {
        return annotation.annotationType().getPackageName().startsWith("jakarta.ws.rs");
    }

    static String nameOf(Annotation[] annotations, String javaName) {
        for (Annotation annotation : annotations) {
            if (isJakartaRest(annotation) && annotation.annotationType().getSimpleName().endsWith("Param")) {
                return name(annotation);
            }
        }
        return javaName;
    }

    private static String name(Annotation annotation) {
        try {
            Object value = annotation.annotationType().getMethod("value").invoke(annotation);
            return value instanceof String text ? text : null;
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }
}
