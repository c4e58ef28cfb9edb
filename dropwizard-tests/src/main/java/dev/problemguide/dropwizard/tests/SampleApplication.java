package dev.problemguide.dropwizard.tests;

import dev.problemguide.ProblemExtension;
import dev.problemguide.ProblemMapping;
import dev.problemguide.dropwizard.ProblemBundle;
import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Optional;

/**
 * The sample service: one resource, and Problem Guide's two lines, the bundle in {@code initialize} with the
 * configuration's options. Run it with {@code mvn -B install -DskipTests} once, then
 * {@code mvn -B -f dropwizard-tests exec:java}.
 */
public class SampleApplication extends Application<SampleConfiguration> {

    /** In the internal messages: a body or header with it leaks. */
    static final String SECRET = "jdbc:postgresql://db.internal/orders?password=s3cr3t";

    /**
     * Runs the service.
     *
     * @param args {@code server sample.yml}
     * @throws Exception if it cannot start
     */
    public static void main(String[] args) throws Exception {
        new SampleApplication().run(args);
    }

    @Override
    public void initialize(Bootstrap<SampleConfiguration> bootstrap) {
        bootstrap.addBundle(new ProblemBundle<>(SampleConfiguration::getProblems));
    }

    @Override
    public void run(SampleConfiguration configuration, Environment environment) {
        environment.jersey().register(new Orders());
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
        /**
         * An order, or the mapped exception.
         *
         * @param id the order id
         * @return the order
         */
        @GET
        @Path("{id}")
        public Map<String, Object> order(@PathParam("id") long id) throws OrderMissing {
            if (id != 1) {
                throw new OrderMissing(id);
            }
            return Map.of("id", id);
        }

        /**
         * An order found, or not: Dropwizard answers an empty {@code Optional} as a 404.
         *
         * @param id the order id
         * @return the order, if any
         */
        @GET
        @Path("optional/{id}")
        public Optional<Map<String, Object>> optionalOrder(@PathParam("id") long id) {
            return id == 1 ? Optional.of(Map.of("id", id)) : Optional.empty();
        }

        /**
         * Places an order.
         *
         * @param order the order, validated
         * @return 201
         */
        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        public Response place(@Valid NewOrder order) {
            return Response.status(201).build();
        }

        /**
         * Greets the name of a form: another body is the client's mistake (a 415, not a 500).
         *
         * @param name the form's name field
         * @return the greeting
         */
        @POST
        @Path("greetings")
        public Map<String, Object> greet(@FormParam("name") String name) {
            return Map.of("hello", String.valueOf(name));
        }

        /**
         * Fails as a bug does.
         *
         * @return never
         */
        @GET
        @Path("bug")
        public String bug() {
            throw new IllegalStateException(SECRET);
        }

        /**
         * A bare 409.
         *
         * @return the 409
         */
        @GET
        @Path("conflict")
        public Response conflict() {
            return Response.status(409).build();
        }
    }
}
