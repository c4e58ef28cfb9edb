package dev.problemguide.jersey.internal.catalog;

import dev.problemguide.Problem;
import dev.problemguide.internal.MessageTemplate;
import dev.problemguide.jersey.internal.config.FeatureConfig;
import dev.problemguide.jersey.internal.mapping.Mapping;
import dev.problemguide.jersey.internal.mapping.MappingTable;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Configuration;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The problem types of one application, known when it starts: the exception classes mapped by the builder and
 * the messages files, the classes registered with {@code ProblemFeature.builder().problems(...)}, and the
 * mapped classes named in the {@code throws} clauses of its resource methods. The client's reverse mapping,
 * the OpenAPI document and the type pages read it; the feature stores it in the application's configuration
 * ({@link #of(Configuration)}).
 *
 * @param types the problem types, ordered by status, then type, then class name
 */
public record ProblemCatalog(List<ProblemType> types) {

    /** The configuration property the feature stores the catalog under; not a {@code problemguide.*} option. */
    public static final String PROPERTY = "dev.problemguide.jersey.catalog";

    /**
     * Copies the list.
     *
     * @param types the problem types, ordered by status, then type, then class name
     */
    public ProblemCatalog {
        types = List.copyOf(types);
    }

    /**
     * Returns the catalog of an application that registered the feature.
     *
     * @param configuration the application's (runtime) configuration
     * @return the catalog, or empty when the feature is not registered
     */
    public static Optional<ProblemCatalog> of(Configuration configuration) {
        return configuration.getProperty(PROPERTY) instanceof ProblemCatalog catalog
                ? Optional.of(catalog) : Optional.empty();
    }

    /**
     * Finds the problem type of an exception class.
     *
     * @param exception the exception class as listed
     * @return its type, or empty when the class is not in the catalog
     */
    public Optional<ProblemType> find(Class<?> exception) {
        return types.stream().filter(t -> t.exception() == exception).findFirst();
    }

    /**
     * Builds the catalog of an application.
     *
     * @param config        the feature's configuration: builder mappings, messages files, registered classes
     * @param mappings      the mapping table
     * @param configuration the application's configuration, for its resource classes
     * @return the catalog
     */
    public static ProblemCatalog build(FeatureConfig config, MappingTable mappings, Configuration configuration) {
        Map<Class<? extends Throwable>, Set<ProblemType.Origin>> found = new LinkedHashMap<>();
        config.mappings().keySet().forEach(c -> add(found, c, ProblemType.Origin.BUILDER));
        if (config.messages() != null) {
            config.messages().mappings().values()
                    .forEach(m -> add(found, m.exceptionType(), ProblemType.Origin.MESSAGES_FILE));
        }
        config.problemClasses().forEach(c -> add(found, c, ProblemType.Origin.REGISTERED));
        for (Class<?> resource : resourceClasses(configuration)) {
            for (Method method : resource.getMethods()) {
                if (isResourceMethod(method)) {
                    for (Class<?> thrown : method.getExceptionTypes()) {
                        add(found, thrown.asSubclass(Throwable.class), ProblemType.Origin.THROWS_CLAUSE);
                    }
                }
            }
        }
        List<ProblemType> types = new ArrayList<>();
        found.forEach((exception, origins) -> {
            Mapping mapping = mappings.find(exception);
            if (mapping != null) {
                types.add(describe(exception, mapping, origins));
            }
        });
        types.sort(Comparator.comparingInt(ProblemType::status).thenComparing(t -> t.type().toString())
                .thenComparing(t -> t.exception().getName()));
        return new ProblemCatalog(types);
    }

    private static void add(Map<Class<? extends Throwable>, Set<ProblemType.Origin>> found,
                            Class<? extends Throwable> exception, ProblemType.Origin origin) {
        found.computeIfAbsent(exception, c -> EnumSet.noneOf(ProblemType.Origin.class)).add(origin);
    }

    private static ProblemType describe(Class<? extends Throwable> exception, Mapping mapping,
                                        Set<ProblemType.Origin> origins) {
        Problem template = mapping.template();
        Map<String, Class<?>> extensions = new LinkedHashMap<>();
        template.extensions().forEach((name, value) -> extensions.put(name, value == null ? Object.class
                : value.getClass()));
        extensions.putAll(mapping.members().extensionTypes());
        return new ProblemType(exception, mapping.status(), template.type(), sources(mapping.titles()),
                sources(mapping.details()), extensions, origins);
    }

    private static Map<Locale, String> sources(Map<Locale, MessageTemplate> templates) {
        Map<Locale, String> texts = new LinkedHashMap<>();
        templates.forEach((locale, template) -> texts.put(locale, template.toString()));
        return texts;
    }

    private static Set<Class<?>> resourceClasses(Configuration configuration) {
        Set<Class<?>> classes = new LinkedHashSet<>();
        for (Class<?> c : configuration.getClasses()) {
            if (c.isAnnotationPresent(Path.class)) {
                classes.add(c);
            }
        }
        for (Object instance : configuration.getInstances()) {
            if (instance.getClass().isAnnotationPresent(Path.class)) {
                classes.add(instance.getClass());
            }
        }
        return classes;
    }

    private static boolean isResourceMethod(Method method) {
        if (method.isAnnotationPresent(Path.class)) {
            return true;
        }
        for (Annotation annotation : method.getAnnotations()) {
            if (annotation.annotationType().isAnnotationPresent(HttpMethod.class)) {
                return true;
            }
        }
        return false;
    }
}
