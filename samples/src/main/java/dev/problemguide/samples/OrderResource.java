package dev.problemguide.samples;

import dev.problemguide.ProblemException;
import dev.problemguide.json.ProblemMediaType;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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

/**
 * The order service: each endpoint answers, or fails in one of the ways Problem Guide turns into a problem.
 * The problems that no inference can see (a bare status, a {@link ProblemException} built in the method body)
 * are documented here with swagger's annotations, referring to the {@code Problem} schema that
 * problemguide-openapi adds to the document's components. The mapped exceptions a method throws are declared in
 * its {@code throws} clause, unchecked as they are, which is where problemguide-openapi finds them.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class OrderResource {

    /** Where the {@code Problem} schema is in the OpenAPI document. */
    static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    /** The only order there is; it has shipped. */
    static final long SHIPPED_ORDER = 42;

    /**
     * Returns an order, or a 404 problem with {@code orderId} for any other id.
     *
     * @param id the order id
     * @return the order
     * @throws OrderNotFoundException for any other id (declared, though unchecked, for the OpenAPI document)
     */
    @GET
    @Path("orders/{id}")
    public Map<String, Object> order(@PathParam("id") long id) throws OrderNotFoundException {
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
    @ApiResponse(responseCode = "201", description = "The order is placed; Location names it.")
    public Response place(@Valid @NotNull NewOrder order) {
        return Response.created(URI.create("/orders/43")).entity(Map.of("id", 43)).build();
    }

    /**
     * Cancels an order: a shipped one cannot be, and the resource says so with a bare 409.
     *
     * @param id the order id
     * @return 204, or 409 without a body (Problem Guide gives it one)
     * @throws OrderNotFoundException for any other id (declared, though unchecked, for the OpenAPI document)
     */
    @POST
    @Path("orders/{id}/cancel")
    @ApiResponse(responseCode = "204", description = "The order is cancelled.")
    @ApiResponse(responseCode = "409", description = "The order has shipped and can no longer be cancelled.",
            content = @Content(mediaType = ProblemMediaType.APPLICATION_PROBLEM_JSON,
                    schema = @Schema(ref = PROBLEM_SCHEMA),
                    examples = @ExampleObject(name = "shipped", summary = "Order 42 has shipped",
                            value = "{\"type\":\"about:blank\",\"title\":\"Conflict\",\"status\":409,"
                                    + "\"detail\":\"The request could not be completed due to a conflict with the "
                                    + "current state of the resource.\",\"instance\":\"/orders/42/cancel\"}")))
    public Response cancel(@PathParam("id") long id) throws OrderNotFoundException {
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
     * @throws NoSuchElementException always (declared, though unchecked, for the OpenAPI document)
     */
    @GET
    @Path("customers/{id}")
    public Map<String, Object> customer(@PathParam("id") String id) throws NoSuchElementException {
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
    @ApiResponse(responseCode = "429", description = "Always: too many quotes.",
            headers = @Header(name = "Retry-After", description = "Seconds to wait before asking again.",
                    required = true, schema = @Schema(type = "integer")),
            content = @Content(mediaType = ProblemMediaType.APPLICATION_PROBLEM_JSON,
                    schema = @Schema(ref = PROBLEM_SCHEMA),
                    examples = @ExampleObject(name = "rate-limited", summary = "Rate-limited",
                            value = "{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
                                    + "\"detail\":\"Too many quotes; try again in 30 seconds.\","
                                    + "\"instance\":\"/quote\"}")))
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
    @ApiResponse(responseCode = "418", description = "Always: the service is a teapot.",
            content = @Content(mediaType = ProblemMediaType.APPLICATION_PROBLEM_JSON,
                    schema = @Schema(ref = PROBLEM_SCHEMA),
                    examples = @ExampleObject(name = "teapot", summary = "A teapot",
                            value = "{\"type\":\"about:blank\",\"title\":\"I'm a teapot\",\"status\":418,"
                                    + "\"detail\":\"An April Fool\u2019s joke code from the Hyper Text Coffee Pot "
                                    + "Control Protocol (HTCPCP) indicating the server refuses to brew coffee because "
                                    + "it's a teapot.\",\"instance\":\"/coffee\"}")))
    public Map<String, Object> coffee() {
        throw ProblemException.of(418, null);
    }
}
