package dev.problemguide.client;

import dev.problemguide.Problem;
import dev.problemguide.ProblemExtension;
import dev.problemguide.ProblemMapping;

/** An exception both services know: thrown by one, delivered as itself by the other's client. */
@ProblemMapping(status = 404, type = "https://example.org/problems/order-not-found", title = "Order not found")
public class OrderNotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The order that does not exist. */
    @ProblemExtension
    public final int orderId;

    /**
     * Creates the exception.
     *
     * @param orderId the order
     */
    public OrderNotFound(int orderId) {
        super("Order " + orderId + " does not exist");
        this.orderId = orderId;
    }

    /**
     * Rebuilds the exception from its problem, on the client side.
     *
     * @param problem the problem
     * @return the exception
     */
    public static OrderNotFound from(Problem problem) {
        return new OrderNotFound(((Number) problem.extensions().get("orderId")).intValue());
    }
}
