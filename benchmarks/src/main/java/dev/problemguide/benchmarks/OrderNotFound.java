package dev.problemguide.benchmarks;

import dev.problemguide.ProblemExtension;
import dev.problemguide.ProblemMapping;

/** The application exception of the benchmarks: an unknown order, a 404 with its id. */
@ProblemMapping(status = 404, title = "Order not found")
public class OrderNotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The order asked for. */
    @ProblemExtension
    public final long orderId;

    /**
     * Creates the exception; like a domain exception, it fills its stack trace.
     *
     * @param orderId the order asked for
     */
    public OrderNotFound(long orderId) {
        super("no order " + orderId);
        this.orderId = orderId;
    }
}
