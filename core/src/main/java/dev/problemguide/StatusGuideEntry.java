package dev.problemguide;

import java.util.Objects;

/**
 * One HTTP status code as the {@link StatusGuide} describes it: its reason phrase (the guide's name),
 * the guide's description, its class and where the texts come from.
 *
 * @param code          the status code, from 100 to 599
 * @param reasonPhrase  the guide's name for it, e.g. {@code "Not Found"}; used as a problem's {@code title}
 * @param description   the guide's description; used as a problem's {@code detail}
 * @param statusClass   the class of the code
 * @param source        where the two texts come from
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9457#section-4.2.1">RFC 9457 section 4.2.1: about:blank, titled by
 *      the status</a>
 */
public record StatusGuideEntry(int code, String reasonPhrase, String description, StatusClass statusClass,
                               Source source) {

    /** Where an entry's texts come from. */
    public enum Source {
        /** Copied verbatim from the API Status Code Guide. */
        GUIDE,
        /** From the guide, with a documented correction (417's name, 205's description). */
        GUIDE_CORRECTED,
        /** An IANA-registered code the guide lacks, such as 506; the description is Problem Guide's own. */
        IANA,
        /** A code that nothing lists: the texts are those of its {@link StatusClass}. */
        STATUS_CLASS
    }

    /**
     * Checks the entry.
     *
     * @param code         the status code
     * @param reasonPhrase the guide's name for it
     * @param description  the guide's description
     * @param statusClass  the class of the code
     * @param source       where the texts come from
     * @throws IllegalArgumentException if the code is outside 100 to 599 or not of the given class
     * @throws NullPointerException if a text, the class or the source is {@code null}
     */
    public StatusGuideEntry {
        StatusGuide.checkRange(code);
        Objects.requireNonNull(reasonPhrase, "reasonPhrase");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(statusClass, "statusClass");
        Objects.requireNonNull(source, "source");
        if (StatusClass.of(code) != statusClass) {
            throw new IllegalArgumentException("Status " + code + " is not of class " + statusClass);
        }
    }

    /**
     * Tells whether the guide (or the IANA registry) lists this code, rather than only its class.
     *
     * @return {@code false} only for {@link Source#STATUS_CLASS}
     */
    public boolean isListed() {
        return source != Source.STATUS_CLASS;
    }
}
