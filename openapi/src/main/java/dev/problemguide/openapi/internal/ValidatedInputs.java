package dev.problemguide.openapi.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which inputs of a resource method Bean Validation checks: parameters (and injected fields, and the fields of
 * {@code @BeanParam} beans, as {@link MethodInputs} lists them) with a constraint or {@code @Valid}.
 */
public final class ValidatedInputs {

    private ValidatedInputs() {
    }

    /**
     * A parameter or body field that Bean Validation checks.
     *
     * @param in         where it is: {@code body}, or a parameter location
     * @param name       the parameter's or the body field's name ({@code null} for a body without one)
     * @param constraint the simple name of its first constraint annotation, or {@code Valid}
     */
    public record Validated(String in, String name, String constraint) {
    }

    /**
     * Lists the inputs that Bean Validation checks: parameters with a constraint or {@code @Valid}.
     *
     * @param method the resource method
     * @return the inputs, in order; for a body, its first constrained field when it has one
     */
    public static List<Validated> validated(Method method) {
        List<Validated> validated = new ArrayList<>();
        for (MethodInputs.Input input : MethodInputs.inputs(method)) {
            Optional<String> constraint = constraint(input.annotations());
            if (constraint.isEmpty()) {
                continue;
            }
            String in = MethodInputs.location(input.annotations());
            if (in == null) {
                validated.add(bodyField(input.raw()).orElse(new Validated("body", null, constraint.get())));
            } else {
                validated.add(new Validated(in, MethodInputs.nameOf(input.annotations(), input.name()), constraint.get()));
            }
        }
        return validated;
    }

    private static Optional<Validated> bodyField(Class<?> body) {
        for (Field field : body.getDeclaredFields()) {
            Optional<String> constraint = constraint(field.getAnnotations());
            if (constraint.isPresent()) {
                return Optional.of(new Validated("body", field.getName(), constraint.get()));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> constraint(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            Class<? extends Annotation> type = annotation.annotationType();
            if (type.getName().equals("jakarta.validation.Valid")) {
                return Optional.of("Valid");
            }
            for (Annotation meta : type.getAnnotations()) {
                if (meta.annotationType().getName().equals("jakarta.validation.Constraint")) {
                    return Optional.of(type.getSimpleName());
                }
            }
        }
        return Optional.empty();
    }

}
