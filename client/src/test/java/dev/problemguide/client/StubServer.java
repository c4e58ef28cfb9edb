package dev.problemguide.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A stub HTTP server on 127.0.0.1 and an ephemeral port that answers each path with the response it was
 * given: stands in for the other service (or a proxy in front of it), byte for byte.
 */
final class StubServer implements AutoCloseable {

    /**
     * A canned response.
     *
     * @param status  the status
     * @param headers the headers, Content-Type among them when the response has one
     * @param body    the body; empty for none (sent with Content-Length: 0)
     */
    record Canned(int status, Map<String, String> headers, byte[] body) {
    }

    private final HttpServer server;
    private final Map<String, Canned> answers = new ConcurrentHashMap<>();

    private StubServer(HttpServer server) {
        this.server = server;
    }

    /**
     * Starts a server.
     *
     * @return the running server
     * @throws IOException if it cannot bind
     */
    static StubServer start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        StubServer stub = new StubServer(server);
        server.createContext("/", stub::handle);
        server.start();
        return stub;
    }

    /**
     * Sets what a path answers, for any method and query.
     *
     * @param path   the request path, such as {@code /orders/7}
     * @param canned the response
     */
    void answer(String path, Canned canned) {
        answers.put(path, canned);
    }

    /**
     * Returns the server's base URI.
     *
     * @return such as {@code http://127.0.0.1:41234/}
     */
    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            Canned canned = answers.get(exchange.getRequestURI().getRawPath());
            if (canned == null) {
                exchange.sendResponseHeaders(599, -1);
                return;
            }
            canned.headers().forEach(exchange.getResponseHeaders()::set);
            byte[] body = canned.body();
            exchange.sendResponseHeaders(canned.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                } catch (IOException e) {
                    // The client stops reading an error body at 64 KB and closes the connection.
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
