package dev.problemguide.spring.boot.tests;

import dev.problemguide.ProblemExtension;
import dev.problemguide.ProblemMapping;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The service: Boot's Jersey with one resource, and nothing of Problem Guide but the starter on the class path and
 * one option in {@code application.properties}.
 */
@SpringBootApplication
public class BootApplication {

    /**
     * Runs the service: {@code mvn -B install -DskipTests} once, then
     * {@code mvn -B -f spring-boot-tests/boot4 spring-boot:run} (or {@code boot3}); it listens on 127.0.0.1:8080.
     *
     * @param args Boot's arguments
     */
    public static void main(String[] args) {
        SpringApplication.run(BootApplication.class, args);
    }

    /** In the internal messages: a body or header with it leaks. */
    static final String SECRET = "jdbc:postgresql://db.internal/orders?password=s3cr3t";

    /**
     * The Jersey application Boot serves.
     *
     * @return the resource config
     */
    @Bean
    ResourceConfig jersey() {
        return new ResourceConfig(Orders.class);
    }

    /** An order that does not exist. */
    @ProblemMapping(status = 404, type = "order-not-found", title = "Order not found")
    public static class OrderMissing extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final long orderId;

        OrderMissing(long orderId) {
            super("no row " + orderId + " in " + SECRET);
            this.orderId = orderId;
        }

        /**
         * The order asked for.
         *
         * @return its id
         */
        @ProblemExtension
        public long getOrderId() {
            return orderId;
        }
    }

    /**
     * An order to place.
     *
     * @param item     not blank
     * @param quantity at least one
     */
    public record NewOrder(@NotBlank String item, @Min(1) int quantity) {
    }

    /** The resource. */
    @Path("orders")
    @Produces(MediaType.APPLICATION_JSON)
    public static class Orders {
        @GET
        @Path("{id}")
        public Map<String, Object> order(@PathParam("id") long id) throws OrderMissing {
            if (id != 1) {
                throw new OrderMissing(id);
            }
            return Map.of("id", id);
        }

        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        public Response place(@Valid NewOrder order) {
            return Response.status(201).build();
        }

        @GET
        @Path("bug")
        public String bug() {
            throw new IllegalStateException(SECRET);
        }

        @GET
        @Path("conflict")
        public Response conflict() {
            return Response.status(409).build();
        }
    }
}
