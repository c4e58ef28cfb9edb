package demo.app.errors;

import dev.problemguide.ProblemExtension;
import dev.problemguide.ProblemMapping;

/** A 404 with the order id as an extension member, read reflectively by module dev.problemguide. */
@ProblemMapping(status = 404, type = "https://problems.example.com/order-not-found")
public class OrderNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long orderId;

    /**
     * Creates the exception.
     *
     * @param orderId the order that was asked for
     */
    public OrderNotFoundException(long orderId) {
        super("No order " + orderId + " in table orders");
        this.orderId = orderId;
    }

    /**
     * Returns the order that was asked for.
     *
     * @return the order id
     */
    @ProblemExtension
    public long getOrderId() {
        return orderId;
    }
}
