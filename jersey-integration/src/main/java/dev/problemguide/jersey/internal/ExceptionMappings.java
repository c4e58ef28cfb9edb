package dev.problemguide.jersey.internal;

import dev.problemguide.ExceptionMessages;
import dev.problemguide.ExceptionValues;
import dev.problemguide.MessageTemplate;
import dev.problemguide.Problem;
import dev.problemguide.ProblemMapping;
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
public final class ExceptionMappings {

    private static final System.Logger LOG = System.getLogger(ExceptionMappings.class.getName());

    private final ProblemOptions options;
    /**
     * Owned by the feature rather than a {@code ClassValue}: values stored on JDK exception classes would
     * keep a redeployed application's class loader alive.
     */
    private final Map<Class<?>, Optional<MappedException>> cache = new ConcurrentHashMap<>();

    /**
     * Creates the mappings of one feature.
     *
     * @param options the builder mappings, messages and type base URI
     */
    public ExceptionMappings(ProblemOptions options) {
        this.options = options;
        // The classes the messages file and the builder name are known now: do their reflection at start-up.
        if (options.messages() != null) {
            options.messages().exceptions().values().forEach(e -> find(e.exceptionType()));
        }
        options.mappings().keySet().forEach(this::find);
    }

    /**
     * Returns the mapping of an exception class.
     *
     * @param type the class of a thrown exception
     * @return its mapping, or {@code null} when neither it nor a superclass is mapped
     */
    public MappedException find(Class<? extends Throwable> type) {
        return cache.computeIfAbsent(type, t -> Optional.ofNullable(resolve(type))).orElse(null);
    }

    private MappedException resolve(Class<? extends Throwable> thrown) {
        for (Class<?> type = thrown; type != null && type != Object.class; type = type.getSuperclass()) {
            if (isBoundary(type)) {
                // Mappings of broad classes (RuntimeException, Exception) must not swallow the statuses that
                // Jakarta REST, Problem Guide's own exceptions and the input-error handling carry: only a class
                // below these (a NotFoundException subclass of the application's, say) may be mapped.
                return null;
            }
            ExceptionMessages messages = options.messages() == null ? null
                    : options.messages().exceptions().get(type.getName());
            Problem template = options.mappings().get(type);
            ProblemMapping annotation = type.getDeclaredAnnotation(ProblemMapping.class);
            if (messages != null || template != null || annotation != null) {
                return merge(thrown, type, messages, template, annotation);
            }
        }
        return null;
    }

    private MappedException merge(Class<? extends Throwable> thrown, Class<?> mappedType, ExceptionMessages messages,
                                  Problem template, ProblemMapping annotation) {
        ProblemMapping inherited = annotation != null ? annotation : inheritedAnnotation(mappedType.getSuperclass());
        Integer status = messages != null && messages.status() != null ? messages.status()
                : template != null ? template.status()
                : inherited != null ? Integer.valueOf(inherited.status()) : null;
        if (status == null) {
            return null;
        }
        if (status < 400) {
            LOG.log(System.Logger.Level.WARNING, "Ignored the mapping of " + mappedType.getName() + " to status "
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
        URI resolved = options.resolveType(type);
        if (resolved != null && !resolved.isAbsolute()) {
            LOG.log(System.Logger.Level.WARNING, "The problem type '" + resolved + "' of " + mappedType.getName()
                    + " is relative and no type base URI is set (problemguide.typeBaseUri): clients receive it as"
                    + " it is");
        }
        Problem.Builder base = Problem.builder().status(status).type(resolved);
        if (template != null) {
            base.extensions(template.extensions());
        }
        return new MappedException(base.build(), Map.copyOf(titles), Map.copyOf(details),
                ExceptionValues.of(thrown));
    }

    private static boolean isBoundary(Class<?> type) {
        String name = type.getName();
        return type == jakarta.ws.rs.WebApplicationException.class || type == dev.problemguide.ProblemException.class
                || type == RequestBodyException.class || type == com.fasterxml.jackson.core.JsonProcessingException.class
                || name.equals("jakarta.validation.ValidationException");
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

    /**
     * The problem a mapped exception class gives, with its texts per language and the members its
     * exceptions expose.
     */
    public static final class MappedException {
        private final Problem template;
        private final Map<Locale, MessageTemplate> titles;
        private final Map<Locale, MessageTemplate> details;
        private final ExceptionValues values;

        MappedException(Problem template, Map<Locale, MessageTemplate> titles, Map<Locale, MessageTemplate> details,
                        ExceptionValues values) {
            this.template = template;
            this.titles = titles;
            this.details = details;
            this.values = values;
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
         * Returns the mapped problem without texts: status, type and builder extension members.
         *
         * @return the template
         */
        public Problem template() {
            return template;
        }

        /**
         * Builds the problem of one exception in a language: the template, the exception's exposed members,
         * and the mapped texts with their placeholders filled (extension members first, then the
         * exception's getters, then {@code status}). Texts the mapping leaves open stay {@code null}.
         *
         * @param exception the exception
         * @param occurrence the occurrence; told when a translated text was used
         * @return the problem
         */
        public Problem problemFor(Throwable exception, Occurrence occurrence) {
            Problem.Builder builder = template.toBuilder();
            Map<String, Object> members = values.hasExtensions() ? values.extensions(exception) : Map.of();
            builder.extensions(members);
            Locale locale = occurrence.locale();
            builder.title(render(titles, locale, exception, members, occurrence));
            builder.detail(render(details, locale, exception, members, occurrence));
            return builder.build();
        }

        private String render(Map<Locale, MessageTemplate> texts, Locale locale, Throwable exception,
                              Map<String, Object> members, Occurrence occurrence) {
            if (texts.isEmpty()) {
                return null;
            }
            MessageTemplate text = null;
            if (locale != null) {
                text = texts.get(locale);
                if (text == null && !locale.getCountry().isEmpty()) {
                    text = texts.get(Locale.forLanguageTag(locale.getLanguage()));
                }
                if (text != null) {
                    occurrence.usedLanguage(locale);
                }
            }
            if (text == null) {
                text = texts.get(Locale.ROOT);
            }
            if (text == null) {
                return null;
            }
            return text.render(name -> members.containsKey(name) ? members.get(name)
                    : "status".equals(name) && !values.names().contains(name) ? template.status()
                    : values.value(exception, name));
        }
    }
}
