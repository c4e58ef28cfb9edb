package dev.problemguide.jersey;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import java.util.List;
import java.util.Map;

/** An API that takes input: a JSON body, parameters, and constraints on both. */
@Path("input")
@Produces(MediaType.APPLICATION_JSON)
public class InputApi {

    /** One line of an order. */
    public static class OrderLine {
        @NotBlank
        public String productName;
        @Min(1)
        public int quantity;
    }

    /** An order as the client sends it. */
    public static class OrderRequest {
        @NotBlank
        @JsonProperty("customer_ref")
        public String customerRef;
        @Min(1)
        @Max(99)
        public int qty;
        @Valid
        @NotEmpty
        public List<OrderLine> items;
        public List<@NotBlank String> tags;
        public Map<String, @NotBlank String> labels;
    }

    /** A shipment whose address is sent flat, as ship_street and ship_zip. */
    public static class Shipment {
        @NotBlank
        public String carrier;
        @Valid
        @com.fasterxml.jackson.annotation.JsonUnwrapped(prefix = "ship_")
        public Address address;
    }

    /** Sent flat in the order, as ship_street and ship_zip. */
    public static class Address {
        @Size(max = 10)
        public String street;
        @Size(max = 5)
        public String zip;
    }

    /** Query parameters gathered in a bean. */
    public static class Paging {
        @QueryParam("page")
        @Min(1)
        public int page = 1;
    }

    /** The application's mapper: snake_case names. */
    public static final class SnakeCaseMapper implements ContextResolver<ObjectMapper> {
        private final ObjectMapper mapper = new ObjectMapper()
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

        @Override
        public ObjectMapper getContext(Class<?> type) {
            return mapper;
        }
    }

    @POST
    @Path("orders")
    @Consumes(MediaType.APPLICATION_JSON)
    public OrderRequest create(@Valid @NotNull OrderRequest order) {
        return order;
    }

    @GET
    @Path("orders")
    public String search(@QueryParam("limit") @Max(100) int maxResults, @QueryParam("q") @Size(max = 5) String text,
                         @HeaderParam("X-Tenant") @NotBlank String organisation, @BeanParam @Valid Paging paging) {
        // Java names differ from the parameter names on purpose: errors must name what the client sent.
        return "[]";
    }

    @GET
    @Path("orders/{id}")
    public String order(@PathParam("id") int id) {
        return "{}";
    }

    @POST
    @Path("form")
    public String form(@FormParam("name") String name) {
        return "hello " + name;
    }

    @GET
    @Path("count")
    public String count(@QueryParam("n") int n) {
        return "{}";
    }

    @POST
    @Path("shipments")
    @Consumes(MediaType.APPLICATION_JSON)
    public String ship(@Valid Shipment shipment) {
        return "ok";
    }

    @POST
    @Path("any")
    @Consumes(MediaType.APPLICATION_JSON)
    public String any(Object body) {
        return "ok";
    }

    /** Parameters declared on an interface, as generated API code does. */
    @Path("generated")
    public interface GeneratedApi {
        @GET
        @Path("items")
        String items(@QueryParam("limit") @Max(10) int limit);
    }

    /** The implementation, without Jakarta REST annotations of its own. */
    public static class GeneratedResource implements GeneratedApi {
        @Override
        public String items(int limit) {
            return "[]";
        }
    }

    /** A resource whose query parameter is a constrained field. */
    @Path("fielded")
    public static class FieldedResource {
        @QueryParam("q")
        @Size(max = 3)
        private String query;

        @GET
        public String get() {
            return "[]";
        }
    }

    @GET
    @Path("broken-return")
    @NotNull
    public String brokenReturn() {
        return null;
    }

    @GET
    @Path("app-jackson")
    public String appJackson() throws Exception {
        return new ObjectMapper().readValue("{\"never\": " + TestApi.SECRET, Map.class).toString();
    }
}
