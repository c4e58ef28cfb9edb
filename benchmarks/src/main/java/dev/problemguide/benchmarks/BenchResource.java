package dev.problemguide.benchmarks;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** The benchmarked resource: order 1 exists (the success path), every other is a 404 (the error path). */
@Path("orders")
public class BenchResource {

    /**
     * Returns order 1, or throws {@link OrderNotFound}.
     *
     * @param id the order id
     * @return the order
     */
    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> order(@PathParam("id") long id) {
        if (id != 1) {
            throw new OrderNotFound(id);
        }
        return Map.of("id", id, "status", "shipped", "total", 42.5);
    }
}
