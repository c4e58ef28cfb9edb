package dev.problemguide.openapi.internal;

import dev.problemguide.ProblemFactory;
import dev.problemguide.internal.Option;
import dev.problemguide.jersey.internal.catalog.ProblemCatalog;
import dev.problemguide.jersey.internal.config.FeatureConfig;
import dev.problemguide.jersey.internal.config.FeatureOptions;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Configuration;
import java.util.Optional;

/**
 * What the document of one application needs: its catalog of problem types, the statuses its feature answers
 * input errors with, the texts of its examples, and this module's options.
 *
 * @param catalog               the catalog of problem types
 * @param factory               the texts of the examples (the guide, or the messages files), default language
 * @param validationStatus      the status of Bean Validation failures, 422 or 400
 * @param paramConversionStatus the status of path, query and matrix parameters that cannot be converted
 * @param statuses              the statuses documented
 */
public record DocumentSettings(ProblemCatalog catalog, ProblemFactory factory, int validationStatus,
                               int paramConversionStatus, Statuses statuses) {

    /**
     * Reads the settings of an application: its runtime configuration must hold the feature's configuration
     * and catalog (as Jersey's runtime configuration does once the feature is registered).
     *
     * @param application the application swagger reads, a Jersey runtime configuration
     * @return the settings, or empty when the feature is not registered there or this module is turned off
     * @throws IllegalArgumentException when an option of this module has a value it does not accept
     */
    public static Optional<DocumentSettings> of(Application application) {
        if (!(application instanceof Configuration configuration)) {
            return Optional.empty();
        }
        Optional<FeatureConfig> config = FeatureConfig.of(configuration);
        Optional<ProblemCatalog> catalog = ProblemCatalog.of(configuration);
        if (config.isEmpty() || catalog.isEmpty() || !read(configuration, OpenApiOptions.ENABLED)) {
            return Optional.empty();
        }
        FeatureConfig feature = config.get();
        return Optional.of(new DocumentSettings(catalog.get(), feature.factory(),
                feature.get(FeatureOptions.VALIDATION_STATUS), feature.get(FeatureOptions.PARAM_CONVERSION_STATUS),
                read(configuration, OpenApiOptions.STATUSES)));
    }

    private static <T> T read(Configuration configuration, Option<T> option) {
        T value = option.read(configuration.getProperty(option.name()));
        return value != null ? value : option.defaultValue();
    }
}
