package dev.problemguide.jersey.internal.validation;

import dev.problemguide.jersey.internal.mapping.ExceptionFamily;
import dev.problemguide.jersey.internal.request.RequestView;
import dev.problemguide.jersey.internal.input.JsonPointers;
import dev.problemguide.jersey.internal.input.ParameterLocation;
import dev.problemguide.jersey.internal.request.AcceptLanguage;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.NameTransformer;
import dev.problemguide.Problem;
import dev.problemguide.ProblemFactory;
import dev.problemguide.json.ProblemMediaType;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Providers;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a Bean Validation failure into a problem whose {@code errors} say what is wrong where: body fields
 * as {@code {"detail","pointer":"#/items/0/name"}} with the JSON names the client sent, parameters as
 * {@code {"detail","in":"query","name":"qty"}}, in a stable order, never with the rejected value. The
 * status is 422 (configurable to 400). A violated return-value constraint is a server bug: 500, no details.
 * Loaded only when Bean Validation is on the class path.
 */
public final class ValidationErrors implements ExceptionFamily {

    private static final Comparator<Map<String, Object>> ORDER = Comparator
            .comparing((Map<String, Object> e) -> String.valueOf(e.getOrDefault("pointer", "")))
            .thenComparing(e -> String.valueOf(e.getOrDefault("in", "")))
            .thenComparing(e -> String.valueOf(e.getOrDefault("name", "")))
            .thenComparing(e -> String.valueOf(e.get("detail")));

    /** The characters the entries of {@code errors} may take, so that an answer stays under 16 KB. */
    private static final int MAX_ERRORS_SIZE = 12 * 1024;

    private final int status;
    private final int maxErrors;
    private final ProblemFactory texts;
    private final ViolationMessages messages = new ViolationMessages();
    private final Map<String, Method> methods = new ConcurrentHashMap<>();
    private volatile JsonNames names;

    /**
     * Creates the translator.
     *
     * @param status the status of validation failures: 422 or 400
     */
    public ValidationErrors(int status) {
        this(status, 100, ProblemFactory.standard());
    }

    /**
     * Creates the translator with a cap on the entries of {@code errors}.
     *
     * @param status    the status of validation failures: 422 or 400
     * @param maxErrors the most entries an answer lists
     * @param texts     where the problem's status texts come from, to choose a language they exist in too
     */
    public ValidationErrors(int status, int maxErrors, ProblemFactory texts) {
        this.status = status;
        this.maxErrors = maxErrors;
        this.texts = texts;
    }

    @Override
    public Recognized recognize(Throwable exception, RequestView request, Providers providers) {
        if (!(exception instanceof ValidationException)) {
            return null;
        }
        if (!(exception instanceof ConstraintViolationException constraintException)) {
            // A constraint declared wrongly, a validator that failed: the server's fault.
            return new Recognized(500, Problem.builder().build());
        }
        Set<ConstraintViolation<?>> violations = constraintException.getConstraintViolations();
        List<Map<String, Object>> errors = new ArrayList<>();
        Locale languageUsed = null;
        int omitted = 0;
        if (violations != null) {
            for (ConstraintViolation<?> violation : violations) {
                if (isReturnValue(violation)) {
                    return new Recognized(500, Problem.builder().build());
                }
            }
            JsonNames jsonNames = names(providers);
            // One language for the whole answer: the validator's messages and the status texts must both exist in it.
            Locale locale = messages.choose(AcceptLanguage.preferred(request.header(HttpHeaders.ACCEPT_LANGUAGE)),
                    language -> texts.texts(status, language).language() != null);
            languageUsed = violations.isEmpty() ? null : locale;
            // Past the cap nothing is translated or formatted: which violations are kept is decided on the
            // validator's own paths, a stable order that costs no JSON-name lookup.
            List<ConstraintViolation<?>> kept = new ArrayList<>(violations);
            if (kept.size() > maxErrors) {
                kept = firstByPath(kept, maxErrors);
                omitted = violations.size() - maxErrors;
            }
            int size = 0;
            for (ConstraintViolation<?> violation : kept) {
                Map<String, Object> entry = entry(violation, jsonNames, locale);
                size += entrySize(entry);
                if (size > MAX_ERRORS_SIZE && !errors.isEmpty()) {
                    // Long pointers (map keys the client chose) would make the answer big: stop here.
                    omitted += kept.size() - errors.size();
                    break;
                }
                errors.add(entry);
            }
        }
        errors.sort(ORDER);
        Problem.Builder problem = Problem.builder().extension("errors", List.copyOf(errors));
        if (omitted > 0) {
            problem.extension("errorsOmitted", omitted);
        }
        if (status == 400) {
            // The guide's 400 text speaks of bad syntax; a validation failure is about values.
            problem.detail("The request has values that are not valid; each is listed in errors.");
        }
        return Recognized.inLanguage(status, problem.build(), languageUsed);
    }

    /** The violations to list when there are too many: the first by path, indexes compared as numbers. */
    private static List<ConstraintViolation<?>> firstByPath(List<ConstraintViolation<?>> violations, int count) {
        record Keyed(String path, String template, ConstraintViolation<?> violation) {
        }
        List<Keyed> keyed = new ArrayList<>(violations.size());
        for (ConstraintViolation<?> violation : violations) {
            // Each path's text made once; "items[10]" after "items[9]": shorter first, then as text.
            keyed.add(new Keyed(String.valueOf(violation.getPropertyPath()), violation.getMessageTemplate(),
                    violation));
        }
        keyed.sort(Comparator.comparingInt((Keyed k) -> k.path().length()).thenComparing(Keyed::path)
                .thenComparing(Keyed::template));
        List<ConstraintViolation<?>> first = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            first.add(keyed.get(i).violation());
        }
        return first;
    }

    private static int entrySize(Map<String, Object> entry) {
        int size = 24;
        for (Object value : entry.values()) {
            size += String.valueOf(value).length() + 12;
        }
        return size;
    }

    /** A pointer too long to repeat is left out; the entry's detail still says what is wrong. */
    private static void putPointer(Map<String, Object> entry, String pointer) {
        if (pointer != null) {
            entry.put("pointer", pointer);
        }
    }

    private static boolean isReturnValue(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    private Map<String, Object> entry(ConstraintViolation<?> violation, JsonNames jsonNames, Locale locale) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("detail", messages.message(violation, locale));
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        if (!nodes.isEmpty() && nodes.get(0).getKind() == ElementKind.METHOD && nodes.size() > 1) {
            Method method = method(violation.getRootBeanClass(), nodes.get(0).as(Path.MethodNode.class));
            Path.Node second = nodes.get(1);
            if (method != null && second.getKind() == ElementKind.PARAMETER) {
                int index = second.as(Path.ParameterNode.class).getParameterIndex();
                Annotation[] annotations = parameterAnnotations(method, index);
                if (locate(entry, annotations)) {
                    return entry;
                }
                if (has(annotations, BeanParam.class) && nodes.size() > 2 && nodes.get(2).getName() != null) {
                    Field field = field(method.getParameterTypes()[index], nodes.get(2).getName());
                    if (field != null && locate(entry, field.getAnnotations())) {
                        return entry;
                    }
                }
                JavaType type = jsonNames.type(method.getGenericParameterTypes()[index]);
                putPointer(entry, pointer(nodes.subList(2, nodes.size()), type, jsonNames));
                return entry;
            }
            if (second.getKind() == ElementKind.CROSS_PARAMETER) {
                return entry;
            }
        }
        if (!nodes.isEmpty() && nodes.get(0).getKind() == ElementKind.PROPERTY && nodes.get(0).getName() != null) {
            // A constrained @QueryParam (or other parameter) field of the resource itself.
            Field field = field(violation.getRootBeanClass(), nodes.get(0).getName());
            if (field != null && locate(entry, field.getAnnotations())) {
                return entry;
            }
        }
        putPointer(entry, pointer(nodes, jsonNames.type(violation.getRootBeanClass()), jsonNames));
        return entry;
    }

    /**
     * Returns a parameter's Jakarta REST annotations: the method's own, else, as Jakarta REST's annotation
     * inheritance has it, those of the same method in a superclass or an implemented interface.
     */
    private static Annotation[] parameterAnnotations(Method method, int index) {
        Annotation[] own = method.getParameterAnnotations()[index];
        if (hasLocation(own)) {
            return own;
        }
        Deque<Class<?>> types = new ArrayDeque<>();
        types.add(method.getDeclaringClass());
        Set<Class<?>> seen = new HashSet<>();
        while (!types.isEmpty()) {
            Class<?> type = types.poll();
            if (type == null || type == Object.class || !seen.add(type)) {
                continue;
            }
            if (type != method.getDeclaringClass()) {
                try {
                    Annotation[] inherited = type.getDeclaredMethod(method.getName(), method.getParameterTypes())
                            .getParameterAnnotations()[index];
                    if (hasLocation(inherited)) {
                        return inherited;
                    }
                } catch (NoSuchMethodException e) {
                    // not declared here
                }
            }
            types.add(type.getSuperclass());
            types.addAll(Arrays.asList(type.getInterfaces()));
        }
        return own;
    }

    private static boolean hasLocation(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (ParameterLocation.of(annotation) != null || annotation.annotationType() == BeanParam.class) {
                return true;
            }
        }
        return false;
    }

    private static String pointer(List<Path.Node> nodes, JavaType type, JsonNames jsonNames) {
        StringBuilder pointer = JsonPointers.root();
        JavaType current = type;
        // Names of members of @JsonUnwrapped properties stand in the enclosing object, possibly prefixed.
        NameTransformer unwrapping = null;
        for (Path.Node node : nodes) {
            if (node.isInIterable()) {
                Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                if (position != null) {
                    JsonPointers.append(pointer, position.toString());
                }
                current = current == null ? null : current.getContentType();
                unwrapping = null;
            }
            if ((node.getKind() == ElementKind.PROPERTY) && node.getName() != null) {
                JsonNames.Property property = jsonNames.property(current, node.getName());
                String name = unwrapping == null ? property.jsonName() : unwrapping.transform(property.jsonName());
                if (property.unwrapped()) {
                    unwrapping = unwrapping == null ? property.unwrapping()
                            : NameTransformer.chainedTransformer(unwrapping, property.unwrapping());
                } else {
                    JsonPointers.append(pointer, name);
                    unwrapping = null;
                }
                current = property.type();
            }
        }
        return JsonPointers.finish(pointer);
    }

    private static boolean locate(Map<String, Object> entry, Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            ParameterLocation location = ParameterLocation.of(annotation);
            if (location != null) {
                entry.put("in", location.in());
                entry.put("name", location.name());
                return true;
            }
        }
        return false;
    }

    private static boolean has(Annotation[] annotations, Class<? extends Annotation> type) {
        for (Annotation annotation : annotations) {
            if (annotation.annotationType() == type) {
                return true;
            }
        }
        return false;
    }

    private static Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        return null;
    }

    private Method method(Class<?> type, Path.MethodNode node) {
        String key = type.getName() + '#' + node.getName() + node.getParameterTypes();
        return methods.computeIfAbsent(key, k -> {
            Class<?>[] parameters = node.getParameterTypes().toArray(new Class<?>[0]);
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                try {
                    return c.getDeclaredMethod(node.getName(), parameters);
                } catch (NoSuchMethodException e) {
                    // look in the superclass
                }
            }
            return null;
        });
    }

    private JsonNames names(Providers providers) {
        JsonNames current = names;
        if (current == null) {
            ObjectMapper mapper = null;
            try {
                mapper = applicationMapper(providers);
            } catch (RuntimeException | ReflectiveOperationException e) {
                System.getLogger(ValidationErrors.class.getName()).log(System.Logger.Level.WARNING,
                        "The application's ObjectMapper could not be obtained; validation pointers use Java names", e);
            }
            current = new JsonNames(mapper != null ? mapper : new ObjectMapper());
            names = current;
        }
        return current;
    }

    /**
     * Finds the mapper that reads request bodies: the one of the JSON {@code MessageBodyReader} when it is
     * Jackson's Jakarta REST provider (Jersey's or Jackson's, which both answer {@code locateMapper}), else
     * the application's {@code ContextResolver<ObjectMapper>}.
     */
    private static ObjectMapper applicationMapper(Providers providers) throws ReflectiveOperationException {
        if (providers == null) {
            return null;
        }
        Object reader = providers.getMessageBodyReader(Object.class, Object.class, new Annotation[0],
                MediaType.APPLICATION_JSON_TYPE);
        if (reader != null) {
            try {
                Method locate = reader.getClass().getMethod("locateMapper", Class.class, MediaType.class);
                Object mapper = locate.invoke(reader, Object.class, MediaType.APPLICATION_JSON_TYPE);
                if (mapper instanceof ObjectMapper objectMapper) {
                    return objectMapper;
                }
            } catch (NoSuchMethodException e) {
                // not a Jackson provider
            }
        }
        ContextResolver<ObjectMapper> resolver = providers.getContextResolver(ObjectMapper.class,
                MediaType.APPLICATION_JSON_TYPE);
        if (resolver == null) {
            resolver = providers.getContextResolver(ObjectMapper.class, ProblemMediaType.APPLICATION_PROBLEM_JSON_TYPE);
        }
        return resolver == null ? null : resolver.getContext(Object.class);
    }
}
