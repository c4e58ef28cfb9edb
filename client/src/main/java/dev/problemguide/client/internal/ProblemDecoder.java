package dev.problemguide.client.internal;

import dev.problemguide.Problem;
import dev.problemguide.ProblemFactory;
import dev.problemguide.internal.SafeUris;
import dev.problemguide.json.ProblemJsonReader;
import dev.problemguide.json.ProblemMediaType;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;

/**
 * Turns an error response's status, media type and body into the problem a caller sees: the problem the body
 * holds, read tolerantly (RFC 9457 section 3.1), or one synthesised from the status and the guide's texts when
 * the body is not a problem.
 *
 * <p>An {@code application/problem+json} body is a problem whatever it holds, as long as it is a JSON object.
 * An {@code application/json} (or other {@code +json}) body counts only when it has a {@code type},
 * {@code title} or {@code detail}: RFC 9457-aware servers answer a client that asked for JSON that way, while
 * other servers' error objects (Spring Boot's {@code {"error": …, "path": …}}) are not problems. What the JSON
 * parser says about a body it could not read is dropped: it describes our parser, not the other service.
 */
public final class ProblemDecoder {

    private static final ProblemJsonReader READER = new ProblemJsonReader();
    private static final ProblemFactory GUIDE = ProblemFactory.standard();
    private static final MediaType PROBLEM_JSON = ProblemMediaType.APPLICATION_PROBLEM_JSON_TYPE;

    private ProblemDecoder() {
    }

    /**
     * Returns the problem an error response stands for.
     *
     * @param status     the response's status, from 100 to 599
     * @param mediaType  the response's media type, or {@code null}
     * @param body       the response's body
     * @param requestUri the request's URI, against which, without its query and user information, a relative
     *                   {@code type} is resolved; or {@code null}
     * @return the problem; its {@code status} is the response's unless the body gave one
     */
    public static Problem decode(int status, MediaType mediaType, ErrorBody body, URI requestUri) {
        Problem decoded = body.isEmpty() || body.truncated() ? null : parse(mediaType, body.bytes());
        if (decoded == null) {
            return GUIDE.create(status);
        }
        Problem.Builder completed = null;
        if (decoded.status() == null) {
            completed = decoded.toBuilder().status(status);
        }
        URI type = decoded.type();
        URI base = type.isAbsolute() ? null : base(requestUri);
        if (base != null) {
            // RFC 9457 section 3.1.1: a relative type is resolved against the document's base URI.
            completed = (completed == null ? decoded.toBuilder() : completed).type(resolve(base, type));
        }
        return completed == null ? decoded : completed.build();
    }

    /**
     * Returns the base of a relative type: the request URI as the exception keeps it, without query, fragment
     * and user information, which may hold secrets that must not reach the problem.
     *
     * @param requestUri the request URI, or {@code null}
     * @return the base, or {@code null} when the URI cannot be one (unknown, relative, opaque)
     */
    static URI base(URI requestUri) {
        if (requestUri == null || !requestUri.isAbsolute() || requestUri.isOpaque()) {
            return null;
        }
        URI base = SafeUris.withoutSecrets(requestUri);
        // "http://host" has an empty path, which URI.resolve would glue a relative path onto: "http://hostx".
        return base.getRawPath().isEmpty() && base.getRawAuthority() != null ? base.resolve("/") : base;
    }

    /**
     * Resolves a relative reference as RFC 3986 section 5.2.2 does. {@code URI.resolve} follows RFC 2396 for a
     * reference with an empty path ({@code ""}, {@code "?q"}), resolving it against the base's directory
     * rather than the base itself.
     *
     * @param base      the base, absolute and hierarchical
     * @param reference the relative reference
     * @return the resolved URI
     */
    private static URI resolve(URI base, URI reference) {
        if (reference.getRawAuthority() != null || !reference.getRawPath().isEmpty()) {
            return base.resolve(reference);
        }
        String query = reference.getRawQuery();
        String fragment = reference.getRawFragment();
        return URI.create(base + (query == null ? "" : "?" + query) + (fragment == null ? "" : "#" + fragment));
    }

    private static Problem parse(MediaType mediaType, byte[] bytes) {
        if (mediaType == null || !"application".equalsIgnoreCase(mediaType.getType())) {
            return null;
        }
        boolean problemJson = PROBLEM_JSON.getSubtype().equalsIgnoreCase(mediaType.getSubtype());
        String subtype = mediaType.getSubtype().toLowerCase(Locale.ROOT);
        if (!problemJson && !subtype.equals("json") && !subtype.endsWith("+json")) {
            return null;
        }
        Problem problem;
        try {
            problem = READER.read(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            return null;
        }
        if (problem == null || (!problemJson && !looksLikeProblem(problem))) {
            return null;
        }
        return problem;
    }

    private static boolean looksLikeProblem(Problem problem) {
        return problem.title() != null || problem.detail() != null || !Problem.DEFAULT_TYPE.equals(problem.type());
    }
}
