package dev.problemguide;

import java.util.Objects;

/**
 * One HTTP status code as the {@link StatusGuide} describes it: its reason phrase (the guide's name),
 * the guide's description, its class and whether the guide lists it.
 *
 * @param code          the status code, from 100 to 599
 * @param reasonPhrase  the guide's name for it, e.g. {@code "Not Found"}; used as a problem's {@code title}
 * @param description   the guide's description; used as a problem's {@code detail}
 * @param statusClass   the class of the code
 * @param listed        whether the guide (or, for 506, the IANA registry) lists the code; {@code false} when
 *                      the texts are those of its {@link StatusClass}
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9457#section-4.2.1">RFC 9457 section 4.2.1: about:blank, titled by
 *      the status</a>
 */
public record StatusGuideEntry(int code, String reasonPhrase, String description, StatusClass statusClass,
                               boolean listed) {

    /**
     * Checks the entry.
     *
     * @param code         the status code
     * @param reasonPhrase the guide's name for it
     * @param description  the guide's description
     * @param statusClass  the class of the code
     * @param listed       whether the guide lists the code
     * @throws IllegalArgumentException if the code is outside 100 to 599 or not of the given class
     * @throws NullPointerException if a text or the class is {@code null}
     */
    public StatusGuideEntry {
        StatusGuide.checkRange(code);
        Objects.requireNonNull(reasonPhrase, "reasonPhrase");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(statusClass, "statusClass");
        if (StatusClass.of(code) != statusClass) {
            throw new IllegalArgumentException("Status " + code + " is not of class " + statusClass);
        }
    }
}
