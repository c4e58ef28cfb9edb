package dev.problemguide;

import java.util.Locale;
import java.util.Set;

/**
 * A place the {@code title} and {@code detail} of a problem can come from, for a status code and a
 * language: an application's messages file, say. The {@link StatusGuide} is always the last source.
 *
 * <p>A {@link ProblemFactory} asks its sources once, when it is built, and keeps the answers in tables;
 * a source is never called while requests are served, so it may be slow but must be consistent.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9457#section-3.1.3">RFC 9457 sections 3.1.3 and 3.1.4: title and
 *      detail</a>
 */
public interface StatusTextSource {

    /**
     * Returns this source's title for a status in exactly one locale, without falling back to others.
     *
     * @param status a status code from 100 to 599
     * @param locale the locale; {@link Locale#ROOT} asks for the texts that apply to every language
     * @return the title, or {@code null} if this source has none for that status and locale
     */
    String title(int status, Locale locale);

    /**
     * Returns this source's detail for a status in exactly one locale, without falling back to others.
     *
     * @param status a status code from 100 to 599
     * @param locale the locale; {@link Locale#ROOT} asks for the texts that apply to every language
     * @return the detail, or {@code null} if this source has none for that status and locale
     */
    String detail(int status, Locale locale);

    /**
     * Returns the locales, other than {@link Locale#ROOT}, that this source has texts for.
     *
     * @return an empty set by default
     */
    default Set<Locale> locales() {
        return Set.of();
    }
}
