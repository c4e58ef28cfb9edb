package dev.problemguide.openapi.internal;

import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.internal.spi.AutoDiscoverable;

/**
 * Reads this module's properties when a Jersey server application starts, so that a value they do not accept
 * stops the application then, as {@code ProblemFeature}'s own options do, instead of failing the first request
 * for the document.
 */
@ConstrainedTo(RuntimeType.SERVER)
public final class OpenApiOptionsCheck implements AutoDiscoverable {

    /** Creates the check; called by Jersey's service loader. */
    public OpenApiOptionsCheck() {
    }

    /**
     * Registers the feature that reads the properties (Jersey logs and ignores what an auto-discoverable throws;
     * a feature's exception stops the application).
     *
     * @param context the application's feature context
     */
    @Override
    public void configure(FeatureContext context) {
        if (!context.getConfiguration().isRegistered(Check.class)) {
            context.register(Check.class);
        }
    }

    /** Reads the properties of this module. */
    public static final class Check implements Feature {

        /** Creates the feature; called by Jersey. */
        public Check() {
        }

        /**
         * Reads the properties of this module.
         *
         * @param context the application's feature context
         * @return {@code true}
         * @throws IllegalArgumentException for a value an option does not accept, naming the option
         */
        @Override
        public boolean configure(FeatureContext context) {
            OpenApiOptions.ENABLED.read(context.getConfiguration().getProperty(OpenApiOptions.ENABLED.name()));
            OpenApiOptions.STATUSES.read(context.getConfiguration().getProperty(OpenApiOptions.STATUSES.name()));
            return true;
        }
    }
}
