package dev.problemguide.client;

import dev.problemguide.Problem;
import dev.problemguide.ProblemException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** The service the client tests call: orders that exist, and the problems of those that do not. */
@Path("orders")
@Produces(MediaType.APPLICATION_JSON)
public class OrderApi {

    /** The problem type of a missing order. */
    public static final URI NOT_FOUND_TYPE = URI.create("https://example.org/problems/order-not-found");

    /**
     * An order.
     *
     * @param id   its number
     * @param item what was ordered
     */
    public record Order(int id, String item) {
    }

    /**
     * Reads an order: only order 7 exists.
     *
     * @param id the order number
     * @return the order
     */
    @GET
    @Path("{id}")
    public Order get(@PathParam("id") int id) {
        if (id != 7) {
            throw notFound(id);
        }
        return new Order(7, "book");
    }

    /**
     * Lists the orders.
     *
     * @return one order
     */
    @GET
    public List<Order> list() {
        return List.of(new Order(7, "book"));
    }

    /**
     * Creates an order; an order without item is refused with a 422.
     *
     * @param order the order
     * @return the order
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Order create(Order order) {
        if (order.item() == null || order.item().isBlank()) {
            throw ProblemException.of(422, "An order needs an item");
        }
        return order;
    }

    /**
     * Cancels an order: never possible right now, come back later.
     *
     * @param id the order number
     * @return nothing
     */
    @DELETE
    @Path("{id}")
    public Order cancel(@PathParam("id") int id) {
        throw ProblemException.of(409, "Order " + id + " is being shipped").withHeader("Retry-After", "30");
    }

    /**
     * Answers with a problem whose type is a relative URI reference.
     *
     * @return nothing
     */
    @GET
    @Path("relative")
    public Order relative() {
        throw new ProblemException(Problem.builder().status(410).type(URI.create("problems/archived")).build());
    }

    /** Holds the answers of {@link #slow()} until a test releases them. */
    private static volatile CountDownLatch held = new CountDownLatch(0);

    /**
     * Holds the answers of {@link #slow()} from now on, until the returned latch is counted down.
     *
     * @return the latch to count down
     */
    public static CountDownLatch hold() {
        held = new CountDownLatch(1);
        return held;
    }

    /**
     * Answers order 7 once released (see {@link #hold()}), or after 20 seconds: a call still under way when its
     * caller gives up.
     *
     * @return the order
     * @throws InterruptedException if the server stops meanwhile
     */
    @GET
    @Path("slow")
    public Order slow() throws InterruptedException {
        held.await(20, TimeUnit.SECONDS);
        return new Order(7, "book");
    }

    /**
     * Answers 204 No Content.
     */
    @GET
    @Path("none")
    public void none() {
        // Nothing to say.
    }

    /**
     * Answers a 303 to another order.
     *
     * @return the redirection
     */
    @GET
    @Path("moved")
    public Response moved() {
        return Response.seeOther(URI.create("/orders/7")).build();
    }

    private static ProblemException notFound(int id) {
        return new ProblemException(Problem.builder().status(404).type(NOT_FOUND_TYPE)
                .detail("Order " + id + " does not exist").extension("orderId", id).build());
    }
}
