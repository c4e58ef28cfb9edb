package dev.problemguide.compat.matrix;

import dev.problemguide.jersey.jetty.ProblemJetty;
import java.net.URI;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Jetty;
import org.glassfish.jersey.jetty.JettyHttpContainerFactory;

/** Jersey's Jetty container ({@code jersey-container-jetty-http}, on Jetty 12.0), with {@link ProblemJetty}. */
record JettyServer(Server server, int port) implements MatrixServer {

    static JettyServer start() throws Exception {
        // Created stopped: Jersey's factory binds every interface, and tests bind only the loopback. Jersey is the
        // server's only handler, for every path: the application's resources are put below the base path instead.
        // The README's line for Jetty: ProblemJetty.install before start.
        Server server = ProblemJetty.install(JettyHttpContainerFactory.createServer(URI.create("http://127.0.0.1:0/"),
                MatrixApplication.belowRoot(BASE_PATH), false));
        ServerConnector connector = (ServerConnector) server.getConnectors()[0];
        connector.setHost("127.0.0.1");
        server.start();
        return new JettyServer(server, connector.getLocalPort());
    }

    @Override
    public String version() {
        return "Jetty " + Jetty.VERSION;
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
