package dev.problemguide;

import java.util.Locale;
import java.util.Objects;

/**
 * The resolved {@code title} and {@code detail} for one status code in one language.
 *
 * @param title    the title (RFC 9457 section 3.1.3), never {@code null}
 * @param detail   the detail (RFC 9457 section 3.1.4), never {@code null}
 * @param language the locale of the most specific localized text used, or {@code null} when both texts
 *                 are the default ones (from {@link Locale#ROOT} sources or the English status guide);
 *                 an integration sends it as {@code Content-Language}
 */
public record StatusTexts(String title, String detail, Locale language) {

    /**
     * Checks the texts.
     *
     * @param title    the title
     * @param detail   the detail
     * @param language the locale of the most specific localized text, or {@code null}
     * @throws NullPointerException if the title or detail is {@code null}
     */
    public StatusTexts {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(detail, "detail");
    }
}
