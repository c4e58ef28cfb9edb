package dev.problemguide;

import java.util.Objects;

/**
 * An unchecked exception that carries a {@link Problem}: throw it anywhere in an application and the
 * integration answers with exactly that problem, its empty {@code title} and {@code detail} filled from
 * the status guide.
 *
 * <p>By default it is created <em>without</em> a stack trace: it signals an expected outcome (an order
 * that does not exist), not a bug, and filling a stack trace costs microseconds per throw. Use
 * {@link #ProblemException(Problem, Throwable, boolean)} to opt in. Its message, for logs only, is the
 * problem's detail or title; a client never sees it other than through the problem itself.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9457#section-3">RFC 9457 section 3</a>
 */
public class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The problem; {@link Problem} is serializable, so the exception stays serializable too. */
    private final Problem problem;

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
        super(describe(Objects.requireNonNull(problem, "problem")), cause, true, writableStackTrace);
        this.problem = problem;
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

    private static String describe(Problem problem) {
        String text = problem.detail() != null ? problem.detail() : problem.title();
        if (problem.status() == null) {
            return text;
        }
        return text == null ? "status " + problem.status() : problem.status() + ": " + text;
    }
}
