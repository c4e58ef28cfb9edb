package dev.problemguide;

import dev.problemguide.internal.SafeUris;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * A {@link ProblemException} that another service answered with: the problem an HTTP call received, decoded
 * from its {@code application/problem+json} body (RFC 9457 section 3) or, when the error response was not a
 * problem, synthesised from its status and the status guide's texts.
 *
 * <p>Besides the problem it keeps what a caller needs to act on the answer and to log it: the response's
 * status and headers (a {@code Retry-After}, a {@code WWW-Authenticate}), and the request's method and URI.
 * The URI is kept without query, fragment or user information, which may hold secrets; the problem's
 * {@code detail}, {@code instance} and extensions describe the other service, not this one.
 *
 * <p>It is defined here in the core, not in the client module, so that the server side recognises a downstream
 * problem without depending on any client. Unlike its parent it fills in its stack trace: a failed call is
 * rare next to the call itself, and the trace shows where it was made.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9457#section-3">RFC 9457 section 3</a>
 */
public class RemoteProblemException extends ProblemException {

    private static final long serialVersionUID = 1L;

    /** Response headers not kept: the other service's session cookies are no business of whoever logs this. */
    private static final Set<String> DROPPED = Set.of("set-cookie", "set-cookie2");

    /** The longest part of the remote detail that the exception's message repeats. */
    private static final int MESSAGE_DETAIL_LIMIT = 200;

    /** The HTTP status of the response, from 100 to 599. */
    private final int responseStatus;
    /** The response's headers, names compared case-insensitively; unmodifiable and serializable. */
    private final Map<String, List<String>> responseHeaders;
    /** The request method, such as {@code GET}. */
    private final String requestMethod;
    /** The request URI without query, fragment and user information. */
    private final URI requestUri;
    /** The message for logs, computed once. */
    private final String message;

    /**
     * Creates the exception for a call's error response.
     *
     * @param problem         the problem the response carried, or the one synthesised for it
     * @param responseStatus  the response's HTTP status, from 100 to 599
     * @param responseHeaders the response's headers; copied, without {@code Set-Cookie}
     * @param requestMethod   the request's method, such as {@code GET}
     * @param requestUri      the request's URI; kept without query, fragment and user information
     * @throws IllegalArgumentException if the status is outside 100 to 599
     */
    public RemoteProblemException(Problem problem, int responseStatus,
                                  Map<String, ? extends List<String>> responseHeaders,
                                  String requestMethod, URI requestUri) {
        this(problem, responseStatus, copy(responseHeaders), requestMethod,
                SafeUris.withoutSecrets(Objects.requireNonNull(requestUri, "requestUri")), Map.of());
    }

    /** Creates a copy with the headers to answer with; the response's data is already checked and copied. */
    private RemoteProblemException(Problem problem, int responseStatus, Map<String, List<String>> responseHeaders,
                                   String requestMethod, URI requestUri, Map<String, List<String>> headers) {
        super(problem, null, true, headers);
        if (responseStatus < StatusGuide.MIN_STATUS || responseStatus > StatusGuide.MAX_STATUS) {
            throw new IllegalArgumentException("Status " + responseStatus + " is outside 100 to 599");
        }
        this.responseStatus = responseStatus;
        this.responseHeaders = responseHeaders;
        this.requestMethod = Objects.requireNonNull(requestMethod, "requestMethod");
        this.requestUri = requestUri;
        this.message = describe(problem, responseStatus, requestMethod, requestUri);
    }

    /**
     * Returns the HTTP status the response had. It is the one to act on: the problem's {@code status} member
     * is only advisory (RFC 9457 section 3.1.2), though it equals this one unless the other service erred.
     *
     * @return from 100 to 599
     */
    public int responseStatus() {
        return responseStatus;
    }

    /**
     * Returns the headers of the response that carried the problem, but its cookies ({@code Set-Cookie}).
     *
     * @return an unmodifiable map from header name (looked up case-insensitively) to its values
     */
    public Map<String, List<String>> responseHeaders() {
        return responseHeaders;
    }

    /**
     * Returns the first value of a response header.
     *
     * @param name the header name, in any case
     * @return the value, or {@code null} if the response did not have the header
     */
    public String responseHeader(String name) {
        List<String> values = responseHeaders.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /**
     * Returns the method of the request that failed.
     *
     * @return such as {@code GET}
     */
    public String requestMethod() {
        return requestMethod;
    }

    /**
     * Returns the URI of the request that failed, without its query, fragment and user information.
     *
     * @return the URI
     */
    public URI requestUri() {
        return requestUri;
    }

    /**
     * Returns a copy with one more header to answer with, should this exception be rethrown on a server.
     *
     * @param name  the header name
     * @param value the value
     * @return the new exception
     * @throws IllegalArgumentException if the header is not allowed (see {@link ProblemException#withHeader})
     */
    @Override
    public RemoteProblemException withHeader(String name, String value) {
        if (getClass() != RemoteProblemException.class) {
            return (RemoteProblemException) super.withHeader(name, value);
        }
        return new RemoteProblemException(problem(), responseStatus, responseHeaders, requestMethod, requestUri,
                headersWith(name, value));
    }

    /**
     * Returns the message for logs: the request, the status and at most 200 characters of the problem's
     * detail or title, with control, line-separator and format characters replaced by spaces, since the other
     * service wrote them.
     *
     * @return the message
     */
    @Override
    public String getMessage() {
        return message;
    }

    private static String describe(Problem problem, int status, String method, URI uri) {
        String text = problem.detail() != null ? problem.detail() : problem.title();
        StringBuilder message = new StringBuilder(method).append(' ').append(uri).append(" answered ").append(status);
        if (text != null) {
            message.append(": ");
            int length = Math.min(text.length(), MESSAGE_DETAIL_LIMIT);
            for (int i = 0; i < length; i++) {
                char c = text.charAt(i);
                message.append(isInvisible(c) ? ' ' : c);
            }
            if (text.length() > MESSAGE_DETAIL_LIMIT) {
                message.append('…');
            }
        }
        return message.toString();
    }

    /** Controls, line and paragraph separators and format characters (bidi overrides) could forge log lines. */
    private static boolean isInvisible(char c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.FORMAT;
    }

    private static Map<String, List<String>> copy(Map<String, ? extends List<String>> headers) {
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Objects.requireNonNull(headers, "responseHeaders").forEach((name, values) -> {
            if (name != null && values != null && !DROPPED.contains(name.toLowerCase(Locale.ROOT))) {
                List<String> all = new ArrayList<>(copy.getOrDefault(name, List.of()));
                values.stream().filter(Objects::nonNull).forEach(all::add);
                copy.put(name, List.copyOf(all));
            }
        });
        return Collections.unmodifiableMap(copy);
    }
}
