package dev.problemguide.samples;

import dev.problemguide.ProblemException;
import dev.problemguide.RemoteProblemException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
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
     * @param id       the order id
     * @param response the answer: the order, as the order service wrote it, or the failure
     * @throws OrderNotFoundException  not thrown, but the failure the answer resumes with when the order service
     *                                 has no such order (declared for the OpenAPI document)
     * @throws RemoteProblemException not thrown, but the failure the answer resumes with for any other problem
     *                                 of the order service (declared for the OpenAPI document)
     */
    @GET
    @Path("orders/{id}")
    public void order(@PathParam("id") long id, @Suspended AsyncResponse response)
            throws OrderNotFoundException, RemoteProblemException {
        relay(service().path("orders").path(Long.toString(id)), response);
    }

    /**
     * Reads the daily report from the order service, which fails there with a 500.
     *
     * @param response the answer: the report, or the failure
     * @throws RemoteProblemException not thrown, but the failure the answer resumes with when the order service
     *                                answers with a problem (declared for the OpenAPI document)
     */
    @GET
    @Path("reports/daily")
    public void report(@Suspended AsyncResponse response) throws RemoteProblemException {
        relay(service().path("reports/daily"), response);
    }

    /**
     * Calls the order service without holding a worker thread meanwhile: the order service is this very server,
     * so a gateway that waited on a worker for an answer that needs another worker would, under load, take all
     * of them and stall both.
     */
    private static void relay(WebTarget target, AsyncResponse response) {
        target.request(MediaType.APPLICATION_JSON).rx().get(String.class).whenComplete((body, failure) -> {
            if (failure != null) {
                // OrderNotFoundException as itself, anything else a RemoteProblemException: the feature maps both.
                response.resume(failure);
            } else {
                response.resume(body);
            }
        });
    }

    private WebTarget service() {
        return orders.target().orElseThrow(() -> ProblemException.of(503, "The order service is not listening yet."));
    }
}
