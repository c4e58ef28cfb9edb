package dev.problemguide.samples;

import dev.problemguide.client.ProblemClients;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.WebTarget;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.glassfish.jersey.server.spi.Container;
import org.glassfish.jersey.server.spi.ContainerLifecycleListener;

/**
 * The order service as another service sees it: a client wrapped by {@link ProblemClients}, so that its problems
 * arrive as exceptions, {@link OrderNotFoundException} as itself. The sample calls itself with it, at the address
 * the server listens on (told once it listens, never taken from a request's {@code Host}); the client is closed
 * when the application stops.
 */
public final class OrderService implements ContainerLifecycleListener {

    private final Client client = ProblemClients.builder()
            .typeBaseUri(URI.create(SampleApplication.TYPE_BASE_URI))
            .map(OrderNotFoundException.class)
            .wrap(ClientBuilder.newBuilder().connectTimeout(5, TimeUnit.SECONDS).readTimeout(10, TimeUnit.SECONDS)
                    .build());
    private final AtomicReference<URI> base = new AtomicReference<>();

    /**
     * Sets where the order service listens.
     *
     * @param uri its base URI, such as {@code http://127.0.0.1:8080/}
     */
    public void listensAt(URI uri) {
        base.set(uri);
    }

    /**
     * Returns the order service's base target.
     *
     * @return the target, or empty while the address is not known
     */
    public Optional<WebTarget> target() {
        URI uri = base.get();
        return uri == null ? Optional.empty() : Optional.of(client.target(uri));
    }

    @Override
    public void onStartup(Container container) {
        // The address is known only once the server listens: see listensAt.
    }

    @Override
    public void onReload(Container container) {
        // The same client serves the reloaded application.
    }

    @Override
    public void onShutdown(Container container) {
        client.close();
    }
}
