package dev.problemguide.json.testsupport;

import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import org.glassfish.jersey.test.JerseyTest;
import org.glassfish.jersey.test.TestProperties;

/**
 * A {@link JerseyTest} on the Grizzly container that binds to 127.0.0.1 on an ephemeral port only.
 * Subclasses implement {@link #application()}. Shared with other modules as a test jar.
 */
public abstract class LoopbackJerseyTest extends JerseyTest {

    @Override
    protected final Application configure() {
        forceSet(TestProperties.CONTAINER_PORT, "0");
        return application();
    }

    /**
     * Returns the application under test.
     *
     * @return the application, typically a {@code ResourceConfig}
     */
    protected abstract Application application();

    @Override
    protected URI getBaseUri() {
        return UriBuilder.fromUri("http://127.0.0.1/").port(getPort()).build();
    }
}
