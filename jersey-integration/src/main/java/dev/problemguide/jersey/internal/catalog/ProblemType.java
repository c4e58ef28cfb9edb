package dev.problemguide.jersey.internal.catalog;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One problem type the application can produce, as its mapping defines it: what the client receives when an
 * exception of that class escapes a resource.
 *
 * @param exception  the mapped exception class (subclasses share its mapping unless mapped themselves)
 * @param status     the status, 400 to 599
 * @param type       the resolved type URI, or {@code about:blank}
 * @param titles     the title template per language ({@link Locale#ROOT} for the default), in the messages
 *                   files' syntax: {@code {name}} a placeholder, {@code {{} and {@code }}} literal braces (so the
 *                   literal texts of annotations and the builder appear with their braces doubled); empty when
 *                   the status texts give the title
 * @param details    the detail template per language, likewise
 * @param extensions the extension members the problem carries, by name, with their Java types
 * @param origins    where the catalog learnt of the class
 */
public record ProblemType(Class<? extends Throwable> exception, int status, URI type, Map<Locale, String> titles,
                          Map<Locale, String> details, Map<String, Class<?>> extensions, Set<Origin> origins) {

    /**
     * Copies the collections.
     *
     * @param exception  the mapped exception class (subclasses share its mapping unless mapped themselves)
     * @param status     the status, 400 to 599
     * @param type       the resolved type URI, or {@code about:blank}
     * @param titles     the title template per language ({@link Locale#ROOT} for the default), in the messages
     * @param details    the detail template per language, likewise
     * @param extensions the extension members the problem carries, by name, with their Java types
     * @param origins    where the catalog learnt of the class
     */
    public ProblemType {
        titles = Map.copyOf(titles);
        details = Map.copyOf(details);
        extensions = Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
        origins = Set.copyOf(origins);
    }

    /** Where the catalog learnt of an exception class. */
    public enum Origin {
        /** {@code ProblemFeature.builder().map(...)}. */
        BUILDER,
        /** {@code exception.<class>.*} keys of the messages files. */
        MESSAGES_FILE,
        /** {@code ProblemFeature.builder().problems(...)}. */
        REGISTERED,
        /** The {@code throws} clause of a resource method. */
        THROWS_CLAUSE
    }
}
