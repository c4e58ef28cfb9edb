package dev.problemguide.openapi;

import dev.problemguide.ProblemExtension;
import dev.problemguide.ProblemMapping;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Small resources, one per inference rule. */
final class TestResources {

    private TestResources() {
    }

    /** Mapped by annotation, with an extension member. */
    @ProblemMapping(status = 404, type = "https://errors.example.com/order-not-found", title = "Order not found",
            detail = "No order {orderId}.")
    public static class OrderNotFoundException extends Exception {
        private static final long serialVersionUID = 1L;

        /** The order's id. */
        @ProblemExtension
        public final long orderId;

        public OrderNotFoundException(long orderId) {
            this.orderId = orderId;
        }
    }

    /** Mapped by annotation, same status as a validation 400. */
    @ProblemMapping(status = 409, type = "https://errors.example.com/order-closed")
    public static class OrderClosedException extends Exception {
        private static final long serialVersionUID = 1L;
    }

    /** Not mapped at all. */
    public static class UnmappedException extends Exception {
        private static final long serialVersionUID = 1L;
    }

    /** A body with a constraint. */
    public record Order(@NotBlank String item) {
    }

    @Path("/plain")
    public static class Plain {
        @GET
        public void ping() {
        }
    }

    @Path("/produces")
    public static class Produced {
        @GET
        @Produces(MediaType.TEXT_PLAIN)
        public String text() {
            return "text";
        }
    }

    @Path("/body")
    public static class Body {
        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        public void create(String body) {
        }
    }

    @Path("/params/{id}")
    public static class Params {
        @GET
        public void byId(@PathParam("id") long id, @QueryParam("name") String name) {
        }

        @GET
        @Path("text")
        public void byText(@PathParam("id") String id, @QueryParam("name") String name) {
        }

        @GET
        @Path("header")
        public void byHeader(@PathParam("id") String id, @HeaderParam("X-Count") int count) {
        }
    }

    @Path("/valid")
    public static class Validated {
        @GET
        public void query(@QueryParam("qty") @Min(1) int qty) {
        }

        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        public void body(@Valid Order order) {
        }
    }

    @Path("/orders/{id}")
    public static class Orders {
        @GET
        @Produces(MediaType.APPLICATION_JSON)
        public String get(@PathParam("id") long id) throws OrderNotFoundException, UnmappedException {
            return "{}";
        }

        @POST
        @Path("close")
        public void close(@PathParam("id") String id) throws OrderClosedException {
        }
    }

    @Path("/standard")
    public static class Standard {
        @GET
        public void get() throws jakarta.ws.rs.NotFoundException, jakarta.ws.rs.ForbiddenException {
        }
    }

    /** An application's own kind of 404. */
    public static class MissingThing extends jakarta.ws.rs.NotFoundException {
        private static final long serialVersionUID = 1L;
    }

    @Path("/subclass")
    public static class Subclass {
        @GET
        public void get() throws MissingThing {
        }
    }

    @Path("/mixed/{id}")
    public static class Mixed {
        @GET
        public void get(@PathParam("id") long id, @jakarta.ws.rs.HeaderParam("X-Count") int count) {
        }
    }

    @Path("/fields/{id}")
    public static class Fields {
        @PathParam("id")
        long id;

        @QueryParam("limit")
        @jakarta.validation.constraints.Positive
        Integer limit;

        @GET
        public String get() {
            return id + ":" + limit;
        }
    }

    @Path("/gateway")
    public static class Gateway {
        @GET
        public void get() throws dev.problemguide.RemoteProblemException {
        }
    }

    @Path("/lookup")
    public static class Lookup {
        @GET
        public void get() throws java.util.NoSuchElementException {
        }
    }

    /** Parameters gathered in a bean. */
    public static class Paging {
        @QueryParam("page")
        public int page;

        @QueryParam("sort")
        @NotBlank
        public String sort;
    }

    @Path("/paged")
    public static class Paged {
        @GET
        public void list(@jakarta.ws.rs.BeanParam Paging paging) {
        }
    }

    @Path("/documented")
    public static class Documented {
        @GET
        @ApiResponse(responseCode = "500", description = "Our own 500",
                content = @Content(mediaType = "text/plain"))
        public void get() {
        }
    }
}
