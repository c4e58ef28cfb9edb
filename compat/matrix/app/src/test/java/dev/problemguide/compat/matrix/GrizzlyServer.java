package dev.problemguide.compat.matrix;

import dev.problemguide.jersey.grizzly.ProblemGrizzly;
import java.net.URI;
import org.glassfish.grizzly.Grizzly;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.server.ResourceConfig;

/** Jersey's Grizzly container ({@code jersey-container-grizzly2-http}), started by {@link ProblemGrizzly}. */
record GrizzlyServer(HttpServer server, int port) implements MatrixServer {

    static GrizzlyServer start(ResourceConfig application) {
        // The README's line for Grizzly: ProblemGrizzly in place of GrizzlyHttpServerFactory.
        HttpServer server = ProblemGrizzly.createHttpServer(URI.create("http://127.0.0.1:0" + BASE_PATH + "/"),
                application);
        return new GrizzlyServer(server, server.getListener("grizzly").getPort());
    }

    @Override
    public String version() {
        return "Grizzly " + Grizzly.getDotedVersion();
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
