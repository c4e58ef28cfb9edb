package dev.problemguide.client;

import dev.problemguide.Problem;
import dev.problemguide.ProblemMapping;

/** An exception whose problem type is a short name, which the server sends relative when it has no base URI. */
@ProblemMapping(status = 410, type = "order-archived")
public class OrderArchived extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The problem it was built from, on the client side; {@code null} on the server side. */
    private final transient Problem problem;

    /** Creates the exception, on the server side. */
    public OrderArchived() {
        this.problem = null;
    }

    /**
     * Rebuilds the exception from its problem, on the client side.
     *
     * @param problem the problem
     */
    public OrderArchived(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    /**
     * Returns the problem it was built from.
     *
     * @return the problem, or {@code null}
     */
    public Problem problem() {
        return problem;
    }
}
