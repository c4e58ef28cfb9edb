package dev.problemguide.json.testsupport;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * A Jersey application on Grizzly at 127.0.0.1 on an ephemeral port, with a client that reads each
 * response as text. For tests that need several differently configured servers in one class.
 */
public final class LoopbackServer implements AutoCloseable {

    /** A response read once. */
    public record Answer(int status, Map<String, List<String>> headers, String body) {
        /**
         * Returns a header.
         *
         * @param name case-insensitive
         * @return the values joined by commas, or {@code null}
         */
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> String.join(",", e.getValue())).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final URI base;
    private final Client client = ClientBuilder.newBuilder().connectTimeout(5, TimeUnit.SECONDS)
            .readTimeout(20, TimeUnit.SECONDS).property("jersey.config.client.followRedirects", false).build();

    private LoopbackServer(HttpServer server) {
        this.server = server;
        this.base = URI.create("http://127.0.0.1:" + server.getListener("grizzly").getPort() + "/");
    }

    /**
     * Starts an application.
     *
     * @param application the application
     * @return the started server
     */
    public static LoopbackServer start(ResourceConfig application) {
        return new LoopbackServer(GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"),
                application, true));
    }

    /**
     * Returns the base URI.
     *
     * @return {@code http://127.0.0.1:port/}
     */
    public URI base() {
        return base;
    }

    /**
     * Sends a GET.
     *
     * @param path    the path relative to the base, raw (already encoded)
     * @param headers name, value, name, value...
     * @return the response
     */
    public Answer get(String path, String... headers) {
        return send("GET", path, null, null, headers);
    }

    /**
     * Sends a request.
     *
     * @param method      the method
     * @param path        the raw path relative to the base
     * @param contentType the body's type, or {@code null}
     * @param body        the body, or {@code null}
     * @param headers     name, value, name, value...
     * @return the response
     */
    public Answer send(String method, String path, String contentType, String body, String... headers) {
        Invocation.Builder request = client.target(base.resolve(path)).request();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try (Response response = body == null ? request.method(method)
                : request.method(method, Entity.entity(body, contentType))) {
            String text = response.hasEntity() ? response.readEntity(String.class) : "";
            return new Answer(response.getStatus(), response.getStringHeaders(), text);
        }
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
