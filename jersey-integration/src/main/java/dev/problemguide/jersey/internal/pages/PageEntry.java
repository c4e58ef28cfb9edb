package dev.problemguide.jersey.internal.pages;

import dev.problemguide.internal.MessageTemplate;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One problem type as its page shows it.
 *
 * @param name       the page's name below the pages' path, such as {@code order-not-found}
 * @param type       the type URI as problems carry it
 * @param status     the status
 * @param titles     the type's own title templates by language ({@link Locale#ROOT} for the default); empty when
 *                   the status texts give the title
 * @param details    the type's own detail templates, likewise
 * @param extensions the extension members by name, with their Java types
 */
public record PageEntry(String name, URI type, int status, Map<Locale, MessageTemplate> titles,
                        Map<Locale, MessageTemplate> details, Map<String, Class<?>> extensions) {

    /**
     * Copies the maps.
     *
     * @param name       the page's name
     * @param type       the type URI
     * @param status     the status
     * @param titles     the type's own title templates by language
     * @param details    the type's own detail templates by language
     * @param extensions the extension members by name, with their Java types
     */
    public PageEntry {
        titles = Map.copyOf(titles);
        details = Map.copyOf(details);
        extensions = Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
    }
}
