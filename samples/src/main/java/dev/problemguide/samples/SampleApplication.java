package dev.problemguide.samples;

import dev.problemguide.jersey.ProblemFeature;
import java.net.URI;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * The sample's Jersey application: the order resource, a gateway that calls it over HTTP, Jackson, and Problem
 * Guide with a type base URI.
 * Texts and the mapping of {@code NoSuchElementException} come from {@code problem-messages.properties}.
 */
public class SampleApplication extends ResourceConfig {

    /** The base of the sample's problem types. */
    public static final String TYPE_BASE_URI = "https://problems.example.com/";

    private final OrderService orderService = new OrderService();

    /** Creates the application. */
    public SampleApplication() {
        register(OrderResource.class);
        register(new GatewayResource(orderService));
        register(orderService);
        register(JacksonFeature.class);
        register(ProblemFeature.builder()
                .typeBaseUri(URI.create(TYPE_BASE_URI))
                .build());
        // Exceptions from response filters and writers go through the mappers too (Jersey reads this from the
        // application's own properties, so a feature cannot set it; ProblemGrizzly sets it as well).
        property(ServerProperties.PROCESSING_RESPONSE_ERRORS_ENABLED, true);
    }

    /**
     * Returns the order service as the gateway calls it, to be told where the server listens.
     *
     * @return the order service
     */
    public OrderService orderService() {
        return orderService;
    }
}
