package dev.problemguide.jersey.jdkhttp;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.problemguide.Problem;
import dev.problemguide.jersey.internal.edge.EdgeProblems;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * Sets up the JDK's HTTP server ({@code com.sun.net.httpserver}) so that a request for a path outside every context
 * gets an RFC 9457 {@code application/problem+json} 404, as Jersey's own 404s are, instead of the server's
 * {@code <h1>404 Not Found</h1>No context found for request}: a one-liner around the server, for instance
 *
 * <pre>{@code
 * HttpServer server = ProblemJdkHttp.install(JdkHttpServerFactory.createHttpServer(uri, config, false));
 * server.start();
 * }</pre>
 *
 * <p>It adds a context at {@code /}, whose handler answers every request with a 404 problem (RFC 9457 section 4.2,
 * {@code about:blank}) whose {@code instance} (section 3.1.5) is the request's raw path. The server gives a request
 * to the context with the longest path that prefixes the request's, so Jersey's context (and any other) keeps its
 * requests; only what no other context takes reaches this one. When a context at {@code /} exists already, Jersey's
 * for instance, it takes every path and answers its own 404s: then nothing is added.
 *
 * <p>What stays the server's own, because {@code sun.net.httpserver.ServerImpl} checks it while reading the request,
 * before it picks a context, and runs no handler and no filter for it: a request line it cannot split or a request
 * URI {@code java.net.URI} cannot parse (a bad percent-encoding such as {@code /%zz}) get its 400 HTML page; more
 * than 200 header names ({@code sun.net.httpserver.maxReqHeaders}) or headers over 380 KB
 * ({@code sun.net.httpserver.maxReqHeaderSize}) close the connection with no answer at all; a header name with
 * illegal characters, conflicting or malformed {@code Content-Length} and {@code Transfer-Encoding} get its 400 or
 * 501 page, on the JDK versions that check them; a request target that is not a path starting with {@code /}
 * matches no context and gets its 404 page. A bad method token and {@code TRACE} do reach Jersey.
 */
public final class ProblemJdkHttp {

    /** The path of the context added: the shortest one, which every request path starts with. */
    private static final String ROOT = "/";

    private ProblemJdkHttp() {
    }

    /**
     * Adds the context at {@code /} that answers a 404 problem, unless the server has a context there already.
     * It may be called before or after the server starts, best before, so that no request meets the server's page.
     *
     * @param server the server
     * @return the same server
     * @throws NullPointerException if {@code server} is {@code null}
     */
    public static HttpServer install(HttpServer server) {
        Objects.requireNonNull(server, "server");
        try {
            server.createContext(ROOT, ProblemJdkHttp::notFound);
        } catch (IllegalArgumentException alreadyThere) {
            // The server refuses a second context for a path; the one at "/" answers everything itself.
        }
        return server;
    }

    /** Answers a 404 problem; no body for {@code HEAD}, but the length a {@code GET} would get. */
    private static void notFound(HttpExchange exchange) throws IOException {
        try (exchange) {
            Problem problem = EdgeProblems.problem(404, exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath(), "the JDK HTTP server", null);
            byte[] body = EdgeProblems.json(problem);
            exchange.getResponseHeaders().set("Content-Type", EdgeProblems.CONTENT_TYPE);
            exchange.getResponseHeaders().set(EdgeProblems.NOSNIFF_HEADER, EdgeProblems.NOSNIFF);
            exchange.getResponseHeaders().set("Cache-Control", EdgeProblems.CACHE_CONTROL);
            if ("HEAD".equals(exchange.getRequestMethod())) {
                // The server sends no Content-Length for HEAD by itself: the handler sets it (its API's note).
                exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
                exchange.sendResponseHeaders(problem.status(), -1);
                return;
            }
            exchange.sendResponseHeaders(problem.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
