package dev.problemguide.internal;

import dev.problemguide.ProblemMapping;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Collects and checks the {@code exception.<class>.<member>} keys of the messages files.
 */
public final class FileMappings {

    private static final Set<String> MEMBERS = Set.of("status", "type", "title", "detail");

    /** What the files say about one class, with where each template came from for error messages. */
    private static final class Collected {
        Integer status;
        URI type;
        final Map<Locale, MessageTemplate> titles = new HashMap<>();
        final Map<Locale, MessageTemplate> details = new HashMap<>();
        final Map<MessageTemplate, String> origins = new LinkedHashMap<>();
        Class<? extends Throwable> resolved;
    }

    private final ClassLoader loader;
    private final Map<String, Collected> byClass = new LinkedHashMap<>();
    private final Map<String, String> firstKey = new HashMap<>();

    /**
     * Creates the collection.
     *
     * @param loader the class loader of the exception classes
     */
    public FileMappings(ClassLoader loader) {
        this.loader = loader;
    }

    /**
     * Adds one key.
     *
     * @param key    the key, starting with {@code exception.}
     * @param value  its value
     * @param locale the file's locale; {@link Locale#ROOT} for the default file
     * @param file   the file's name, for messages
     * @param line   the key's line, for messages
     * @return the problem with the key, or {@code null} when it is fine so far
     */
    public String add(String key, String value, Locale locale, String file, int line) {
        int lastDot = key.lastIndexOf('.');
        String member = key.substring(lastDot + 1);
        String className = lastDot > "exception.".length() ? key.substring("exception.".length(), lastDot) : "";
        if (className.isEmpty() || !MEMBERS.contains(member)) {
            return "expected exception.<class name>.status, .type, .title or .detail";
        }
        if ((member.equals("status") || member.equals("type")) && !Locale.ROOT.equals(locale)) {
            return "." + member + " belongs in the default file, not in a translation";
        }
        Collected collected = byClass.get(className);
        if (collected == null) {
            collected = new Collected();
            String problem = resolve(className, collected);
            if (problem != null) {
                return problem;
            }
            byClass.put(className, collected);
            firstKey.put(className, file + " line " + line + ", key '" + key + "'");
        }
        return switch (member) {
            case "status" -> {
                try {
                    int status = Integer.parseInt(value.trim());
                    if (status < 400 || status > 599) {
                        yield "an exception's status must be an error status, 400 to 599, but was " + status;
                    }
                    collected.status = status;
                    yield null;
                } catch (NumberFormatException e) {
                    yield "'" + value + "' is not a status code";
                }
            }
            case "type" -> {
                try {
                    collected.type = new URI(value.trim());
                    yield null;
                } catch (URISyntaxException e) {
                    yield "'" + value + "' is not a valid URI reference: " + e.getReason();
                }
            }
            default -> {
                try {
                    MessageTemplate template = MessageTemplate.parse(value);
                    (member.equals("title") ? collected.titles : collected.details).put(locale, template);
                    collected.origins.put(template, file + " line " + line + ", key '" + key + "'");
                    yield null;
                } catch (IllegalArgumentException e) {
                    yield e.getMessage();
                }
            }
        };
    }

    private String resolve(String className, Collected collected) {
        Class<?> type;
        try {
            type = Class.forName(className, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            return "class " + className + " does not exist (nested classes are written Outer$Inner)";
        }
        if (!Throwable.class.isAssignableFrom(type)) {
            return "class " + className + " is not an exception";
        }
        collected.resolved = type.asSubclass(Throwable.class);
        return null;
    }

    /**
     * Checks what needs all files read: each mapped class has a status, each placeholder names something.
     *
     * @param statusElsewhere tells whether a class gets its status from outside the files (a builder mapping)
     * @return the problems found
     */
    public List<String> check(Predicate<Class<?>> statusElsewhere) {
        List<String> errors = new ArrayList<>();
        for (Map.Entry<String, Collected> entry : byClass.entrySet()) {
            Collected collected = entry.getValue();
            if (collected.status == null && !annotated(collected.resolved) && !statusElsewhere.test(collected.resolved)) {
                errors.add(firstKey.get(entry.getKey()) + ": exception "
                        + entry.getKey() + " has no status; add exception." + entry.getKey()
                        + ".status or annotate the class with @ProblemMapping");
            }
            Set<String> provided = placeholderNames(collected.resolved);
            collected.origins.forEach((template, origin) -> {
                for (String name : template.names()) {
                    if (!provided.contains(name)) {
                        errors.add(origin + ": placeholder {" + name + "} names nothing that " + entry.getKey()
                                + " provides; it provides " + provided + " (on the module path, open the"
                                + " exception's package to module dev.problemguide)");
                    }
                }
            });
        }
        return errors;
    }

    /**
     * Returns the checked mappings.
     *
     * @return an unmodifiable map by class name
     */
    public Map<String, FileMapping> result() {
        Map<String, FileMapping> result = new LinkedHashMap<>();
        byClass.forEach((name, c) -> result.put(name,
                new FileMapping(c.resolved, c.status, c.type, c.titles, c.details)));
        return Collections.unmodifiableMap(result);
    }

    private static boolean annotated(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (c.isAnnotationPresent(ProblemMapping.class)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the placeholder names an exception class provides: its {@link ExceptionMembers} and
     * {@code status}.
     *
     * @param type the exception class
     * @return the names, sorted
     */
    public static Set<String> placeholderNames(Class<? extends Throwable> type) {
        Set<String> names = new TreeSet<>(ExceptionMembers.of(type).names());
        names.add("status");
        return names;
    }
}
