package dev.problemguide.jersey.jetty;

import java.util.Objects;
import org.eclipse.jetty.server.Server;

/**
 * Sets up a Jetty 12 server so that the errors Jetty answers itself, before or outside Jersey, are RFC 9457
 * {@code application/problem+json} problems like Jersey's: a one-liner around the server, for instance
 *
 * <pre>{@code
 * Server server = ProblemJetty.install(JettyHttpContainerFactory.createServer(uri, config, false));
 * server.start();
 * }</pre>
 *
 * <p>Works for the server {@code jersey-container-jetty-http} makes (create it unstarted, as above) and for any
 * embedded Jetty 12 server (12.0 or 12.1). Without it, Jetty answers a request URI it cannot decode (400), one too
 * long (414), headers too large (431) and an exception Jersey could not map (500) with an HTML page. Jersey's own
 * errors (an unmatched path, a method not allowed) are the {@code ProblemFeature}'s and need nothing here. A
 * servlet context ({@code ServletContextHandler}) keeps its own error handler for its requests: give it a default
 * error page to {@code dev.problemguide.jersey.servlet.ProblemErrorServlet} too.
 */
@SuppressWarnings("exports") // The container's types here are the application's: read statically, not transitively.
public final class ProblemJetty {

    private ProblemJetty() {
    }

    /**
     * Makes a {@link ProblemJettyErrorHandler} the server's error handler, replacing Jetty's default one. Call it
     * before the server starts: Jetty reads the error handler when it starts.
     *
     * @param server the server, not yet started
     * @return the same server, to start
     * @throws IllegalStateException if the server is already started or starting
     * @throws NullPointerException  if {@code server} is {@code null}
     */
    public static Server install(Server server) {
        Objects.requireNonNull(server, "server");
        if (server.isStarted() || server.isStarting()) {
            throw new IllegalStateException("Install the problem error handler before the server starts");
        }
        server.setErrorHandler(new ProblemJettyErrorHandler());
        return server;
    }
}
