package dev.problemguide.openapi;

import dev.problemguide.openapi.internal.OpenApiOptions;
import dev.problemguide.openapi.internal.Statuses;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The options of Problem Guide for OpenAPI, set in code: register the built feature in the application, next to
 * {@code ProblemFeature} and {@link ProblemOpenApiResource}. The same options are properties of the application
 * ({@value #ENABLED}, {@value #STATUSES}); what the builder sets wins over them.
 *
 * <pre>{@code
 * register(ProblemOpenApiResource.class);
 * register(ProblemOpenApi.builder().statuses(400, 404, 500).build());
 * }</pre>
 */
public final class ProblemOpenApi implements Feature {

    /** Whether the document lists problems: {@code true} (the default) or {@code false}. */
    public static final String ENABLED = "problemguide.openapi.enabled";

    /**
     * The statuses whose problems the document lists, comma-separated (e.g. {@code 400,404,500}); unset means
     * every status.
     */
    public static final String STATUSES = "problemguide.openapi.statuses";

    private final Map<String, Object> properties;

    private ProblemOpenApi(Map<String, Object> properties) {
        this.properties = Map.copyOf(properties);
    }

    /**
     * Starts the options.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Sets the options as the application's properties, where the reader finds them.
     *
     * @param context the application's feature context
     * @return {@code true}
     */
    @Override
    public boolean configure(FeatureContext context) {
        properties.forEach(context::property);
        return true;
    }

    /** The options of Problem Guide for OpenAPI. */
    public static final class Builder {

        private final Map<String, Object> properties = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Turns the documentation of problems on (the default) or off.
         *
         * @param enabled {@code false} to leave swagger's document as it is
         * @return this builder
         */
        public Builder enabled(boolean enabled) {
            properties.put(ENABLED, OpenApiOptions.ENABLED.check(enabled));
            return this;
        }

        /**
         * Lists only the problems of some statuses.
         *
         * @param statuses statuses from 400 to 599, at least one
         * @return this builder
         * @throws IllegalArgumentException if the list is empty or holds a status outside 400 to 599
         */
        public Builder statuses(int... statuses) {
            Statuses list = new Statuses(Arrays.stream(statuses).boxed().collect(Collectors.toSet()));
            if (!list.valid()) {
                throw new IllegalArgumentException(STATUSES + " must be " + OpenApiOptions.STATUSES.expected()
                        + ", but was " + Arrays.toString(statuses));
            }
            properties.put(STATUSES, list);
            return this;
        }

        /**
         * Builds the feature that sets these options.
         *
         * @return the feature
         */
        public ProblemOpenApi build() {
            return new ProblemOpenApi(properties);
        }
    }
}
