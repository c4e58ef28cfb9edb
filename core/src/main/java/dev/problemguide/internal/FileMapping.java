package dev.problemguide.internal;

import java.net.URI;
import java.util.Locale;
import java.util.Map;

/**
 * What a messages file says about one exception class: the {@code exception.<class>.*} keys.
 *
 * @param exceptionType the exception class; the mapping applies to its subclasses too
 * @param status        the mapped status, or {@code null} when the file leaves it to an annotation
 * @param type          the problem type as written (absolute URI or short name), or {@code null}
 * @param titles        title templates by locale; {@link Locale#ROOT} for the default file
 * @param details       detail templates by locale; {@link Locale#ROOT} for the default file
 */
public record FileMapping(Class<? extends Throwable> exceptionType, Integer status, URI type,
                                Map<Locale, MessageTemplate> titles, Map<Locale, MessageTemplate> details) {

    /**
     * Copies the maps.
     *
     * @param exceptionType the exception class
     * @param status        the mapped status, or {@code null}
     * @param type          the problem type, or {@code null}
     * @param titles        title templates by locale
     * @param details       detail templates by locale
     */
    public FileMapping {
        titles = Map.copyOf(titles);
        details = Map.copyOf(details);
    }
}
