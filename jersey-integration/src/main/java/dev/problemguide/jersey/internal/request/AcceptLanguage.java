package dev.problemguide.jersey.internal.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads an {@code Accept-Language} header (RFC 9110 section 12.5.4): the languages in order of preference,
 * q-values honoured, {@code *} and {@code q=0} left out. A malformed header reads as no preference; it is
 * never an error. The ranges stay text: a {@code Locale} made of whatever a client sends would be kept in the
 * JDK's locale cache, so only the negotiators make locales, of languages they have.
 */
public final class AcceptLanguage {

    private static final int MAX_HEADER = 1024;

    private AcceptLanguage() {
    }

    /**
     * Parses a header.
     *
     * @param header the header value, or {@code null}
     * @return the preferred language ranges in lower case ({@code de-ch}), most preferred first; empty when absent
     *         or malformed
     */
    public static List<String> preferred(String header) {
        if (header == null || header.isBlank() || header.length() > MAX_HEADER) {
            return List.of();
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException e) {
            return List.of();
        }
        List<String> preferred = new ArrayList<>(ranges.size());
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() > 0 && !range.getRange().startsWith("*")) {
                preferred.add(range.getRange().toLowerCase(Locale.ROOT));
            }
        }
        return preferred;
    }

    /**
     * Returns the primary language of a range.
     *
     * @param range a range from {@link #preferred}
     * @return e.g. {@code de} for {@code de-ch}
     */
    public static String language(String range) {
        int dash = range.indexOf('-');
        return dash < 0 ? range : range.substring(0, dash);
    }
}
