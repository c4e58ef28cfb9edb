package dev.problemguide.samples;

import java.io.PrintStream;
import java.net.URI;
import java.util.concurrent.CountDownLatch;
import org.glassfish.grizzly.http.server.HttpServer;
import dev.problemguide.jersey.grizzly.ProblemGrizzly;

/**
 * Runs the sample order service on the embedded Grizzly server at {@code 127.0.0.1}, port 8080 unless
 * {@code --port N} or the {@code PORT} variable says otherwise, and prints ready-to-paste {@code curl}
 * commands. Ctrl-C stops it.
 */
public final class SampleServer {

    /** The port used when neither {@code --port} nor {@code PORT} is given. */
    public static final int DEFAULT_PORT = 8080;

    private SampleServer() {
    }

    /**
     * Starts the service and waits until the JVM is told to stop.
     *
     * @param args {@code --port N} (or {@code --port=N}); {@code 0} picks a free port
     * @throws InterruptedException if interrupted while waiting
     */
    public static void main(String[] args) throws InterruptedException {
        int port;
        try {
            port = port(args, System.getenv("PORT"));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("Usage: SampleServer [--port N]   (or set PORT=N)");
            System.exit(2);
            return;
        }
        HttpServer server = start(port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.shutdownNow();
            System.out.println("Sample order service stopped.");
            stopped.countDown();
        }, "sample-shutdown"));
        printWelcome(System.out, baseUri(server));
        stopped.await();
    }

    /**
     * Starts the service on 127.0.0.1.
     *
     * @param port the port; {@code 0} picks a free one
     * @return the running server
     */
    public static HttpServer start(int port) {
        SampleApplication application = new SampleApplication();
        HttpServer server = start(application, port);
        application.orderService().listensAt(baseUri(server));
        return server;
    }

    /**
     * Starts an application on 127.0.0.1 the way Problem Guide recommends for Grizzly
     * ({@link ProblemGrizzly#createHttpServer}), so that even what escapes Jersey answers with a problem.
     *
     * @param application the application
     * @param port        the port; {@code 0} picks a free one
     * @return the running server
     */
    public static HttpServer start(org.glassfish.jersey.server.ResourceConfig application, int port) {
        return ProblemGrizzly.createHttpServer(URI.create("http://127.0.0.1:" + port + "/"), application);
    }

    /**
     * Returns the base URI a running server answers on.
     *
     * @param server the server
     * @return {@code http://127.0.0.1:port/}
     */
    public static URI baseUri(HttpServer server) {
        return URI.create("http://127.0.0.1:" + server.getListener("grizzly").getPort() + "/");
    }

    /**
     * Prints where the service runs and the showcase's {@code curl} commands.
     *
     * @param out  where to print
     * @param base the service's base URI
     */
    public static void printWelcome(PrintStream out, URI base) {
        out.println("Sample order service running at " + base + "  (Ctrl-C to stop)");
        out.println();
        out.println("Try these; each answers with an application/problem+json body:");
        for (Showcase.Example example : Showcase.EXAMPLES) {
            out.println();
            out.println("# " + example.shows());
            out.println(example.curl(base));
        }
        out.println();
        out.println("The service's OpenAPI document, its errors documented as application/problem+json "
                + "(also as openapi.yaml):");
        out.println(openApiCurl(base));
        out.println();
        out.println("Each problem type opens its page (a browser, or Accept: application/json); all of them:");
        out.println(typePagesUri(base));
        out.println();
        out.println("Every problem answered so far, counted by status, type, exception, method and route:");
        out.println(metricsCurl(base));
        out.println();
    }

    /**
     * Returns the {@code curl} command that shows the service's problem counters.
     *
     * @param base the service's base URI
     * @return the command
     */
    public static String metricsCurl(URI base) {
        return "curl -s " + base.resolve("metrics") + " | grep http_server_problems";
    }

    /**
     * Returns the address of the index of the service's problem type pages.
     *
     * @param base the service's base URI
     * @return the index's URI
     */
    public static URI typePagesUri(URI base) {
        return base.resolve(SampleApplication.TYPE_PAGES + "/");
    }

    /**
     * Returns the {@code curl} command that reads the service's OpenAPI document.
     *
     * @param base the service's base URI
     * @return the command
     */
    public static String openApiCurl(URI base) {
        return "curl " + base.resolve("openapi.json");
    }

    /**
     * Reads the port from the arguments, else from the {@code PORT} variable, else the default.
     *
     * @param args the command line
     * @param env  the value of {@code PORT}, or {@code null}
     * @return the port
     * @throws IllegalArgumentException with a message for the user when a value is not a port
     */
    static int port(String[] args, String env) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--port") && i + 1 < args.length) {
                return parse(args[i + 1], "--port");
            }
            if (args[i].startsWith("--port=")) {
                return parse(args[i].substring("--port=".length()), "--port");
            }
            if (args[i].equals("--port")) {
                throw new IllegalArgumentException("--port needs a number");
            }
            throw new IllegalArgumentException("Unknown argument: " + args[i]);
        }
        return env == null || env.isBlank() ? DEFAULT_PORT : parse(env.trim(), "PORT");
    }

    private static int parse(String value, String name) {
        try {
            int port = Integer.parseInt(value);
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException(name + " must be from 0 to 65535, but was " + value);
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number, but was '" + value + "'", e);
        }
    }
}
