package dev.problemguide.jersey.internal.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads an {@code Accept-Language} header (RFC 9110 section 12.5.4): the languages in order of preference,
 * q-values honoured, {@code *} and {@code q=0} left out. A malformed header reads as no preference; it is
 * never an error.
 */
public final class AcceptLanguage {

    private static final int MAX_HEADER = 1024;

    private AcceptLanguage() {
    }

    /**
     * Parses a header.
     *
     * @param header the header value, or {@code null}
     * @return the preferred locales, most preferred first; empty when absent or malformed
     */
    public static List<Locale> preferred(String header) {
        if (header == null || header.isBlank() || header.length() > MAX_HEADER) {
            return List.of();
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException e) {
            return List.of();
        }
        List<Locale> locales = new ArrayList<>(ranges.size());
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() > 0 && !range.getRange().startsWith("*")) {
                locales.add(Locale.forLanguageTag(range.getRange()));
            }
        }
        return locales;
    }
}
