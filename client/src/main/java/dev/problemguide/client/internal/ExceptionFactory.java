package dev.problemguide.client.internal;

import dev.problemguide.Problem;
import dev.problemguide.ProblemMapping;
import dev.problemguide.ProblemMessages;
import dev.problemguide.internal.FileMapping;
import dev.problemguide.internal.MessageBundle;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.util.Objects;
import java.util.function.Function;

/**
 * An application's exception class that a problem type is delivered as: its type, read where the server side
 * reads it and by the same rule, and the way to build it from a problem.
 *
 * @param exceptionType the class
 * @param problemType   the problem type, as written (absolute, or a short name to resolve)
 * @param factory       builds the exception from a problem
 */
public record ExceptionFactory(Class<? extends RuntimeException> exceptionType, URI problemType,
                               Function<? super Problem, ? extends RuntimeException> factory) {

    /**
     * Reads an exception class whose instances are built by its static {@code from(Problem)} or its constructor
     * taking a {@code Problem}.
     *
     * @param exceptionType the class
     * @param messages      the messages files on the class path, or {@code null} when there are none
     * @return the factory
     * @throws IllegalArgumentException if the class has no problem type, or no way to be built from a problem
     */
    public static ExceptionFactory of(Class<? extends RuntimeException> exceptionType, MessageBundle messages) {
        URI problemType = problemType(exceptionType, messages);
        if (Modifier.isAbstract(exceptionType.getModifiers())) {
            throw new IllegalArgumentException(exceptionType.getName() + " is abstract: map a concrete class");
        }
        Module client = ExceptionFactory.class.getModule();
        if (!Modifier.isPublic(exceptionType.getModifiers())
                || !exceptionType.getModule().isExported(exceptionType.getPackageName(), client)) {
            throw new IllegalArgumentException(exceptionType.getName() + " cannot be built from a problem by"
                    + " reflection: make it public (on the module path, export or open its package to"
                    + " dev.problemguide.client), or map it with map(" + exceptionType.getSimpleName()
                    + ".class, problem -> …)");
        }
        return new ExceptionFactory(exceptionType, problemType, reflectiveFactory(exceptionType));
    }

    /**
     * Reads an exception class whose instances a function builds.
     *
     * @param exceptionType the class
     * @param factory       builds an instance from a problem
     * @param messages      the messages files on the class path, or {@code null} when there are none
     * @return the factory
     * @throws IllegalArgumentException if the class has no problem type
     */
    public static ExceptionFactory of(Class<? extends RuntimeException> exceptionType,
                                      Function<? super Problem, ? extends RuntimeException> factory,
                                      MessageBundle messages) {
        return new ExceptionFactory(exceptionType, problemType(exceptionType, messages),
                Objects.requireNonNull(factory, "factory"));
    }

    /**
     * Builds the exception for a problem.
     *
     * @param problem the problem
     * @return the exception
     * @throws IllegalStateException if the factory returns {@code null} or something else than the class
     */
    RuntimeException create(Problem problem) {
        RuntimeException created = factory.apply(problem);
        if (!exceptionType.isInstance(created)) {
            throw new IllegalStateException("The factory of " + exceptionType.getName() + " returned " + created);
        }
        return created;
    }

    /**
     * The type the server answers the class with (MappingTable's rule): the closest class mapped by the messages
     * file or annotated decides; its file type wins, else the type of its own annotation, or of the nearest
     * annotated superclass when it has none.
     */
    private static URI problemType(Class<?> exceptionType, MessageBundle messages) {
        URI type = null;
        for (Class<?> c = exceptionType; c != null && c != Object.class; c = c.getSuperclass()) {
            FileMapping mapped = messages == null ? null : messages.mappings().get(c.getName());
            ProblemMapping annotation = c.getDeclaredAnnotation(ProblemMapping.class);
            if (mapped != null || annotation != null) {
                ProblemMapping decisive = annotation != null ? annotation : nearestAnnotation(c.getSuperclass());
                type = mapped != null && mapped.type() != null ? mapped.type()
                        : decisive != null && !decisive.type().isEmpty() ? URI.create(decisive.type()) : null;
                break;
            }
        }
        if (type == null || type.equals(Problem.DEFAULT_TYPE)) {
            throw new IllegalArgumentException(exceptionType.getName() + " has no problem type to be recognised by"
                    + " (about:blank, the default, says nothing beyond the status): give it @ProblemMapping(type ="
                    + " \"…\"), or exception." + exceptionType.getName() + ".type in "
                    + ProblemMessages.DEFAULT_BASE_NAME + ".properties");
        }
        return type;
    }

    private static ProblemMapping nearestAnnotation(Class<?> start) {
        for (Class<?> c = start; c != null && c != Object.class; c = c.getSuperclass()) {
            ProblemMapping annotation = c.getDeclaredAnnotation(ProblemMapping.class);
            if (annotation != null) {
                return annotation;
            }
        }
        return null;
    }

    /**
     * Core reflection, not method handles: on the module path, a package exported or opened to
     * {@code dev.problemguide.client} alone is then enough.
     */
    private static Function<Problem, RuntimeException> reflectiveFactory(Class<? extends RuntimeException> type) {
        try {
            Method from = type.getMethod("from", Problem.class);
            if (Modifier.isStatic(from.getModifiers()) && type.isAssignableFrom(from.getReturnType())) {
                return problem -> type.cast(invoke(() -> from.invoke(null, problem)));
            }
        } catch (NoSuchMethodException e) {
            // Then the constructor.
        }
        try {
            Constructor<? extends RuntimeException> constructor = type.getConstructor(Problem.class);
            return problem -> invoke(() -> constructor.newInstance(problem));
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(type.getName() + " cannot be built from a problem: give it a public"
                    + " constructor taking a dev.problemguide.Problem or a public static " + type.getSimpleName()
                    + " from(Problem), or map it with map(" + type.getSimpleName() + ".class, problem -> …)", e);
        }
    }

    /** A reflective call. */
    private interface Reflective<T> {
        T call() throws ReflectiveOperationException;
    }

    private static <T> T invoke(Reflective<T> call) {
        try {
            return call.call();
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException("The factory failed", e.getCause());
        } catch (ReflectiveOperationException e) {
            // Not accessible: on the module path, its package is neither exported nor opened to this module.
            throw new IllegalStateException("Cannot call the factory (on the module path, export or open its package"
                    + " to dev.problemguide.client)", e);
        }
    }
}
