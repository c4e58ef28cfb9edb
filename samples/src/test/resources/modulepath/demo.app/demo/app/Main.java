package demo.app;

import dev.problemguide.RemoteProblemException;
import dev.problemguide.client.ProblemClients;
import demo.app.errors.OrderNotFoundException;
import dev.problemguide.jersey.ProblemFeature;
import dev.problemguide.jersey.grizzly.ProblemGrizzly;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * Starts the application on 127.0.0.1 on a free port, calls it once with a wrapped client and prints what the
 * call failed with ({@code CLIENT=…}), prints {@code PORT=<port>} once it listens, and stops
 * when standard input closes or after the number of seconds given as the first argument (60 by default).
 */
public final class Main {

    private Main() {
    }

    /**
     * Runs the application.
     *
     * @param args the maximum run time in seconds (optional)
     * @throws InterruptedException if interrupted while waiting
     */
    public static void main(String[] args) throws InterruptedException {
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 60;
        // What ModulePathIT checks: each of these is a named module, and there is no class path at all.
        for (Class<?> type : new Class<?>[] {Main.class, dev.problemguide.Problem.class,
                dev.problemguide.json.ProblemJsonWriter.class, ProblemFeature.class, ProblemClients.class}) {
            System.out.println("MODULE " + type.getModule().getName() + " named=" + type.getModule().isNamed());
        }
        System.out.println("CLASSPATH=" + System.getProperty("java.class.path"));

        ResourceConfig application = new ResourceConfig(OrderResource.class).register(ProblemFeature.class)
                .property("problemguide.typePages", "problems");
        HttpServer server = ProblemGrizzly.createHttpServer(URI.create("http://127.0.0.1:0/"), application);
        CountDownLatch stop = new CountDownLatch(1);
        Thread stdin = new Thread(() -> {
            try (InputStream in = System.in) {
                while (in.read() != -1) {
                    // Anything written just waits for the end of the stream.
                }
            } catch (IOException e) {
                // A broken stream is a closed one.
            }
            stop.countDown();
        }, "demo-stdin");
        stdin.setDaemon(true);
        stdin.start();
        try {
            System.out.println("CLIENT=" + callItself(server.getListener("grizzly").getPort()));
            System.out.println("MAPPED=" + callItselfMapped(server.getListener("grizzly").getPort()));
            System.out.println("PORT=" + server.getListener("grizzly").getPort());
            System.out.flush();
            stop.await(seconds, TimeUnit.SECONDS);
        } finally {
            server.shutdownNow();
            System.out.println("STOPPED");
        }
    }

    /** Reads a missing order with a client wrapped by ProblemClients: proxies and decoding on the module path. */
    private static String callItself(int port) {
        Client client = ProblemClients.wrap(ClientBuilder.newClient());
        try {
            return "answered " + client.target("http://127.0.0.1:" + port + "/orders/7?key=k").request().get(String.class);
        } catch (RemoteProblemException e) {
            return e.getClass().getSimpleName() + " " + e.responseStatus() + " " + e.problem().extensions();
        } finally {
            client.close();
        }
    }

    /** The same call with the exception's type mapped back: the client builds it by reflection, as opened to it. */
    private static String callItselfMapped(int port) {
        Client client = ProblemClients.builder().map(OrderNotFoundException.class).wrap(ClientBuilder.newClient());
        try {
            return "answered " + client.target("http://127.0.0.1:" + port + "/orders/7").request().get(String.class);
        } catch (OrderNotFoundException e) {
            return e.getClass().getSimpleName() + " orderId=" + e.getOrderId();
        } finally {
            client.close();
        }
    }
}
