package dev.problemguide;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * An unchecked exception that carries a {@link Problem}, and optionally response headers: throw it anywhere
 * in an application and the integration answers with exactly that problem, its empty {@code title} and
 * {@code detail} filled from the status guide, and those headers.
 *
 * <p>By default it is created <em>without</em> a stack trace: it signals an expected outcome (an order
 * that does not exist), not a bug, and filling a stack trace costs microseconds per throw. Use
 * {@link #ProblemException(Problem, Throwable, boolean)} to opt in. Its message, for logs only, is the
 * problem's detail or title; a client never sees it other than through the problem itself.
 *
 * <p>Headers such as {@code Retry-After} or {@code WWW-Authenticate} are added with {@link #withHeader},
 * which returns a copy: {@code throw ProblemException.of(429, null).withHeader("Retry-After", "30")}.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9457#section-3">RFC 9457 section 3</a>
 */
public class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 2L;

    /** Headers the response always sets itself from the problem body. */
    private static final Set<String> RESERVED = Set.of("content-type", "content-length");

    /** The problem; {@link Problem} is serializable, so the exception stays serializable too. */
    private final Problem problem;
    /** Header names (case-insensitive) to their values; unmodifiable and serializable. */
    private final Map<String, List<String>> headers;
    /** Whether copies made by {@link #withHeader} fill in their stack traces. */
    private final boolean writableStackTrace;

    /**
     * Creates an exception without stack trace.
     *
     * @param problem the problem to answer with
     */
    public ProblemException(Problem problem) {
        this(problem, null, false);
    }

    /**
     * Creates an exception without stack trace, with a cause for the logs.
     *
     * @param problem the problem to answer with
     * @param cause   the cause, or {@code null}; never shown to a client
     */
    public ProblemException(Problem problem, Throwable cause) {
        this(problem, cause, false);
    }

    /**
     * Creates an exception, with a stack trace if asked for.
     *
     * @param problem            the problem to answer with
     * @param cause              the cause, or {@code null}; never shown to a client
     * @param writableStackTrace {@code true} to fill in the stack trace as ordinary exceptions do
     */
    public ProblemException(Problem problem, Throwable cause, boolean writableStackTrace) {
        this(problem, cause, writableStackTrace, Map.of());
    }

    /**
     * Creates an exception with response headers; for subclasses that override {@link #withHeader} to keep
     * their type.
     *
     * @param problem            the problem to answer with
     * @param cause              the cause, or {@code null}; never shown to a client
     * @param writableStackTrace {@code true} to fill in the stack trace as ordinary exceptions do
     * @param headers            the response headers, by name; checked as {@link #withHeader} checks them
     * @throws IllegalArgumentException if a header is not allowed (see {@link #withHeader})
     */
    protected ProblemException(Problem problem, Throwable cause, boolean writableStackTrace,
                               Map<String, ? extends List<String>> headers) {
        super(describe(Objects.requireNonNull(problem, "problem")), cause, true, writableStackTrace);
        this.problem = problem;
        this.writableStackTrace = writableStackTrace;
        this.headers = copy(Objects.requireNonNull(headers, "headers"));
    }

    /**
     * Creates an exception for a status with a detail; the title is left for the status guide to fill.
     *
     * @param status an HTTP status code from 100 to 599
     * @param detail the explanation of this occurrence, or {@code null} for the guide's
     * @return a new exception without stack trace
     * @throws IllegalArgumentException if the status is outside 100 to 599
     */
    public static ProblemException of(int status, String detail) {
        return new ProblemException(Problem.builder().status(status).detail(detail).build());
    }

    /**
     * Returns the problem this exception carries.
     *
     * @return never {@code null}
     */
    public Problem problem() {
        return problem;
    }

    /**
     * Returns the response headers this exception carries, as {@link #withHeader} added them.
     *
     * @return an unmodifiable map from header name (looked up case-insensitively) to its values; empty by
     *         default
     */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /**
     * Returns a copy of this exception with one more response header value: the same problem, cause and
     * stack-trace setting (a copy that writes stack traces fills in its own). A subclass overrides this to
     * return its own type, through the protected constructor that takes headers.
     *
     * @param name  the header name, an RFC 9110 token such as {@code Retry-After}; not {@code Content-Type} or
     *              {@code Content-Length}, which the response derives from the problem body
     * @param value the value, without CR, LF or NUL; added after the values the header already has
     * @return the new exception
     * @throws IllegalArgumentException      if the name is not a token, is reserved, or the value has CR, LF or NUL
     * @throws UnsupportedOperationException if called on a subclass that does not override it
     */
    public ProblemException withHeader(String name, String value) {
        if (getClass() != ProblemException.class) {
            // A plain copy would lose the subclass's mapping and its catch clauses: the subclass must say how.
            throw new UnsupportedOperationException(getClass().getName() + " must override withHeader to keep its"
                    + " type (return a copy made with the protected constructor and headersWith(name, value))");
        }
        return new ProblemException(problem, getCause(), writableStackTrace, headersWith(name, value));
    }

    /**
     * Returns this exception's headers plus one value, checked; for subclasses that override {@link #withHeader}.
     *
     * @param name  the header name
     * @param value the value
     * @return a new map
     * @throws IllegalArgumentException if the header is not allowed
     */
    protected final Map<String, List<String>> headersWith(String name, String value) {
        check(name, value);
        Map<String, List<String>> more = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((n, values) -> more.put(n, new ArrayList<>(values)));
        more.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        return more;
    }

    private static Map<String, List<String>> copy(Map<String, ? extends List<String>> headers) {
        if (headers.isEmpty()) {
            return Map.of();
        }
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> {
            for (String value : values) {
                check(name, value);
            }
            copy.merge(name, List.copyOf(values), (a, b) -> {
                List<String> both = new ArrayList<>(a);
                both.addAll(b);
                return List.copyOf(both);
            });
        });
        return Collections.unmodifiableMap(copy);
    }

    private static void check(String name, String value) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        if (name.isEmpty() || !name.chars().allMatch(ProblemException::isTokenChar)) {
            throw new IllegalArgumentException("Header name '" + name + "' is not a token (RFC 9110 section 5.1)");
        }
        if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException(name + " is derived from the problem body and cannot be set");
        }
        if (value.chars().anyMatch(c -> c == '\r' || c == '\n' || c == 0)) {
            throw new IllegalArgumentException("The value of header " + name + " contains CR, LF or NUL");
        }
    }

    private static boolean isTokenChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
    }

    private static String describe(Problem problem) {
        String text = problem.detail() != null ? problem.detail() : problem.title();
        if (problem.status() == null) {
            return text;
        }
        return text == null ? "status " + problem.status() : problem.status() + ": " + text;
    }
}
