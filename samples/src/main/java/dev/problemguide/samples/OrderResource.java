package dev.problemguide.samples;

import dev.problemguide.ProblemException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import java.util.NoSuchElementException;

/** The order service: each endpoint answers, or fails in one of the ways Problem Guide turns into a problem. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class OrderResource {

    /** The only order there is; it has shipped. */
    static final long SHIPPED_ORDER = 42;

    /**
     * Returns an order, or a 404 problem with {@code orderId} for any other id.
     *
     * @param id the order id
     * @return the order
     */
    @GET
    @Path("orders/{id}")
    public Map<String, Object> order(@PathParam("id") long id) {
        if (id != SHIPPED_ORDER) {
            throw new OrderNotFoundException(id);
        }
        return Map.of("id", id, "status", "shipped");
    }

    /**
     * Lists orders; {@code limit} is validated (422 above 100).
     *
     * @param limit at most 100
     * @return the orders
     */
    @GET
    @Path("orders")
    public Map<String, Object> orders(@QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        return Map.of("orders", java.util.List.of(Map.of("id", SHIPPED_ORDER)), "limit", limit);
    }

    /**
     * Places an order; the body is validated (422 with JSON pointers) and must be JSON (400 otherwise).
     *
     * @param order the order
     * @return 201 with its location
     */
    @POST
    @Path("orders")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response place(@Valid @NotNull NewOrder order) {
        return Response.created(URI.create("/orders/43")).entity(Map.of("id", 43)).build();
    }

    /**
     * Cancels an order: a shipped one cannot be, and the resource says so with a bare 409.
     *
     * @param id the order id
     * @return 204, or 409 without a body (Problem Guide gives it one)
     */
    @POST
    @Path("orders/{id}/cancel")
    public Response cancel(@PathParam("id") long id) {
        if (id == SHIPPED_ORDER) {
            return Response.status(Response.Status.CONFLICT).build();
        }
        throw new OrderNotFoundException(id);
    }

    /**
     * Looks a customer up in a map: the {@link NoSuchElementException} is mapped by the messages file alone.
     *
     * @param id the customer id
     * @return never
     */
    @GET
    @Path("customers/{id}")
    public Map<String, Object> customer(@PathParam("id") String id) {
        throw new NoSuchElementException("customer cache miss for key " + id);
    }

    /**
     * A quote endpoint that is always rate-limited: 429 with {@code Retry-After}, a header the
     * {@link ProblemException} carries.
     *
     * @return never
     */
    @GET
    @Path("quote")
    public Map<String, Object> quote() {
        throw ProblemException.of(429, "Too many quotes; try again in 30 seconds.").withHeader("Retry-After", "30");
    }

    /**
     * A report with a bug: the 500 says nothing of it but carries a {@code traceId} for the logs.
     *
     * @return never
     */
    @GET
    @Path("reports/daily")
    public Map<String, Object> report() {
        Map<String, Object> cache = null;
        return Map.of("total", cache.get("password=hunter2"));
    }

    /**
     * Asked to brew coffee, the service answers as a teapot would.
     *
     * @return never
     */
    @GET
    @Path("coffee")
    public Map<String, Object> coffee() {
        throw ProblemException.of(418, null);
    }
}
