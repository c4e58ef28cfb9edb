package dev.problemguide.samples;

import dev.problemguide.Problem;
import dev.problemguide.ProblemExtension;
import dev.problemguide.ProblemMapping;

/**
 * Thrown when an order does not exist: mapped by annotation to a 404 of type {@code order-not-found},
 * with the order id as an extension member. Its detail text comes from {@code problem-messages.properties}.
 */
@ProblemMapping(status = 404, type = "order-not-found", title = "Order not found")
public class OrderNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long orderId;

    /**
     * Creates the exception; its message is for the logs only.
     *
     * @param orderId the order that was asked for
     */
    public OrderNotFoundException(long orderId) {
        super("No order " + orderId + " in table orders");
        this.orderId = orderId;
    }

    /**
     * Rebuilds the exception from its problem, where a client receives it ({@code ProblemClients.builder()
     * .map(OrderNotFoundException.class)}).
     *
     * @param problem the problem, with its {@code orderId} member
     * @return the exception
     */
    public static OrderNotFoundException from(Problem problem) {
        Object orderId = problem.extensions().get("orderId");
        return new OrderNotFoundException(orderId instanceof Number number ? number.longValue() : -1);
    }

    /**
     * Returns the order that was asked for, exposed as the {@code orderId} extension member.
     *
     * @return the order id
     */
    @ProblemExtension
    public long getOrderId() {
        return orderId;
    }
}
