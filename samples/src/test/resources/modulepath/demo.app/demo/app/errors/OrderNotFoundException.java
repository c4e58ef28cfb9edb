package demo.app.errors;

import dev.problemguide.Problem;
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
     * Rebuilds the exception from its problem, where a client receives it.
     *
     * @param problem the problem
     * @return the exception
     */
    public static OrderNotFoundException from(Problem problem) {
        return new OrderNotFoundException(((Number) problem.extensions().get("orderId")).longValue());
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
