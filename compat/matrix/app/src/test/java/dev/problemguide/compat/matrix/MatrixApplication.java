package dev.problemguide.compat.matrix;

import dev.problemguide.jersey.ProblemFeature;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The application every cell runs, set up as the README's quick start says: the resource, Jackson and
 * {@link ProblemFeature} with its defaults, texts from {@code problem-messages.properties} (and its German
 * translation) on the class path. Bean Validation is Jersey's, discovered by itself.
 */
final class MatrixApplication {

    private MatrixApplication() {
    }

    static ResourceConfig create() {
        return new ResourceConfig(Orders.class).register(JacksonFeature.class).register(ProblemFeature.class);
    }
}
