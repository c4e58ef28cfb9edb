package dev.problemguide.compat.matrix;

import dev.problemguide.jersey.ProblemFeature;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.model.Resource;

/**
 * The application every cell runs, set up as the README's quick start says: the resource, Jackson and
 * {@link ProblemFeature} with its defaults, texts from {@code problem-messages.properties} (and its German
 * translation) on the class path. Bean Validation is Jersey's, discovered by itself.
 */
final class MatrixApplication {

    private MatrixApplication() {
    }

    static ResourceConfig create() {
        return new ResourceConfig(Orders.class, FailingResponses.Filter.class).register(JacksonFeature.class)
                .register(ProblemFeature.class);
    }

    /**
     * The same application for a container that mounts it at the root only, its resource below the base path:
     * Jersey's Jetty container takes every path of the server, and under a Jetty context handler resolves request
     * paths against the context path twice (Jersey 3.1 and 4.0 alike).
     */
    static ResourceConfig belowRoot(String basePath) {
        Resource orders = Resource.builder(Resource.from(Orders.class)).path(basePath + "/orders").build();
        return new ResourceConfig(FailingResponses.Filter.class).registerResources(orders)
                .register(JacksonFeature.class).register(ProblemFeature.class);
    }
}
