package dev.problemguide.jersey.internal.request;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Chooses the language of a problem's texts from {@code Accept-Language} among the languages the messages
 * files have: the first preferred language that has texts, exactly or by its language alone; English, the
 * status guide's language, means the default texts. Results are cached per header value (bounded), since
 * clients send few distinct values.
 */
public final class LanguageNegotiator {

    private static final int MAX_CACHED_HEADERS = 256;

    private final List<Locale> locales;
    private final Map<String, Optional<Locale>> negotiated = new ConcurrentHashMap<>();

    /**
     * Creates the negotiator of the languages texts exist in.
     *
     * @param locales the translations' languages
     */
    public LanguageNegotiator(Set<Locale> locales) {
        this.locales = List.copyOf(locales);
    }

    /**
     * Tells whether texts exist in more than one language, so that responses vary by Accept-Language.
     *
     * @return {@code true} when a translation exists
     */
    public boolean multilingual() {
        return !locales.isEmpty();
    }

    /**
     * Negotiates a header.
     *
     * @param acceptLanguage the header, or {@code null}
     * @return the chosen language, or {@code null} for the default texts
     */
    public Locale negotiate(String acceptLanguage) {
        if (acceptLanguage == null || locales.isEmpty()) {
            return null;
        }
        Optional<Locale> cached = negotiated.get(acceptLanguage);
        if (cached == null) {
            cached = Optional.ofNullable(choose(AcceptLanguage.preferred(acceptLanguage)));
            if (negotiated.size() < MAX_CACHED_HEADERS) {
                negotiated.put(acceptLanguage, cached);
            }
        }
        return cached.orElse(null);
    }

    /** Compares text with the available locales, so that no locale is made of what a client sent. */
    private Locale choose(List<String> preferred) {
        for (String wanted : preferred) {
            String language = AcceptLanguage.language(wanted);
            Locale sameLanguage = null;
            for (Locale available : locales) {
                String tag = available.toLanguageTag();
                if (tag.equalsIgnoreCase(wanted)) {
                    return available;
                }
                if (available.getLanguage().equals(language)
                        && (sameLanguage == null || tag.equals(language))) {
                    sameLanguage = available;
                }
            }
            if (sameLanguage != null) {
                return sameLanguage;
            }
            if (language.equals("en")) {
                return null;
            }
        }
        return null;
    }
}
