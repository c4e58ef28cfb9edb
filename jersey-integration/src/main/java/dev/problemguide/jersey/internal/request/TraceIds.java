package dev.problemguide.jersey.internal.request;

import dev.problemguide.RemoteProblemException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Finds the trace id of a request, or makes one: the trace-id of a {@code traceparent} header valid by W3C
 * Trace Context level 1, else a well-formed {@code X-Request-Id}, else a random UUID. Only strict formats are
 * accepted, so a trace id never carries request text into a body or a log line; where client-chosen ids are not
 * trusted, every error gets a random one. The trace id of a downstream service's answer, for the log line only,
 * is held to the same formats ({@link #ofDownstream}).
 */
public final class TraceIds {

    private static final int MAX_REQUEST_ID = 128;

    private TraceIds() {
    }

    /**
     * Returns the trace id of a request, trusting the ids a client chose.
     *
     * @param request the request
     * @return see {@link #of(RequestView, boolean)}
     */
    public static String of(RequestView request) {
        return of(request, true);
    }

    /**
     * Returns the trace id of a request.
     *
     * @param request     the request
     * @param trustClient whether the ids the client sent ({@code traceparent}, {@code X-Request-Id}) may be used
     * @return 32 lowercase hex digits from {@code traceparent}, an {@code X-Request-Id} of at most 128
     *         characters among letters, digits, {@code - _ . :}, or a new random UUID
     */
    public static String of(RequestView request, boolean trustClient) {
        if (!trustClient) {
            return random();
        }
        try {
            String fromRequest = fromHeaders(request);
            if (fromRequest != null) {
                return fromRequest;
            }
        } catch (RuntimeException e) {
            // A request whose headers cannot be read (its scope ended, a broken container) still gets an id.
        }
        return random();
    }

    private static String fromHeaders(RequestView request) {
        String traceparent = request.header("traceparent");
        if (traceparent != null) {
            String traceId = fromTraceparent(traceparent.trim());
            if (traceId != null) {
                return traceId;
            }
        }
        String requestId = request.header("X-Request-Id");
        if (requestId != null && isSafeRequestId(requestId)) {
            return requestId;
        }
        return null;
    }

    /**
     * Returns the trace id that a downstream service's answer gives, for the log line: the problem's
     * {@code traceId} member, else the trace-id of the response's {@code traceresponse} (W3C Trace Context level 2,
     * the traceparent's format), else that of its {@code traceparent}, else its {@code X-Request-Id}. A member or
     * an {@code X-Request-Id} is taken only in the form a client's {@code X-Request-Id} is (at most 128
     * characters among letters, digits, {@code - _ . :}), a header only when valid; anything else is passed over.
     *
     * @param downstream the exception a call to the downstream service failed with
     * @return the trace id, or {@code null} when the answer gives none in an accepted form
     */
    public static String ofDownstream(RemoteProblemException downstream) {
        if (downstream.problem().extensions().get("traceId") instanceof String member && isSafeRequestId(member)) {
            return member;
        }
        for (String header : List.of("traceresponse", "traceparent")) {
            String value = downstream.responseHeader(header);
            String traceId = value == null ? null : fromTraceparent(value.trim());
            if (traceId != null) {
                return traceId;
            }
        }
        String requestId = downstream.responseHeader("X-Request-Id");
        return requestId != null && isSafeRequestId(requestId) ? requestId : null;
    }

    private static String random() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    /**
     * Turns a trace id into a UUID URN when it has the form of one (a UUID, or 32 hex digits).
     *
     * @param traceId the trace id
     * @return {@code urn:uuid:...}, or {@code null} when the id is not UUID-shaped
     */
    public static String toUuidUrn(String traceId) {
        if (traceId.length() == 32 && isLowerHex(traceId, 0, 32)) {
            return "urn:uuid:" + traceId.substring(0, 8) + '-' + traceId.substring(8, 12) + '-'
                    + traceId.substring(12, 16) + '-' + traceId.substring(16, 20) + '-' + traceId.substring(20);
        }
        try {
            return "urn:uuid:" + UUID.fromString(traceId);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Returns the trace-id field of a traceparent valid by W3C Trace Context level 1, or {@code null}: version
     * "-" trace-id "-" parent-id "-" flags, 2 + 1 + 32 + 1 + 16 + 1 + 2 = 55 characters of lowercase hex and
     * dashes. Version {@code 00} is exactly that; a later version may add fields after a dash, never other
     * text; version {@code ff} is invalid, and so are an all-zero trace-id or parent-id. Two headers arrive
     * joined by a comma and are invalid too. Used for the traceresponse and traceparent of a downstream service's
     * answer too.
     *
     * @param value the header's value, trimmed
     * @return the 32 lowercase hex digits of its trace-id, or {@code null} when the value is not valid
     */
    static String fromTraceparent(String value) {
        if (value.length() < 55 || value.charAt(2) != '-' || value.charAt(35) != '-' || value.charAt(52) != '-'
                || !isLowerHex(value, 0, 2) || !isLowerHex(value, 3, 35) || !isLowerHex(value, 36, 52)
                || !isLowerHex(value, 53, 55) || value.startsWith("ff")) {
            return null;
        }
        boolean version00 = value.startsWith("00");
        if (value.length() > 55 && (version00 || value.charAt(55) != '-')) {
            return null;
        }
        if (isZero(value, 3, 35) || isZero(value, 36, 52)) {
            return null;
        }
        return value.substring(3, 35);
    }

    private static boolean isZero(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }

    private static boolean isLowerHex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSafeRequestId(String value) {
        if (value.isEmpty() || value.length() > MAX_REQUEST_ID) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == ':';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
