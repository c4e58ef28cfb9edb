package dev.problemguide.samples;

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
     * Returns the order that was asked for, exposed as the {@code orderId} extension member.
     *
     * @return the order id
     */
    @ProblemExtension
    public long getOrderId() {
        return orderId;
    }
}
