package dev.problemguide.jersey.grizzly;

import dev.problemguide.jersey.ProblemProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpContainer;
import org.glassfish.jersey.server.ContainerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * Starts a Jersey application on Grizzly the way Problem Guide recommends: Jersey's container behind a
 * {@link ProblemGrizzlyHandler}, request bodies allowed on every method (so that a {@code DELETE} with a
 * body gets Jersey's 405 problem rather than Grizzly's empty 400), and Jersey's
 * {@code processResponseErrors} switched on (so that exceptions from response filters and writers reach
 * the exception mappers). A drop-in for {@code GrizzlyHttpServerFactory.createHttpServer(uri, config)}.
 */
public final class ProblemGrizzly {

    /** Jersey's property that sends exceptions from response filters and writers through the mappers. */
    public static final String PROCESS_RESPONSE_ERRORS = ServerProperties.PROCESSING_RESPONSE_ERRORS_ENABLED;

    private ProblemGrizzly() {
    }

    /**
     * Creates and starts a server.
     *
     * @param uri         where to listen, e.g. {@code http://127.0.0.1:8080/}; port 0 picks a free one
     * @param application the application; {@link #PROCESS_RESPONSE_ERRORS} is set on it unless it says otherwise
     * @return the started server; its listener is named {@code grizzly}
     * @throws UncheckedIOException if the server cannot start
     */
    public static HttpServer createHttpServer(URI uri, ResourceConfig application) {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(application, "application");
        if (application.getProperty(PROCESS_RESPONSE_ERRORS) == null) {
            application.property(PROCESS_RESPONSE_ERRORS, true);
        }
        HttpServer server = new HttpServer();
        server.addListener(new NetworkListener("grizzly", uri.getHost(), uri.getPort() < 0 ? 80 : uri.getPort()));
        server.getServerConfiguration().setDefaultQueryEncoding(StandardCharsets.UTF_8);
        server.getServerConfiguration().setAllowPayloadForUndefinedHttpMethods(true);
        GrizzlyHttpContainer container = ContainerFactory.createContainer(GrizzlyHttpContainer.class, application);
        String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
        // The application's property, as the feature reads it (a builder setting is not visible here).
        boolean trust = !"false".equalsIgnoreCase(String.valueOf(
                application.getProperty(ProblemProperties.TRUST_CLIENT_TRACE_IDS)).trim());
        server.getServerConfiguration().addHttpHandler(new ProblemGrizzlyHandler(container, trust), path);
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start Grizzly at " + uri, e);
        }
        return server;
    }
}
