package dev.problemguide.openapi.internal;

import dev.problemguide.ProblemFactory;
import dev.problemguide.internal.Option;
import dev.problemguide.jersey.DownstreamProblems;
import dev.problemguide.jersey.internal.catalog.ProblemCatalog;
import dev.problemguide.jersey.internal.config.FeatureConfig;
import dev.problemguide.jersey.internal.config.FeatureOptions;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Configuration;
import java.util.Optional;
import org.glassfish.jersey.server.ServerProperties;

/**
 * What the document of one application needs: its catalog of problem types, the statuses its feature answers
 * input errors with, the texts of its examples, and this module's options.
 *
 * @param catalog               the catalog of problem types
 * @param factory               the texts of the examples (the guide, or the messages files), default language
 * @param validationStatus      the status of Bean Validation failures, 422 or 400; 0 when the application does
 *                              not validate (no {@code jersey-bean-validation}, or it is turned off)
 * @param paramConversionStatus the status of path, query and matrix parameters that cannot be converted
 * @param statuses              the statuses documented
 */
public record DocumentSettings(ProblemCatalog catalog, ProblemFactory factory, int validationStatus,
                               int paramConversionStatus, boolean downstreamGateway, Statuses statuses) {

    /** The feature of Jersey's Bean Validation module, {@code jersey-bean-validation}. */
    private static final String VALIDATION_FEATURE = "org.glassfish.jersey.server.validation.ValidationFeature";

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
                validates(configuration) ? feature.get(FeatureOptions.VALIDATION_STATUS) : 0,
                feature.get(FeatureOptions.PARAM_CONVERSION_STATUS),
                feature.get(FeatureOptions.DOWNSTREAM_PROBLEMS) != DownstreamProblems.FORWARD,
                read(configuration, OpenApiOptions.STATUSES)));
    }

    /**
     * Tells whether Jersey validates the application's inputs: its Bean Validation module is there and not
     * turned off with {@code jersey.config.beanValidation.disable.server}.
     */
    private static boolean validates(Configuration configuration) {
        if (Boolean.parseBoolean(String.valueOf(configuration.getProperty(ServerProperties.BV_FEATURE_DISABLE)))) {
            return false;
        }
        try {
            Class.forName(VALIDATION_FEATURE, false, Thread.currentThread().getContextClassLoader() != null
                    ? Thread.currentThread().getContextClassLoader() : DocumentSettings.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static <T> T read(Configuration configuration, Option<T> option) {
        T value = option.read(configuration.getProperty(option.name()));
        return value != null ? value : option.defaultValue();
    }
}
