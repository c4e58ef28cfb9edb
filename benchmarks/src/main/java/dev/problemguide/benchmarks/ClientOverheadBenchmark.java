package dev.problemguide.benchmarks;

import dev.problemguide.client.ProblemClients;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What {@code ProblemClients.wrap} adds to a call answered with 200: the same typed call,
 * {@code target.path("orders/1").request(APPLICATION_JSON).get(String.class)} on a {@code WebTarget} made once,
 * through a plain Jersey client and through the same client wrapped.
 * <ul>
 *   <li>{@link #httpPlain} and {@link #httpWrapped}: over HTTP, against the HTTP benchmark's application
 *       ({@link BenchServer#application(String)}, mode {@code feature}) on Grizzly at 127.0.0.1, on an ephemeral
 *       port, in the benchmark's JVM (client and server share the two cores); Jersey's default connector
 *       ({@code HttpURLConnection}, kept-alive connections). The whole request, as an application sees it.</li>
 *   <li>{@link #inProcessPlain} and {@link #inProcessWrapped}: the same call with no network, answered by a
 *       {@code ClientRequestFilter} that aborts the request with the same 200 JSON response; what is left is the
 *       client's own work (building the request, filters, reading the entity), so the wrapper's proxies are
 *       measured against it alone.</li>
 * </ul>
 * <b>What the wrapper adds to a 200</b> is {@code wrapped − plain} of each pair, and their ratio. Every state
 * builds only its own client (and server), and checks the answer once in {@code @Setup}. A Jersey client call
 * needs about ten seconds of invocations to settle (measured: 200 µs, then 60 µs, then 7 µs per call in
 * process), hence the 15 s warm-up; over HTTP, with the server compiled in the same JVM, about 20 s (1.5 ms,
 * then 0.4 ms, then 0.2 ms per call), hence 30 s.
 * Run with {@code benchmarks/run-jmh.sh ClientOverheadBenchmark -prof gc}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class ClientOverheadBenchmark {

    /**
     * A plain Jersey client, over HTTP.
     *
     * @param state the client and server
     * @return the entity
     */
    @Benchmark
    @Warmup(iterations = 10, time = 3)
    public String httpPlain(HttpPlain state) {
        return state.call();
    }

    /**
     * The same client wrapped by {@code ProblemClients.wrap}, over HTTP.
     *
     * @param state the client and server
     * @return the entity
     */
    @Benchmark
    @Warmup(iterations = 10, time = 3)
    public String httpWrapped(HttpWrapped state) {
        return state.call();
    }

    /**
     * A plain Jersey client, answered by a filter.
     *
     * @param state the client
     * @return the entity
     */
    @Benchmark
    public String inProcessPlain(InProcessPlain state) {
        return state.call();
    }

    /**
     * The same client wrapped, answered by a filter.
     *
     * @param state the client
     * @return the entity
     */
    @Benchmark
    public String inProcessWrapped(InProcessWrapped state) {
        return state.call();
    }

    /** A client, plain or wrapped, and the target it calls. */
    public abstract static class Caller {
        private Client client;
        private WebTarget target;

        /**
         * Creates the client and the target, and checks the answer once.
         *
         * @param wrap    whether to wrap the client
         * @param base    the base URI
         * @param answer  the filter answering instead of the network, or {@code null}
         */
        final void open(boolean wrap, URI base, ClientRequestFilter answer) {
            Client plain = ClientBuilder.newClient();
            if (answer != null) {
                plain.register(answer);
            }
            client = wrap ? ProblemClients.wrap(plain) : plain;
            if (wrap == (client == plain)) {
                throw new IllegalStateException("The client is " + (wrap ? "not " : "") + "wrapped");
            }
            target = client.target(base);
            String body = call();
            if (!body.startsWith("{") || !body.contains("\"shipped\"") || !body.contains("42.5")) {
                throw new IllegalStateException("Unexpected answer: " + body);
            }
        }

        /**
         * Makes the call.
         *
         * @return the entity
         */
        final String call() {
            return target.path("orders/1").request(MediaType.APPLICATION_JSON_TYPE).get(String.class);
        }

        /** Closes the client. */
        @TearDown
        public void close() {
            client.close();
        }
    }

    /** A client and a server at 127.0.0.1 in this JVM. */
    public abstract static class OverHttp extends Caller {
        /** Held, so that its level stays set: WADL's warning that JAXB is absent is not the benchmark's concern. */
        private static final Logger WADL = Logger.getLogger("org.glassfish.jersey.server.wadl");

        private HttpServer server;

        /**
         * Starts the server on an ephemeral port and opens the client.
         *
         * @param wrap whether to wrap the client
         */
        final void start(boolean wrap) {
            Logger.getLogger("").setLevel(Level.WARNING);
            WADL.setLevel(Level.SEVERE);
            server = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"),
                    BenchServer.application("feature"), true);
            int port = server.getListeners().iterator().next().getPort();
            open(wrap, URI.create("http://127.0.0.1:" + port + "/"), null);
        }

        /** Stops the server. */
        @TearDown
        public void stop() {
            server.shutdownNow();
        }
    }

    /** The plain client over HTTP. */
    @State(Scope.Thread)
    public static class HttpPlain extends OverHttp {
        /** Starts. */
        @Setup
        public void setUp() {
            start(false);
        }
    }

    /** The wrapped client over HTTP. */
    @State(Scope.Thread)
    public static class HttpWrapped extends OverHttp {
        /** Starts. */
        @Setup
        public void setUp() {
            start(true);
        }
    }

    /** Answers every request with the order, as the server would: no network. */
    static final ClientRequestFilter ANSWER = request -> request.abortWith(
            Response.ok("{\"id\":1,\"status\":\"shipped\",\"total\":42.5}", MediaType.APPLICATION_JSON_TYPE).build());

    /** The plain client, answered by a filter. */
    @State(Scope.Thread)
    public static class InProcessPlain extends Caller {
        /** Opens. */
        @Setup
        public void setUp() {
            open(false, URI.create("http://127.0.0.1:1/"), ANSWER);
        }
    }

    /** The wrapped client, answered by a filter. */
    @State(Scope.Thread)
    public static class InProcessWrapped extends Caller {
        /** Opens. */
        @Setup
        public void setUp() {
            open(true, URI.create("http://127.0.0.1:1/"), ANSWER);
        }
    }
}
