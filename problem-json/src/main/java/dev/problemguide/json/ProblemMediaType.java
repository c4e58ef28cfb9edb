package dev.problemguide.json;

import jakarta.ws.rs.core.MediaType;

/**
 * The media types of RFC 9457 problem details, as strings for annotations and as {@link MediaType}s.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9457#section-6.1">RFC 9457 section 6.1: media type registrations</a>
 */
public final class ProblemMediaType {

    /** {@value}: the JSON format of RFC 9457 section 3. */
    public static final String APPLICATION_PROBLEM_JSON = "application/problem+json";

    /** {@code application/problem+json} as a {@link MediaType}. */
    public static final MediaType APPLICATION_PROBLEM_JSON_TYPE = new MediaType("application", "problem+json");

    private ProblemMediaType() {
    }
}
