package dev.problemguide.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.SecurityContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.spi.ContainerResponseWriter;
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
 * The error path in process, through Jersey itself but without HTTP: a request for {@code GET /orders/7}
 * (with the headers of a typical API client) is handed to a Jersey {@link ApplicationHandler}, whose resource
 * throws {@link OrderNotFound}; an exception mapper turns it into a 404 problem, and Jersey writes the
 * response into a reusable buffer through a {@link ContainerResponseWriter}, as a container would.
 *
 * <p>The applications are those of the HTTP benchmark ({@link BenchServer#application(String)}):
 * <ul>
 *   <li>{@link #problemGuide}: {@code ProblemFeature}, the exception mapped by its {@code @ProblemMapping};</li>
 *   <li>{@link #handWritten}: auto-discovery off ({@code ProblemProperties.AUTO_DISCOVERY=false}) and a
 *       hand-written {@code ExceptionMapper<OrderNotFound>} returning the same JSON, concatenated, as an
 *       {@code application/problem+json} String entity ({@link Competitors.HandWrittenMapper});</li>
 *   <li>{@link #zalando}: Zalando Problem's {@code ThrowableProblem} written by a {@code JacksonJsonProvider}
 *       with its module;</li>
 *   <li>{@link #success} and {@link #successPlain}: the 200 path, {@code GET /orders/1}, with and without
 *       the feature;</li>
 *   <li>{@link #concatenation}: the JSON concatenated alone, without Jersey, for scale.</li>
 * </ul>
 *
 * <p><b>What Problem Guide adds per error</b> is {@code problemGuide − handWritten}, in ns/op and, with
 * {@code -prof gc}, in {@code gc.alloc.rate.norm} bytes per operation: both run the same Jersey request
 * (routing, resource, the exception's construction and stack trace, exception-mapper lookup, response
 * writing) and differ only in the mapper and the writer of its entity. The request's own objects (the
 * {@code ContainerRequest} and its headers) are built in each invocation, as a container builds them per
 * request; parsing HTTP and the socket are left out, so the absolute numbers are lower than a server's.
 *
 * <p>Only public API is used: {@code ProblemFeature} and {@code ProblemProperties} (through
 * {@link BenchServer}), Jersey's server API and Jakarta REST. The one type from a package named
 * {@code internal} is Jersey's {@code org.glassfish.jersey.internal.PropertiesDelegate}, which Jersey's public
 * {@link ContainerRequest} constructor requires of every container; none of Problem Guide's internals.
 * {@link ApplicationHandler#handle(ContainerRequest)} is called rather than {@code apply(ContainerRequest)}
 * because {@code apply} replaces the request's writer with its own future-based one; {@code handle} is what
 * Jersey's containers (Grizzly's among them) call, with their own writer.
 *
 * <p>Every state checks once, in its {@code @Setup}, that its application answers as expected (status, media
 * type, the JSON body), so that a broken set-up fails instead of measuring something else; every invocation
 * checks that the response was committed.
 *
 * <p>A whole Jersey request takes several seconds of invocations to be compiled by C2 (longer on a loaded
 * machine), hence the 15 s warm-up; the heap is fixed at the HTTP benchmark's 512 MB. Run with
 * {@code benchmarks/run-jmh.sh ErrorPathBenchmark -prof gc}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class ErrorPathBenchmark {

    /** The error path's request path: order 7 does not exist. */
    static final String ERROR_PATH = "/orders/7";

    /** The success path's request path. */
    static final String SUCCESS_PATH = "/orders/1";

    private static final URI BASE_URI = URI.create("http://localhost:8080/");

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Problem Guide: {@code ProblemFeature} maps the exception.
     *
     * @param app the application and its writer
     * @return the number of body bytes written
     */
    @Benchmark
    public int problemGuide(FeatureError app) {
        return app.call();
    }

    /**
     * The same application without Problem Guide, a hand-written mapper concatenating the same JSON.
     *
     * @param app the application and its writer
     * @return the number of body bytes written
     */
    @Benchmark
    public int handWritten(HandWrittenError app) {
        return app.call();
    }

    /**
     * The same application with Zalando Problem (its {@code ThrowableProblem} fills a stack trace).
     *
     * @param app the application and its writer
     * @return the number of body bytes written
     */
    @Benchmark
    public int zalando(ZalandoError app) {
        return app.call();
    }

    /**
     * The success path with {@code ProblemFeature} registered.
     *
     * @param app the application and its writer
     * @return the number of body bytes written
     */
    @Benchmark
    public int success(FeatureSuccess app) {
        return app.call();
    }

    /**
     * The success path without Problem Guide.
     *
     * @param app the application and its writer
     * @return the number of body bytes written
     */
    @Benchmark
    public int successPlain(PlainSuccess app) {
        return app.call();
    }

    /**
     * The practical limit, without Jersey: concatenating the problem JSON for an exception already thrown.
     *
     * @param exception the exception
     * @return the bytes
     */
    @Benchmark
    public byte[] concatenation(Thrown exception) {
        return Competitors.concatenate(exception.exception).getBytes(StandardCharsets.UTF_8);
    }

    /** The exception of {@link #concatenation}, created once. */
    @State(Scope.Thread)
    public static class Thrown {
        final OrderNotFound exception = new OrderNotFound(7);
    }

    /** {@code ProblemFeature}, {@code GET /orders/7}. */
    @State(Scope.Thread)
    public static class FeatureError extends InProcess {
        /** Creates the state. */
        public FeatureError() {
            super("feature", ERROR_PATH);
        }

        @Override
        void check(ContainerResponse response, String body) {
            checkProblem("problemGuide", response, body, true);
        }
    }

    /** The hand-written mapper, {@code GET /orders/7}. */
    @State(Scope.Thread)
    public static class HandWrittenError extends InProcess {
        /** Creates the state. */
        public HandWrittenError() {
            super("handwritten", ERROR_PATH);
        }

        @Override
        void check(ContainerResponse response, String body) {
            checkProblem("handWritten", response, body, true);
        }
    }

    /** Zalando Problem, {@code GET /orders/7}. */
    @State(Scope.Thread)
    public static class ZalandoError extends InProcess {
        /** Creates the state. */
        public ZalandoError() {
            super("zalando", ERROR_PATH);
        }

        @Override
        void check(ContainerResponse response, String body) {
            // Zalando leaves out "type" when it is about:blank, as RFC 9457 allows.
            checkProblem("zalando", response, body, false);
        }
    }

    /** {@code ProblemFeature}, {@code GET /orders/1}. */
    @State(Scope.Thread)
    public static class FeatureSuccess extends InProcess {
        /** Creates the state. */
        public FeatureSuccess() {
            super("feature", SUCCESS_PATH);
        }

        @Override
        void check(ContainerResponse response, String body) {
            checkOrder("success", response, body);
        }
    }

    /** Without Problem Guide, {@code GET /orders/1}. */
    @State(Scope.Thread)
    public static class PlainSuccess extends InProcess {
        /** Creates the state. */
        public PlainSuccess() {
            super("plain", SUCCESS_PATH);
        }

        @Override
        void check(ContainerResponse response, String body) {
            checkOrder("successPlain", response, body);
        }
    }

    /**
     * One application of {@link BenchServer} and the request that each invocation sends it. Subclasses are
     * the JMH states; each builds only its own application, so that no other mode's classes pollute the
     * JIT's profiles.
     */
    abstract static class InProcess {
        private final String mode;
        private final URI requestUri;
        private final CapturingWriter writer = new CapturingWriter();
        private ApplicationHandler handler;
        private ResourceConfig configuration;

        InProcess(String mode, String path) {
            this.mode = mode;
            this.requestUri = BASE_URI.resolve(path.substring(1));
        }

        /** Starts the application and checks its answer once. */
        @Setup
        public void start() {
            java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
            handler = new ApplicationHandler(BenchServer.application(mode));
            configuration = handler.getConfiguration();
            call();
            check(writer.response, writer.body());
        }

        /** Stops the application. */
        @TearDown
        public void stop() {
            handler.onShutdown(null);
        }

        /**
         * Handles one request as a container does: a new request with its headers, handled synchronously, the
         * response written into the reused buffer.
         *
         * @return the number of body bytes written
         */
        final int call() {
            ContainerRequest request = new ContainerRequest(BASE_URI, requestUri, "GET", ANONYMOUS,
                    new RequestProperties(), configuration);
            MultivaluedMap<String, String> headers = request.getHeaders();
            headers.add("Host", "localhost:8080");
            headers.add("User-Agent", "bench-client/1.0");
            headers.add("Accept", "application/json");
            headers.add("Accept-Encoding", "gzip");
            request.setEntityStream(EMPTY);
            writer.reset();
            request.setWriter(writer);
            handler.handle(request);
            if (!writer.committed) {
                throw new IllegalStateException(mode + " " + requestUri + ": the response was not committed",
                        writer.failure);
            }
            return writer.out.size();
        }

        abstract void check(ContainerResponse response, String body);
    }

    private static final InputStream EMPTY = new ByteArrayInputStream(new byte[0]);

    private static final SecurityContext ANONYMOUS = new SecurityContext() {
        @Override
        public Principal getUserPrincipal() {
            return null;
        }

        @Override
        public boolean isUserInRole(String role) {
            return false;
        }

        @Override
        public boolean isSecure() {
            return false;
        }

        @Override
        public String getAuthenticationScheme() {
            return null;
        }
    };

    /** The request properties a container keeps per request (Grizzly keeps them on its request). */
    private static final class RequestProperties implements org.glassfish.jersey.internal.PropertiesDelegate {
        private final Map<String, Object> properties = new HashMap<>();

        @Override
        public Object getProperty(String name) {
            return properties.get(name);
        }

        @Override
        public Collection<String> getPropertyNames() {
            return properties.keySet();
        }

        @Override
        public void setProperty(String name, Object object) {
            properties.put(name, object);
        }

        @Override
        public void removeProperty(String name) {
            properties.remove(name);
        }
    }

    /**
     * A container's writer without the network: status and headers are kept by reference, the body goes into
     * a buffer reused by every invocation. Like Grizzly's, it lets Jersey buffer the entity, so that Jersey
     * sets the content length.
     */
    static final class CapturingWriter implements ContainerResponseWriter {
        final ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        ContainerResponse response;
        boolean committed;
        Throwable failure;

        void reset() {
            out.reset();
            response = null;
            committed = false;
            failure = null;
        }

        String body() {
            return out.toString(StandardCharsets.UTF_8);
        }

        @Override
        public OutputStream writeResponseStatusAndHeaders(long contentLength, ContainerResponse responseContext) {
            this.response = responseContext;
            return out;
        }

        @Override
        public boolean suspend(long timeOut, TimeUnit timeUnit, TimeoutHandler timeoutHandler) {
            return false;
        }

        @Override
        public void setSuspendTimeout(long timeOut, TimeUnit timeUnit) {
            throw new IllegalStateException("not suspended");
        }

        @Override
        public void commit() {
            committed = true;
        }

        @Override
        public void failure(Throwable error) {
            failure = error;
        }

        @Override
        public boolean enableResponseBuffering() {
            return true;
        }
    }

    static void checkProblem(String benchmark, ContainerResponse response, String body, boolean typeRequired) {
        expect(benchmark, response != null, "no response was written", body);
        expect(benchmark, response.getStatus() == 404, "status " + response.getStatus() + ", expected 404", body);
        MediaType type = response.getMediaType();
        expect(benchmark, type != null && type.isCompatible(MediaType.valueOf("application/problem+json")),
                "media type " + type + ", expected application/problem+json", body);
        ObjectNode expected = (ObjectNode) parse(benchmark, Competitors.concatenate(new OrderNotFound(7)));
        JsonNode actual = parse(benchmark, body);
        if (!typeRequired && !actual.has("type")) {
            expected.remove("type");
        }
        expect(benchmark, expected.equals(actual), "body is not the expected problem " + expected, body);
    }

    static void checkOrder(String benchmark, ContainerResponse response, String body) {
        expect(benchmark, response != null, "no response was written", body);
        expect(benchmark, response.getStatus() == 200, "status " + response.getStatus() + ", expected 200", body);
        MediaType type = response.getMediaType();
        expect(benchmark, type != null && type.isCompatible(MediaType.APPLICATION_JSON_TYPE),
                "media type " + type + ", expected application/json", body);
        JsonNode expected = parse(benchmark, "{\"id\":1,\"status\":\"shipped\",\"total\":42.5}");
        expect(benchmark, expected.equals(parse(benchmark, body)), "body is not the expected order " + expected,
                body);
    }

    private static JsonNode parse(String benchmark, String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(benchmark + ": not JSON: " + json, e);
        }
    }

    private static void expect(String benchmark, boolean condition, String message, String body) {
        if (!condition) {
            throw new IllegalStateException(benchmark + " set-up check failed: " + message + "; body: " + body);
        }
    }
}
