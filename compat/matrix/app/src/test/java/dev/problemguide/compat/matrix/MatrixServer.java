package dev.problemguide.compat.matrix;

import java.net.URI;
import org.glassfish.jersey.server.ResourceConfig;

/** A container running the matrix's application at 127.0.0.1 on an ephemeral port, below {@value #BASE_PATH}. */
interface MatrixServer extends AutoCloseable {

    /** Where the application is mounted: below the root, so that the container has paths of its own. */
    String BASE_PATH = "/api";

    /**
     * Starts the application in a container, started as its Jersey module's documentation says.
     *
     * @param container {@code grizzly}, {@code jetty}, {@code jdk} or {@code tomcat}
     * @param application the application (Jetty's makes its own: {@link MatrixApplication#belowRoot})
     * @return the running server
     * @throws Exception if it cannot start
     */
    static MatrixServer start(String container, ResourceConfig application) throws Exception {
        return switch (container) {
            case "grizzly" -> GrizzlyServer.start(application);
            case "jetty" -> JettyServer.start();
            case "jdk" -> JdkServer.start(application);
            case "tomcat" -> TomcatServer.start(application);
            default -> throw new IllegalArgumentException("No container " + container);
        };
    }

    /**
     * Returns the port the container listens on, at 127.0.0.1.
     *
     * @return the port
     */
    int port();

    /**
     * Returns the application's base URI.
     *
     * @return {@code http://127.0.0.1:port/api/}
     */
    default URI base() {
        return URI.create("http://127.0.0.1:" + port() + BASE_PATH + "/");
    }

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
