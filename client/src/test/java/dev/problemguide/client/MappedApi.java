package dev.problemguide.client;

import dev.problemguide.ProblemException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** A service that throws the exceptions the reverse-mapping tests map back. */
@Path("mapped")
public class MappedApi {

    /**
     * Throws {@link OrderNotFound}.
     *
     * @param id the order
     * @return nothing
     */
    @GET
    @Path("orders/{id}")
    public String order(@PathParam("id") int id) {
        throw new OrderNotFound(id);
    }

    /**
     * Throws {@link OrderArchived}.
     *
     * @return nothing
     */
    @GET
    @Path("archived")
    public String archived() {
        throw new OrderArchived();
    }

    /**
     * Throws {@link PaymentRequired}.
     *
     * @return nothing
     */
    @GET
    @Path("payment")
    public String payment() {
        throw new PaymentRequired();
    }

    /**
     * Throws a problem of a type nobody maps.
     *
     * @return nothing
     */
    @GET
    @Path("other")
    public String other() {
        throw ProblemException.of(409, "Something else");
    }
}
