package dev.problemguide.compat.matrix;

import dev.problemguide.ProblemExtension;
import dev.problemguide.ProblemMapping;

/** An order that does not exist: mapped by annotation to a 404 of its own type, with the order id. */
@ProblemMapping(status = 404, type = "order-not-found", title = "Order not found")
public class OrderMissingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long orderId;

    /**
     * Creates the exception; its message, for the logs, carries a secret that must never reach a client.
     *
     * @param orderId the order asked for
     */
    public OrderMissingException(long orderId) {
        super("no row " + orderId + " in " + Orders.SECRET);
        this.orderId = orderId;
    }

    /**
     * Returns the order asked for, the {@code orderId} member.
     *
     * @return the order id
     */
    @ProblemExtension
    public long getOrderId() {
        return orderId;
    }
}
