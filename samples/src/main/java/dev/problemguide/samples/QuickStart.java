package dev.problemguide.samples;

import dev.problemguide.ProblemExtension;
import dev.problemguide.ProblemMapping;
import dev.problemguide.jersey.ProblemFeature;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The README's quick start, compiled and tested so that it cannot rot: the text between the
 * {@code quick-start} markers is what the README shows.
 */
public final class QuickStart {

    private QuickStart() {
    }

    // quick-start:begin
    @ProblemMapping(status = 404, title = "Order not found")
    public static class OrderNotFound extends RuntimeException {
        private static final long serialVersionUID = 1L;
        @ProblemExtension public final long orderId;
        public OrderNotFound(long orderId) { this.orderId = orderId; }
    }

    @Path("orders")
    public static class Orders {
        @GET @Path("{id}") public String get(@PathParam("id") long id) { throw new OrderNotFound(id); }
    }

    public static ResourceConfig application() {
        return new ResourceConfig(Orders.class).register(ProblemFeature.class);
    }
    // quick-start:end
}
