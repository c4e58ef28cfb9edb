package dev.problemguide.client;

import dev.problemguide.Problem;

/**
 * An exception mapped only by the messages file on the test class path ({@code problem-messages.properties}):
 * its status and type come from there, on the server side and on the client side alike.
 */
public class PaymentRequired extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception, on the server side. */
    public PaymentRequired() {
    }

    /**
     * Rebuilds the exception from its problem, on the client side.
     *
     * @param problem the problem
     */
    public PaymentRequired(Problem problem) {
        super(problem.title());
    }
}
