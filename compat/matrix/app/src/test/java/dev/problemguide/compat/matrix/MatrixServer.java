package dev.problemguide.compat.matrix;

import java.net.URI;
import org.glassfish.jersey.server.ResourceConfig;

/** A container running the matrix's application at 127.0.0.1 on an ephemeral port. */
interface MatrixServer extends AutoCloseable {

    /**
     * Starts the application in a container, started as its Jersey module's documentation says.
     *
     * @param container {@code grizzly}, {@code jetty}, {@code jdk} or {@code tomcat}
     * @param application the application
     * @return the running server
     * @throws Exception if it cannot start
     */
    static MatrixServer start(String container, ResourceConfig application) throws Exception {
        return switch (container) {
            case "grizzly" -> GrizzlyServer.start(application);
            case "jetty" -> JettyServer.start(application);
            case "jdk" -> JdkServer.start(application);
            case "tomcat" -> TomcatServer.start(application);
            default -> throw new IllegalArgumentException("No container " + container);
        };
    }

    /**
     * Returns the application's base URI.
     *
     * @return {@code http://127.0.0.1:port/}
     */
    URI base();

    /**
     * Returns the container and its version, as it reports it.
     *
     * @return for example {@code Tomcat 11.0.27.0}
     */
    String version();

    /** Stops the container. */
    @Override
    void close();
}
