package demo.app;

import demo.app.errors.OrderNotFoundException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Orders that never exist, and a failure whose message must not reach the client. */
@Path("/")
public class OrderResource {

    /**
     * Fails with a mapped 404.
     *
     * @param id the order id
     * @return never
     */
    @GET
    @Path("orders/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public String order(@PathParam("id") long id) throws OrderNotFoundException {
        throw new OrderNotFoundException(id);
    }

    /**
     * Fails with an unmapped exception: a 500.
     *
     * @return never
     */
    @GET
    @Path("broken")
    @Produces(MediaType.APPLICATION_JSON)
    public String broken() {
        throw new IllegalStateException("secret-db-password=hunter2 at jdbc:demo://10.0.0.5");
    }
}
