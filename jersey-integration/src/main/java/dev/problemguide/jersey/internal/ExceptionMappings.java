package dev.problemguide.jersey.internal;

import dev.problemguide.Problem;
import dev.problemguide.ProblemExtension;
import dev.problemguide.ProblemMapping;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the problem an exception class is mapped to, by the builder or by {@link ProblemMapping}, walking
 * up from the class itself so that the closest mapped class wins and subclasses inherit a mapping. At each
 * class, a builder mapping wins over an annotation. The result, with the reflective accessors of the
 * exception's {@link ProblemExtension} members, is computed once per exception class.
 */
public final class ExceptionMappings {

    private static final System.Logger LOG = System.getLogger(ExceptionMappings.class.getName());

    private final ProblemOptions options;
    private final ClassValue<MappedException> cache = new ClassValue<>() {
        @Override
        protected MappedException computeValue(Class<?> type) {
            return resolve(type);
        }
    };

    /**
     * Creates the mappings of one feature.
     *
     * @param options the builder mappings and type base URI
     */
    public ExceptionMappings(ProblemOptions options) {
        this.options = options;
    }

    /**
     * Returns the mapping of an exception class.
     *
     * @param type the class of a thrown exception
     * @return its mapping, or {@code null} when neither it nor a superclass is mapped
     */
    public MappedException find(Class<? extends Throwable> type) {
        return cache.get(type);
    }

    private MappedException resolve(Class<?> thrown) {
        for (Class<?> type = thrown; type != null && type != Object.class; type = type.getSuperclass()) {
            Problem template = options.mappings().get(type);
            if (template != null) {
                return new MappedException(template.withType(options.resolveType(template.type())),
                        accessors(thrown));
            }
            ProblemMapping annotation = type.getDeclaredAnnotation(ProblemMapping.class);
            if (annotation != null) {
                Problem mapped = Problem.builder()
                        .status(annotation.status())
                        .type(options.resolveType(annotation.type()))
                        .title(annotation.title().isEmpty() ? null : annotation.title())
                        .detail(annotation.detail().isEmpty() ? null : annotation.detail())
                        .build();
                return new MappedException(mapped, accessors(thrown));
            }
        }
        return null;
    }

    private static List<Accessor> accessors(Class<?> type) {
        Map<String, Accessor> byName = new LinkedHashMap<>();
        for (Field field : type.getFields()) {
            ProblemExtension annotation = field.getAnnotation(ProblemExtension.class);
            if (annotation != null && !Modifier.isStatic(field.getModifiers())) {
                String name = annotation.value().isEmpty() ? field.getName() : annotation.value();
                byName.putIfAbsent(name, new Accessor(name, field));
            }
        }
        for (Method method : type.getMethods()) {
            ProblemExtension annotation = method.getAnnotation(ProblemExtension.class);
            if (annotation != null && method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers())
                    && method.getReturnType() != void.class) {
                String name = annotation.value().isEmpty() ? propertyName(method) : annotation.value();
                byName.putIfAbsent(name, new Accessor(name, method));
            }
        }
        List<Accessor> accessors = new ArrayList<>(byName.values());
        for (Accessor accessor : accessors) {
            ((java.lang.reflect.AccessibleObject) accessor.member).trySetAccessible();
        }
        return List.copyOf(accessors);
    }

    private static String propertyName(Method method) {
        String name = method.getName();
        if (name.startsWith("get") && name.length() > 3 && Character.isUpperCase(name.charAt(3))) {
            return Character.toLowerCase(name.charAt(3)) + name.substring(4);
        }
        if (name.startsWith("is") && name.length() > 2 && Character.isUpperCase(name.charAt(2))
                && (method.getReturnType() == boolean.class || method.getReturnType() == Boolean.class)) {
            return Character.toLowerCase(name.charAt(2)) + name.substring(3);
        }
        return name;
    }

    /** One exposed member of an exception. */
    private record Accessor(String name, Member member) {
        Object read(Throwable exception) throws ReflectiveOperationException {
            return member instanceof Field ? ((Field) member).get(exception) : ((Method) member).invoke(exception);
        }
    }

    /**
     * The problem template of a mapped exception class and the members its exceptions expose.
     */
    public static final class MappedException {
        private final Problem template;
        private final List<Accessor> accessors;

        MappedException(Problem template, List<Accessor> accessors) {
            this.template = template;
            this.accessors = accessors;
        }

        /**
         * Returns the mapped status.
         *
         * @return the status
         */
        public int status() {
            return template.status();
        }

        /**
         * Returns the mapped problem template: status, type and any title or detail, no extensions.
         *
         * @return the template
         */
        public Problem template() {
            return template;
        }

        /**
         * Builds the problem of one exception: the template plus the exception's exposed members. A
         * member whose accessor fails is left out and logged.
         *
         * @param exception the exception
         * @return the problem, texts not yet filled in
         */
        public Problem problemFor(Throwable exception) {
            if (accessors.isEmpty()) {
                return template;
            }
            Problem.Builder builder = template.toBuilder();
            for (Accessor accessor : accessors) {
                try {
                    builder.extension(accessor.name(), accessor.read(exception));
                } catch (ReflectiveOperationException | RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "Left out extension member '" + accessor.name()
                            + "' of " + exception.getClass().getName() + ": its accessor failed", e);
                }
            }
            return builder.build();
        }
    }
}
