package dev.problemguide.samples;

import dev.problemguide.ProblemException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;

/**
 * A gateway in front of the order service, calling it over HTTP as another service would. What the calls fail
 * with shows both directions of a problem across services: an {@link OrderNotFoundException} arrives as itself
 * and is answered as this service's own; any other downstream problem is a {@code RemoteProblemException}, which
 * never leaks through: it is answered with a 502.
 */
@Path("gateway")
@Produces(MediaType.APPLICATION_JSON)
public class GatewayResource {

    private final OrderService orders;

    /**
     * Creates the resource.
     *
     * @param orders the order service it calls
     */
    public GatewayResource(OrderService orders) {
        this.orders = orders;
    }

    /**
     * Reads an order from the order service.
     *
     * @param id the order id
     * @return the order, as the order service wrote it
     */
    @GET
    @Path("orders/{id}")
    public String order(@PathParam("id") long id) {
        return service().path("orders").path(Long.toString(id)).request(MediaType.APPLICATION_JSON).get(String.class);
    }

    /**
     * Reads the daily report from the order service, which fails there with a 500.
     *
     * @return the report
     */
    @GET
    @Path("reports/daily")
    public String report() {
        return service().path("reports/daily").request(MediaType.APPLICATION_JSON).get(String.class);
    }

    private WebTarget service() {
        return orders.target().orElseThrow(() -> ProblemException.of(503, "The order service is not listening yet."));
    }
}
