package dev.problemguide.jersey.grizzly;

import dev.problemguide.jersey.internal.config.FeatureOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.threadpool.ThreadPoolConfig;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpContainer;
import org.glassfish.jersey.server.ContainerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * Starts a Jersey application on Grizzly the way Problem Guide recommends: Jersey's container behind a
 * {@link ProblemGrizzlyHandler}, request bodies allowed on every method (so that a {@code DELETE} with a
 * body gets Jersey's 405 problem rather than Grizzly's empty 400), and Jersey's
 * {@code processResponseErrors} switched on (so that exceptions from response filters and writers reach
 * the exception mappers), a worker pool sized for blocking reads ({@link #WORKER_THREADS} threads) and a
 * read timeout of {@value #READ_TIMEOUT_SECONDS} seconds. A drop-in for
 * {@code GrizzlyHttpServerFactory.createHttpServer(uri, config)}.
 *
 * <p>What Grizzly itself answers is a problem too: a request URI that is not validly percent-encoded (400), a path
 * outside the application's base path (404), {@code TRACE} (passed to the application, which answers a 405
 * problem unless a resource takes it) and the errors Grizzly sends itself (a 413 for a body over its limit, a 503
 * while it shuts down), and what its HTTP parser refuses before any handler runs (a request line or headers over
 * its 8 KB limit, more than 100 headers: a 400 problem, with no {@code instance} when the request line itself was
 * too long to read).
 */
public final class ProblemGrizzly {

    /** Jersey's property that sends exceptions from response filters and writers through the mappers. */
    public static final String PROCESS_RESPONSE_ERRORS = ServerProperties.PROCESSING_RESPONSE_ERRORS_ENABLED;

    /**
     * The worker threads of a server made here: 64, or twice the cores where that is more (Grizzly's default).
     * Jersey reads request bodies by blocking a worker, so the pool must outnumber the clients that may upload
     * slowly at once (Grizzly's default is four on two cores: four stalled uploads stopped the whole service).
     * More slow clients than this still need a buffering proxy or a connection limit in front.
     */
    public static final int WORKER_THREADS = Math.max(64, 2 * Runtime.getRuntime().availableProcessors());

    /**
     * The transport's read timeout, {@value} seconds (Grizzly's default is 30). A stalled upload ends in a 408
     * problem that frees its worker; measured on the sample, after about 45 s: Grizzly's blocking read of a body
     * waits longer than this one setting says.
     */
    public static final int READ_TIMEOUT_SECONDS = 15;

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
        NetworkListener listener = new NetworkListener("grizzly", uri.getHost(), uri.getPort() < 0 ? 80 : uri.getPort());
        listener.getTransport().setWorkerThreadPoolConfig(ThreadPoolConfig.defaultConfig().copy()
                .setPoolName("problemguide-grizzly-worker").setCorePoolSize(WORKER_THREADS)
                .setMaxPoolSize(WORKER_THREADS));
        listener.getTransport().setReadTimeout(READ_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        listener.registerAddOn(new ProblemCodecAddOn());
        server.addListener(listener);
        server.getServerConfiguration().setDefaultQueryEncoding(StandardCharsets.UTF_8);
        server.getServerConfiguration().setAllowPayloadForUndefinedHttpMethods(true);
        GrizzlyHttpContainer container = ContainerFactory.createContainer(GrizzlyHttpContainer.class, application);
        String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
        // The application's property, read by the feature's own option (a builder setting is not visible here).
        Boolean property = FeatureOptions.TRUST_CLIENT_TRACE_IDS.read(
                application.getProperty(FeatureOptions.TRUST_CLIENT_TRACE_IDS.name()));
        boolean trust = property != null ? property : FeatureOptions.TRUST_CLIENT_TRACE_IDS.defaultValue();
        ProblemGrizzlyHandler handler = new ProblemGrizzlyHandler(container, trust);
        String basePath = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        // Below the root, Grizzly's own mapping would answer bad URIs and other paths itself (see BasePathHandler).
        server.getServerConfiguration().addHttpHandler(basePath.isEmpty() ? handler
                : new BasePathHandler(basePath, handler), "/");
        // TRACE goes to the application, which answers it (a 405 problem unless a resource takes it), instead of
        // Grizzly's empty 405; Jersey's own factory does the same.
        server.getServerConfiguration().setPassTraceRequest(true);
        server.getServerConfiguration().setDefaultErrorPageGenerator(new ProblemErrorPages());
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start Grizzly at " + uri, e);
        }
        return server;
    }
}
