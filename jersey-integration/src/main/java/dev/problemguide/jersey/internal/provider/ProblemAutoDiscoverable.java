package dev.problemguide.jersey.internal.provider;

import dev.problemguide.jersey.ProblemFeature;
import dev.problemguide.jersey.ProblemProperties;
import jakarta.annotation.Priority;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.internal.spi.AutoDiscoverable;

/**
 * Registers {@link ProblemFeature} with its defaults in every Jersey server application that has the jar,
 * unless the application registered the feature itself (its options then win), set
 * {@code problemguide.autoDiscovery=false}, or turned off Jersey's auto-discovery
 * ({@code jersey.config.disableAutoDiscovery}).
 */
@ConstrainedTo(RuntimeType.SERVER)
@Priority(AutoDiscoverable.DEFAULT_PRIORITY)
public final class ProblemAutoDiscoverable implements AutoDiscoverable {

    /** Creates the auto-discoverable; called by Jersey's service lookup. */
    public ProblemAutoDiscoverable() {
    }

    @Override
    public void configure(FeatureContext context) {
        // Only "false" turns it off here; the feature itself rejects a value that is neither true nor false.
        Object enabled = context.getConfiguration().getProperty(ProblemProperties.AUTO_DISCOVERY);
        if (enabled != null && "false".equalsIgnoreCase(enabled.toString().trim())) {
            return;
        }
        if (!context.getConfiguration().isRegistered(ProblemFeature.class)) {
            context.register(ProblemFeature.class);
        }
    }
}
