package dev.problemguide.jersey.internal.config;

import dev.problemguide.Problem;
import dev.problemguide.ProblemFactory;
import dev.problemguide.internal.MessageBundle;
import dev.problemguide.ProblemMessages;
import dev.problemguide.internal.Option;
import dev.problemguide.internal.OptionRegistry;
import dev.problemguide.jersey.InstanceStrategy;
import dev.problemguide.jersey.ProblemPostProcessor;
import jakarta.ws.rs.core.Configuration;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The resolved configuration of one {@code ProblemFeature}: for each option, the builder's value, else the
 * property's, else the default.
 *
 * @param factory        where status titles and details come from
 * @param messages       the application's messages files, or {@code null} when it has none
 * @param values         the value of every option of {@link FeatureOptions}, by option
 * @param mappings       exception classes mapped by the builder, to problem templates with a status
 * @param problemClasses exception classes registered for the catalog of problem types
 * @param postProcessors the application's post-processing steps
 */
public record FeatureConfig(ProblemFactory factory, MessageBundle messages, Map<Option<?>, Object> values,
                            Map<Class<? extends Throwable>, Problem> mappings,
                            Set<Class<? extends Throwable>> problemClasses,
                            List<ProblemPostProcessor> postProcessors) {

    /**
     * The configuration property the feature stores its resolved configuration under, for the modules that
     * document what the application answers (not a {@code problemguide.*} option).
     */
    public static final String PROPERTY = "dev.problemguide.jersey.config";

    /**
     * Copies the collections.
     *
     * @param factory        where status titles and details come from
     * @param messages       the application's messages files, or {@code null} when it has none
     * @param values         the value of every option of {@link FeatureOptions}, by option
     * @param mappings       exception classes mapped by the builder, to problem templates with a status
     * @param problemClasses exception classes registered for the catalog of problem types
     * @param postProcessors the application's post-processing steps
     */
    public FeatureConfig {
        values = Map.copyOf(values);
        mappings = Collections.unmodifiableMap(new LinkedHashMap<>(mappings));
        problemClasses = Collections.unmodifiableSet(new LinkedHashSet<>(problemClasses));
        postProcessors = List.copyOf(postProcessors);
    }

    /**
     * Resolves a feature's settings: every option from the code, else its property, else its default; the
     * messages files loaded and checked. Fails on an unknown {@code problemguide.*} property or a bad value.
     *
     * @param settings   what the builder was told
     * @param properties the application's properties
     * @param loader     the class loader of the messages files and exception classes
     * @return the configuration
     * @throws IllegalArgumentException for an unknown property or a value an option does not accept
     * @throws IllegalStateException    for a messages file that is invalid, or named but missing
     */
    public static FeatureConfig resolve(FeatureSettings settings, Map<String, Object> properties,
                                        ClassLoader loader) {
        OptionRegistry.load(loader, FeatureOptions.class.getClassLoader()).checkKnown(properties);
        Map<Option<?>, Object> values = new HashMap<>();
        for (Option<?> option : new FeatureOptions().options()) {
            Object value = settings.values().containsKey(option) ? settings.values().get(option)
                    : option.read(properties.get(option.name()));
            if (value == null) {
                value = option.defaultValue();
            }
            if (value != null) {
                values.put(option, value);
            }
        }
        String named = (String) values.get(FeatureOptions.MESSAGES);
        MessageBundle messages = MessageBundle.load(named != null ? named : ProblemMessages.DEFAULT_BASE_NAME, loader,
                settings::mapsStatusOf);
        if (messages == null && named != null) {
            throw new IllegalStateException("No messages file " + named + ".properties (nor a translation of it) on"
                    + " the class path, as " + (settings.values().containsKey(FeatureOptions.MESSAGES)
                    ? "ProblemFeature.builder().messages" : FeatureOptions.MESSAGES.name()) + " says");
        }
        ProblemFactory factory = settings.factory() != null ? settings.factory()
                : messages == null ? ProblemFactory.standard()
                : ProblemFactory.builder().textSource(messages).build();
        return new FeatureConfig(factory, messages, values, settings.mappings(), settings.problemClasses(),
                settings.postProcessors());
    }

    /**
     * Returns the resolved configuration of an application that registered the feature.
     *
     * @param configuration the application's (runtime) configuration
     * @return the configuration, or empty when the feature is not registered
     */
    public static Optional<FeatureConfig> of(Configuration configuration) {
        return configuration.getProperty(PROPERTY) instanceof FeatureConfig config
                ? Optional.of(config) : Optional.empty();
    }

    /**
     * Returns an option's value.
     *
     * @param option an option of {@link FeatureOptions}
     * @param <T>    its type
     * @return the value, or {@code null} for an option without default that was not set
     */
    public <T> T get(Option<T> option) {
        return option.type().cast(values.get(option));
    }

    /**
     * Returns the type base URI.
     *
     * @return the base, absolute or a path such as {@code /problems/}, or {@code null}
     */
    public URI typeBaseUri() {
        return get(FeatureOptions.TYPE_BASE_URI);
    }

    /**
     * Returns what {@code instance} holds.
     *
     * @return the strategy
     */
    public InstanceStrategy instance() {
        return get(FeatureOptions.INSTANCE);
    }

    /**
     * Returns the log level of server errors (5xx, and downstream problems the other service answered with
     * anything but a 4xx) or of client errors.
     *
     * @param serverError whether the error is logged as a server error
     * @return the level of server or of client errors
     */
    public Level logLevel(boolean serverError) {
        return get(serverError ? FeatureOptions.LOG_SERVER_ERRORS : FeatureOptions.LOG_CLIENT_ERRORS);
    }

    /**
     * Resolves a problem type as written in a mapping or a {@code ProblemException}: an absolute URI as it
     * is, a short name against the base URI when one is configured, else as a relative URI reference.
     *
     * @param type the type, or {@code null}
     * @return the resolved type
     */
    public URI resolveType(URI type) {
        URI base = typeBaseUri();
        if (type == null || type.isAbsolute() || base == null) {
            return type;
        }
        return base.resolve(type);
    }
}
