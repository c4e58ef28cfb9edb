package dev.problemguide.jersey;

import dev.problemguide.Problem;
import dev.problemguide.ProblemException;
import dev.problemguide.ProblemExtension;
import dev.problemguide.ProblemMapping;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.RedirectionException;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** A small API whose endpoints fail in every way the integration must handle. */
@Path("api")
public class TestApi {

    /** Put into every exception message: it must never reach a client. */
    public static final String SECRET = "SECRET-7f3a-marker";

    /** An application exception mapped by annotation, exposing members three ways. */
    @ProblemMapping(status = 404, type = "order-not-found", title = "Order not found")
    public static class OrderNotFoundException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** Exposed as a public field. */
        @ProblemExtension
        public final long orderId;

        /** Not annotated: never exposed. */
        public final String internalNote = SECRET;

        public OrderNotFoundException(long orderId) {
            super("order " + orderId + " " + SECRET);
            this.orderId = orderId;
        }

        /**
         * Exposed through a getter under another name.
         *
         * @return the region
         */
        @ProblemExtension("region")
        public String getWarehouseRegion() {
            return "eu-west";
        }

        /**
         * Not annotated: never exposed.
         *
         * @return a secret
         */
        public String getSecret() {
            return SECRET;
        }
    }

    /** Inherits the mapping of its superclass. */
    public static class ArchivedOrderException extends OrderNotFoundException {
        private static final long serialVersionUID = 1L;

        public ArchivedOrderException(long orderId) {
            super(orderId);
        }
    }

    /** A closer mapping overrides the inherited one. */
    @ProblemMapping(status = 410, type = "https://errors.example.com/order-purged")
    public static class PurgedOrderException extends OrderNotFoundException {
        private static final long serialVersionUID = 1L;

        public PurgedOrderException(long orderId) {
            super(orderId);
        }
    }

    /** A record-style exception payload: a mapped exception whose getter fails. */
    @ProblemMapping(status = 409, title = "Stock conflict")
    public static class StockConflictException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public StockConflictException() {
            super(SECRET);
        }

        /**
         * Fails when read.
         *
         * @return never
         */
        @ProblemExtension
        public String getBroken() {
            throw new IllegalStateException(SECRET);
        }

        /**
         * Read fine.
         *
         * @return the sku
         */
        @ProblemExtension
        public String getSku() {
            return "MUG-1";
        }
    }

    /** Handled by the application's own mapper. */
    public static class TeapotException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public TeapotException() {
            super(SECRET);
        }
    }

    /** The application's own mapper, which must win for its exception. */
    public static class TeapotMapper implements ExceptionMapper<TeapotException> {
        @Override
        public Response toResponse(TeapotException exception) {
            return Response.status(418).type(MediaType.TEXT_PLAIN).entity("short and stout").build();
        }
    }

    /** Fails every request to /api/filtered. */
    public static class FailingRequestFilter implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            if (request.getUriInfo().getPath().endsWith("filtered")) {
                throw new IllegalStateException("filter " + SECRET);
            }
        }
    }

    @GET
    @Path("orders/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public String order(@PathParam("id") long id) {
        if (id == 42) {
            throw new NotFoundException("Order 42 does not exist");
        }
        if (id == 43) {
            throw new OrderNotFoundException(43);
        }
        if (id == 44) {
            throw new ArchivedOrderException(44);
        }
        if (id == 45) {
            throw new PurgedOrderException(45);
        }
        return "{\"id\":" + id + "}";
    }

    @POST
    @Path("orders")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public String create(String body) {
        return body;
    }

    @GET
    @Path("generic-404")
    public String generic404() {
        throw new NotFoundException();
    }

    @GET
    @Path("unavailable")
    public String unavailable() {
        throw new ServiceUnavailableException(120L);
    }

    @GET
    @Path("unauthorized")
    public String unauthorized() {
        throw new NotAuthorizedException("Bearer");
    }

    @GET
    @Path("redirect")
    public String redirect() {
        throw new RedirectionException(Response.Status.SEE_OTHER, URI.create("/api/orders/1"));
    }

    @GET
    @Path("wae-with-entity")
    public String waeWithEntity() {
        throw new WebApplicationException(Response.status(409).type(MediaType.TEXT_PLAIN).entity("own body").build());
    }

    @GET
    @Path("server-wae")
    public String serverWae() {
        throw new WebApplicationException("database password is " + SECRET, 502);
    }

    @GET
    @Path("problem")
    public String problem() {
        throw new ProblemException(Problem.builder().status(409).type(URI.create("https://errors.example.com/taken"))
                .detail("Name 'mug' is taken.").extension("name", "mug").build());
    }

    @GET
    @Path("problem-short-type")
    public String problemShortType() {
        throw new ProblemException(Problem.builder().status(422).type(URI.create("name-taken")).build());
    }

    @GET
    @Path("problem-ok")
    public String problemOk() {
        throw ProblemException.of(200, "fine " + SECRET);
    }

    @GET
    @Path("wrapped-teapot")
    public String wrappedTeapot() {
        return CompletableFuture.<String>supplyAsync(() -> {
            throw new TeapotException();
        }).join();
    }

    @GET
    @Path("wae-headers")
    public String waeHeaders() {
        throw new WebApplicationException(Response.status(503).header("Content-Type", "text/html")
                .header("Content-Length", "5").header("Retry-After", "7").build());
    }

    @GET
    @Path("problem-headers")
    public String problemHeaders() {
        throw ProblemException.of(429, "Slow down.").withHeader("Retry-After", "30")
                .withHeader("Link", "</docs/limits>; rel=\"help\"").withHeader("Link", "</status>; rel=\"status\"");
    }

    /** A mapped subclass of ProblemException: its annotation decides the status, its headers are kept. */
    @ProblemMapping(status = 503, type = "maintenance")
    public static class MaintenanceException extends ProblemException {
        private static final long serialVersionUID = 1L;

        public MaintenanceException() {
            this(Map.of());
        }

        private MaintenanceException(Map<String, List<String>> headers) {
            super(Problem.builder().status(503).build(), null, false, headers);
        }

        @Override
        public MaintenanceException withHeader(String name, String value) {
            return new MaintenanceException(headersWith(name, value));
        }
    }

    @GET
    @Path("maintenance")
    public String maintenance() {
        throw new MaintenanceException().withHeader("Retry-After", "3600");
    }

    @GET
    @Path("problem-of")
    public String problemOf() {
        throw ProblemException.of(429, null);
    }

    @GET
    @Path("bug")
    public String bug() {
        throw new IllegalStateException("Connection to jdbc:postgresql://db/prod failed " + SECRET);
    }

    @GET
    @Path("npe")
    public String npe() {
        String value = null;
        return value.trim() + SECRET;
    }

    @GET
    @Path("third-party")
    public String thirdParty() {
        throw new NoSuchElementException("No value present " + SECRET);
    }

    @GET
    @Path("stock")
    public String stock() {
        throw new StockConflictException();
    }

    @GET
    @Path("teapot")
    public String teapot() {
        throw new TeapotException();
    }

    @GET
    @Path("status/{code}")
    public Response status(@PathParam("code") int code) {
        return Response.status(code).header("X-Custom", "kept").build();
    }

    @GET
    @Path("not-modified")
    public Response notModified() {
        return Response.notModified().build();
    }

    @GET
    @Path("own-error-body")
    public Response ownErrorBody() {
        return Response.status(400).type(MediaType.TEXT_PLAIN).entity("plain error").build();
    }

    @GET
    @Path("async")
    public void async(@Suspended AsyncResponse response) {
        CompletableFuture.runAsync(() -> response.resume(new IllegalArgumentException(SECRET)));
    }

    @GET
    @Path("async-mapped")
    public void asyncMapped(@Suspended AsyncResponse response) {
        CompletableFuture.runAsync(() -> response.resume(new OrderNotFoundException(7)));
    }

    @GET
    @Path("stage")
    public CompletionStage<String> stage() {
        return CompletableFuture.supplyAsync(() -> {
            throw new OrderNotFoundException(8);
        });
    }

    @GET
    @Path("filtered")
    public String filtered() {
        return "never";
    }
}
