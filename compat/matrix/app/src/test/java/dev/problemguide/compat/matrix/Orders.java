package dev.problemguide.compat.matrix;

import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/** The matrix's resource: each method answers, or fails in one of the ways of the behaviour table. */
@Path("orders")
@Produces(MediaType.APPLICATION_JSON)
public class Orders {

    /** Put in every internal message: a body or header that contains it leaks. */
    static final String SECRET = "jdbc:postgresql://db.internal:5432/orders?password=s3cr3t";

    /** How long a completion stage takes. */
    private static final long STAGE_DELAY_MILLIS = 250;

    /** The only order there is. */
    static final long EXISTING = 1;

    /**
     * Returns an order, or fails with {@link OrderMissingException}.
     *
     * @param id the order id, a number (a bad one is a bad path parameter)
     * @return the order
     */
    @GET
    @Path("{id}")
    public Map<String, Object> order(@PathParam("id") long id) {
        if (id != EXISTING) {
            throw new OrderMissingException(id);
        }
        return Map.of("id", id, "item", "tea");
    }

    /**
     * Places an order: the body must be JSON (400 otherwise) and valid (422 otherwise).
     *
     * @param order the order
     * @return 201
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response place(@Valid NewOrder order) {
        return Response.created(URI.create("orders/2")).build();
    }

    /**
     * Fails as a bug does.
     *
     * @return never
     */
    @GET
    @Path("bug")
    public String bug() {
        throw new IllegalStateException("connection refused: " + SECRET);
    }

    /**
     * Answers, but its responses fail in a response filter ({@link FailingResponses}), the mapped one too.
     *
     * @return the text that never arrives
     */
    @GET
    @Path("unmappable")
    @FailingResponses
    public String unmappable() {
        return "never sent";
    }

    /**
     * Answers a bare 409, no body: the library fills it in.
     *
     * @return the 409
     */
    @GET
    @Path("conflict")
    public Response conflict() {
        return Response.status(Response.Status.CONFLICT).build();
    }

    /**
     * Returns an order asynchronously: resumed from another thread, with the same failure as {@link #order}.
     *
     * @param id       the order id
     * @param response the suspended response
     */
    @GET
    @Path("async/{id}")
    public void asyncOrder(@PathParam("id") long id, @Suspended AsyncResponse response) {
        CompletableFuture.runAsync(() -> {
            try {
                response.resume(order(id));
            } catch (RuntimeException e) {
                response.resume(e);
            }
        });
    }

    /**
     * Returns an order as a completion stage that completes on another thread, a little later: still pending when
     * Jersey receives it, so that the request is always suspended (a stage already done is answered at once).
     *
     * @param id the order id
     * @return the stage
     */
    @GET
    @Path("stage/{id}")
    public CompletionStage<Map<String, Object>> stageOrder(@PathParam("id") long id) {
        return CompletableFuture.supplyAsync(() -> order(id),
                CompletableFuture.delayedExecutor(STAGE_DELAY_MILLIS, TimeUnit.MILLISECONDS));
    }
}
