package dev.problemguide.integration;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * A downstream service that answers every call with an error, on 127.0.0.1 at an ephemeral port (the JDK's own
 * HTTP server). {@code /orders/<status>} answers a problem full of what must never reach the gateway's caller:
 * a secret in title, detail, instance and an extension member, a {@code traceId} of its own, a relative type,
 * and {@code Set-Cookie}, {@code WWW-Authenticate}, {@code Retry-After} and a custom header.
 * {@code /html/<status>} answers an HTML page (not a problem) with an {@code X-Request-Id};
 * {@code /traced/<status>} the same page with a {@code traceresponse} and a {@code traceparent} too.
 */
final class DownstreamStub implements AutoCloseable {

    /** In everything the downstream says; never to appear in the gateway's answer. */
    static final String SECRET = "SECRET-d0wn-5tream";
    /** The downstream's own trace id, in its problems' {@code traceId} member. */
    static final String TRACE_ID = "downstream-trace-4711";
    /** The id in the {@code X-Request-Id} of the HTML answers. */
    static final String REQUEST_ID = "req-downstream-9";
    /** The trace-id of the {@code traceresponse} of the traced answers. */
    static final String TRACERESPONSE_ID = "1af7651916cd43dd8448eb211c80319d";
    /** The instance of its problems. */
    static final String INSTANCE = "/orders/7/attempts/" + SECRET;
    /** The relative type of its problems, resolved by the client against the request URI. */
    static final String TYPE = "/problems/out-of-stock";

    private final HttpServer server;

    private DownstreamStub(HttpServer server) {
        this.server = server;
    }

    static DownstreamStub start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/orders/", exchange -> answer(exchange, "application/problem+json", problem(
                    status(exchange))));
            server.createContext("/html/", exchange -> {
                exchange.getResponseHeaders().add("X-Request-Id", REQUEST_ID);
                answer(exchange, "text/html", "<html><body>Internal error at db-7: " + SECRET + "</body></html>");
            });
            server.createContext("/traced/", exchange -> {
                exchange.getResponseHeaders().add("X-Request-Id", REQUEST_ID);
                exchange.getResponseHeaders().add("traceparent",
                        "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
                exchange.getResponseHeaders().add("traceresponse", "00-" + TRACERESPONSE_ID + "-c7ad6b7169203331-00");
                answer(exchange, "text/html", "<html><body>Internal error at db-7: " + SECRET + "</body></html>");
            });
            server.start();
            return new DownstreamStub(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Its base URI, {@code http://127.0.0.1:port/}. */
    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    private static int status(HttpExchange exchange) {
        String path = exchange.getRequestURI().getPath();
        return Integer.parseInt(path.substring(path.lastIndexOf('/') + 1));
    }

    private static String problem(int status) {
        return "{\"type\":\"" + TYPE + "\",\"title\":\"Out of stock in warehouse db-7\",\"status\":" + status
                + ",\"detail\":\"Warehouse db-7 refused: " + SECRET + "\",\"instance\":\"" + INSTANCE
                + "\",\"internalHost\":\"db-7." + SECRET + "\",\"traceId\":\"" + TRACE_ID + "\"}";
    }

    private static void answer(HttpExchange exchange, String type, String body) throws IOException {
        int status = status(exchange);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.getResponseHeaders().add("Set-Cookie", "session=" + SECRET + "; HttpOnly");
        exchange.getResponseHeaders().add("WWW-Authenticate", "Bearer realm=\"" + SECRET + "\"");
        exchange.getResponseHeaders().add("Retry-After", "120");
        exchange.getResponseHeaders().add("X-Downstream-Secret", SECRET);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
