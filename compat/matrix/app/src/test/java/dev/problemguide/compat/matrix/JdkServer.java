package dev.problemguide.compat.matrix;

import com.sun.net.httpserver.HttpServer;
import dev.problemguide.jersey.jdkhttp.ProblemJdkHttp;
import java.net.URI;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/** Jersey's container for the JDK's HTTP server ({@code jersey-container-jdk-http}), with {@link ProblemJdkHttp}. */
record JdkServer(HttpServer server, int port) implements MatrixServer {

    static JdkServer start(ResourceConfig application) {
        // The README's line for the JDK's server: ProblemJdkHttp.install before start.
        HttpServer server = ProblemJdkHttp.install(JdkHttpServerFactory.createHttpServer(
                URI.create("http://127.0.0.1:0" + BASE_PATH + "/"), application, false));
        server.start();
        return new JdkServer(server, server.getAddress().getPort());
    }

    @Override
    public String version() {
        return "JDK HTTP server " + Runtime.version();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
