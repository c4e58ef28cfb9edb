package dev.problemguide.samples;

import dev.problemguide.jersey.ProblemFeature;
import java.net.URI;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * The sample's Jersey application: the order resource, Jackson, and Problem Guide with a type base URI.
 * Texts and the mapping of {@code NoSuchElementException} come from {@code problem-messages.properties}.
 */
public class SampleApplication extends ResourceConfig {

    /** Creates the application. */
    public SampleApplication() {
        register(OrderResource.class);
        register(JacksonFeature.class);
        register(ProblemFeature.builder()
                .typeBaseUri(URI.create("https://problems.example.com/"))
                .build());
        // Exceptions from response filters and writers go through the mappers too (Jersey reads this from the
        // application's own properties, so a feature cannot set it; ProblemGrizzly sets it as well).
        property(ServerProperties.PROCESSING_RESPONSE_ERRORS_ENABLED, true);
    }
}
