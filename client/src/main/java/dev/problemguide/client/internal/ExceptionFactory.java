package dev.problemguide.client.internal;

import dev.problemguide.Problem;
import dev.problemguide.ProblemMapping;
import dev.problemguide.ProblemMessages;
import dev.problemguide.internal.FileMapping;
import dev.problemguide.internal.MessageBundle;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.util.Objects;

/**
 * An application's exception class that a problem type is delivered as: its type, read where the server side
 * reads it, and the way to build it from a problem.
 *
 * @param exceptionType the class
 * @param problemType   the problem type, as written (absolute, or a short name to resolve)
 * @param factory       its static {@code from(Problem)} or its constructor taking a {@code Problem}
 */
public record ExceptionFactory(Class<? extends RuntimeException> exceptionType, URI problemType, MethodHandle factory) {

    /**
     * Reads an exception class.
     *
     * @param exceptionType the class
     * @param messages      the messages files on the class path, or {@code null} when there are none
     * @return the factory
     * @throws IllegalArgumentException if the class has no problem type, or no way to be built from a problem
     */
    public static ExceptionFactory of(Class<? extends RuntimeException> exceptionType, MessageBundle messages) {
        Objects.requireNonNull(exceptionType, "exceptionType");
        URI problemType = problemType(exceptionType, messages);
        if (problemType == null) {
            throw new IllegalArgumentException(exceptionType.getName() + " has no problem type to be recognised by:"
                    + " give it @ProblemMapping(type = \"…\"), or exception." + exceptionType.getName()
                    + ".type in " + ProblemMessages.DEFAULT_BASE_NAME + ".properties");
        }
        if (Modifier.isAbstract(exceptionType.getModifiers())) {
            throw new IllegalArgumentException(exceptionType.getName() + " is abstract: map a concrete class");
        }
        return new ExceptionFactory(exceptionType, problemType, factory(exceptionType));
    }

    /**
     * Builds the exception for a problem.
     *
     * @param problem the problem
     * @return the exception
     * @throws Throwable what the factory throws
     */
    RuntimeException create(Problem problem) throws Throwable {
        return exceptionType.cast(factory.invoke(problem));
    }

    /** The messages file wins over the annotation, as on the server; an inherited annotation counts too. */
    private static URI problemType(Class<?> exceptionType, MessageBundle messages) {
        for (Class<?> type = exceptionType; type != null && type != Object.class; type = type.getSuperclass()) {
            FileMapping mapped = messages == null ? null : messages.mappings().get(type.getName());
            if (mapped != null && mapped.type() != null) {
                return mapped.type();
            }
            ProblemMapping annotation = type.getDeclaredAnnotation(ProblemMapping.class);
            if (annotation != null && !annotation.type().isEmpty()) {
                return URI.create(annotation.type());
            }
        }
        return null;
    }

    private static MethodHandle factory(Class<? extends RuntimeException> exceptionType) {
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        try {
            return lookup.findStatic(exceptionType, "from", MethodType.methodType(exceptionType, Problem.class));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            // Then the constructor.
        }
        try {
            return lookup.findConstructor(exceptionType, MethodType.methodType(void.class, Problem.class));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalArgumentException(exceptionType.getName() + " cannot be built from a problem: give it a"
                    + " public constructor taking a dev.problemguide.Problem, or a public static " + exceptionType
                    .getSimpleName() + " from(Problem); the class (and its package, on the module path) must be"
                    + " public", e);
        }
    }
}
