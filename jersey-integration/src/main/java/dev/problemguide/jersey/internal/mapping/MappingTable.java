package dev.problemguide.jersey.internal.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.problemguide.Problem;
import dev.problemguide.ProblemException;
import dev.problemguide.ProblemMapping;
import dev.problemguide.internal.ExceptionMembers;
import dev.problemguide.internal.FileMapping;
import dev.problemguide.internal.MessageTemplate;
import dev.problemguide.internal.UriReferences;
import dev.problemguide.jersey.internal.config.FeatureConfig;
import dev.problemguide.jersey.internal.input.RequestBodyException;
import dev.problemguide.jersey.internal.input.UnreadableBodyException;
import jakarta.ws.rs.WebApplicationException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the problem an exception class is mapped to, walking up from the class itself so that the closest
 * mapped class wins and subclasses inherit a mapping. A class is mapped by the messages file
 * ({@code exception.<class>.*}), by the builder or by {@link ProblemMapping}; for each member, the file wins
 * over the builder, and the builder over the annotation. A status or type that the closest class leaves
 * open comes from the nearest annotated superclass. The result is computed once per exception class.
 */
public final class MappingTable {

    private static final System.Logger LOG = System.getLogger(MappingTable.class.getName());

    private final FeatureConfig config;
    /**
     * Owned by the feature rather than a {@code ClassValue}: values stored on JDK exception classes would
     * keep a redeployed application's class loader alive.
     */
    private final Map<Class<?>, Optional<Mapping>> cache = new ConcurrentHashMap<>();

    /**
     * Creates the mappings of one feature.
     *
     * @param config the builder mappings, messages and type base URI
     */
    public MappingTable(FeatureConfig config) {
        this.config = config;
        // The classes the messages file and the builder name are known now: do their reflection at start-up.
        if (config.messages() != null) {
            config.messages().mappings().values().forEach(e -> find(e.exceptionType()));
        }
        config.mappings().keySet().forEach(this::find);
        config.problemClasses().forEach(this::find);
    }

    /**
     * Returns the mapping of an exception class.
     *
     * @param type the class of a thrown exception
     * @return its mapping, or {@code null} when neither it nor a superclass is mapped
     */
    public Mapping find(Class<? extends Throwable> type) {
        return cache.computeIfAbsent(type, t -> Optional.ofNullable(resolve(type))).orElse(null);
    }

    private Mapping resolve(Class<? extends Throwable> thrown) {
        for (Class<?> type = thrown; type != null && type != Object.class; type = type.getSuperclass()) {
            if (isBoundary(type)) {
                // Mappings of broad classes (RuntimeException, Exception) must not swallow the statuses that
                // Jakarta REST, Problem Guide's own exceptions and the input-error handling carry: only a class
                // below these (a NotFoundException subclass of the application's, say) may be mapped.
                return null;
            }
            FileMapping messages = config.messages() == null ? null
                    : config.messages().mappings().get(type.getName());
            Problem template = config.mappings().get(type);
            ProblemMapping annotation = type.getDeclaredAnnotation(ProblemMapping.class);
            if (messages != null || template != null || annotation != null) {
                return merge(thrown, type, messages, template, annotation);
            }
        }
        return null;
    }

    private Mapping merge(Class<? extends Throwable> thrown, Class<?> mappedType, FileMapping messages,
                                  Problem template, ProblemMapping annotation) {
        ProblemMapping inherited = annotation != null ? annotation : inheritedAnnotation(mappedType.getSuperclass());
        Integer status = messages != null && messages.status() != null ? messages.status()
                : template != null ? template.status()
                : inherited != null ? Integer.valueOf(inherited.status()) : null;
        if (status == null) {
            return null;
        }
        if (status < 400) {
            LOG.log(Level.WARNING, "Ignored the mapping of " + mappedType.getName() + " to status "
                    + status + ": a problem needs an error status, 400 to 599");
            return null;
        }
        URI type = messages != null && messages.type() != null ? messages.type()
                : template != null && !template.type().equals(Problem.DEFAULT_TYPE) ? template.type()
                : inherited != null && !inherited.type().isEmpty() ? URI.create(inherited.type()) : null;
        Map<Locale, MessageTemplate> titles = new HashMap<>();
        Map<Locale, MessageTemplate> details = new HashMap<>();
        String fallbackTitle = template != null && template.title() != null ? template.title()
                : annotation != null && !annotation.title().isEmpty() ? annotation.title() : null;
        String fallbackDetail = template != null && template.detail() != null ? template.detail()
                : annotation != null && !annotation.detail().isEmpty() ? annotation.detail() : null;
        if (fallbackTitle != null) {
            titles.put(Locale.ROOT, literal(fallbackTitle));
        }
        if (fallbackDetail != null) {
            details.put(Locale.ROOT, literal(fallbackDetail));
        }
        if (messages != null) {
            titles.putAll(messages.titles());
            details.putAll(messages.details());
        }
        URI resolved = config.resolveType(type);
        if (resolved != null && !resolved.isAbsolute() && !UriReferences.isPathAbsolute(resolved)) {
            LOG.log(Level.WARNING, "The problem type '" + resolved + "' of " + mappedType.getName()
                    + " is relative and no type base URI is set (problemguide.typeBaseUri): clients receive it as"
                    + " it is");
        }
        Problem.Builder base = Problem.builder().status(status).type(resolved);
        if (template != null) {
            base.extensions(template.extensions());
        }
        return new Mapping(base.build(), Map.copyOf(titles), Map.copyOf(details), ExceptionMembers.of(thrown));
    }

    private static boolean isBoundary(Class<?> type) {
        return type == WebApplicationException.class || type == ProblemException.class
                || type == RequestBodyException.class || type == UnreadableBodyException.class
                || type == JsonProcessingException.class
                // By name: Bean Validation may be absent, and only the validation package may refer to it.
                || type.getName().equals("jakarta.validation.ValidationException");
    }

    private static ProblemMapping inheritedAnnotation(Class<?> start) {
        for (Class<?> c = start; c != null && c != Object.class; c = c.getSuperclass()) {
            ProblemMapping annotation = c.getDeclaredAnnotation(ProblemMapping.class);
            if (annotation != null) {
                return annotation;
            }
        }
        return null;
    }

    /** Annotation and builder texts are taken as written; braces in them are not placeholders. */
    private static MessageTemplate literal(String text) {
        return MessageTemplate.parse(text.replace("{", "{{").replace("}", "}}"));
    }
}
