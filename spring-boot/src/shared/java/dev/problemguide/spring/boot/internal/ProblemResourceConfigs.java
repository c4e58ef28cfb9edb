package dev.problemguide.spring.boot.internal;

import dev.problemguide.internal.OptionRegistry;
import dev.problemguide.jersey.ProblemFeature;
import dev.problemguide.jersey.internal.config.FeatureConfig;
import dev.problemguide.jersey.internal.config.FeatureSettings;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Sets up each {@link ResourceConfig} bean, before Boot's Jersey serves it: {@link ProblemFeature} registered
 * (Jersey's auto-discovery would do it too, unless the application turned it off), and every option of Problem
 * Guide's registry that Boot's configuration has, as a property of the application unless it has one already.
 * Read through Boot's {@link Binder}, so that relaxed names, profiles and environment variables all work, and
 * checked as the feature checks its properties, as Boot starts: a name no option has, a value an option refuses or
 * a messages file named but missing stops the application.
 */
public final class ProblemResourceConfigs implements BeanPostProcessor {

    private static final ConfigurationPropertyName PREFIX = ConfigurationPropertyName.of("problemguide");

    private final Environment environment;

    /**
     * Reads the options from an environment.
     *
     * @param environment Boot's environment
     */
    public ProblemResourceConfigs(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof ResourceConfig config) {
            options(config.getClassLoader()).forEach((name, value) -> {
                if (config.getProperty(name) == null) {
                    config.property(name, value);
                }
            });
            if (!config.isRegistered(ProblemFeature.class)) {
                config.register(ProblemFeature.class);
            }
        }
        return bean;
    }

    /**
     * The options Boot's configuration sets, by their registry names ({@code problemguide.maxErrors}).
     *
     * @param loader where the option sets are found (Jersey's and those of Problem Guide's other modules)
     * @return the values, as text, for the feature to check and read as it reads any property
     */
    Map<String, String> options(ClassLoader loader) {
        Binder binder = Binder.get(environment);
        Set<String> names = OptionRegistry.load(loader, ProblemResourceConfigs.class.getClassLoader()).names();
        refuseUnknown(names);
        Map<String, String> options = new LinkedHashMap<>();
        for (String name : names) {
            binder.bind(canonical(name), Bindable.of(String.class)).ifBound(value -> options.put(name, value));
        }
        // The feature's own resolution, now, as Boot starts (Jersey's servlet starts at the first request by Boot's
        // default): a value an option refuses, or a messages file named but missing, stops the application here.
        FeatureConfig.resolve(FeatureSettings.NONE, new HashMap<>(options), loader);
        return options;
    }

    /**
     * A {@code problemguide.*} name in the application's configuration ({@code application.properties}, profiles,
     * command-line arguments) that no option has, a typo, stops the application.
     */
    private void refuseUnknown(Set<String> names) {
        List<ConfigurationPropertyName> known = names.stream()
                .map(name -> ConfigurationPropertyName.of(canonical(name))).toList();
        for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
            // The application's configuration only: the JVM's properties and variables hold others' names too.
            if (source instanceof IterableConfigurationPropertySource iterable && !isSystem(source)) {
                iterable.filter(PREFIX::isAncestorOf).stream().filter(name -> !known.contains(name)).findFirst()
                        .ifPresent(name -> {
                            throw new IllegalArgumentException("Unknown Problem Guide option " + name + " in "
                                    + source.getUnderlyingSource() + "; the options are " + names);
                        });
            }
        }
    }

    private static boolean isSystem(ConfigurationPropertySource source) {
        return source.getUnderlyingSource() instanceof PropertySource<?> underlying
                && (StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME.equals(underlying.getName())
                || StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME.equals(underlying.getName()));
    }

    /** Boot's canonical form of a name: {@code problemguide.maxErrors} is {@code problemguide.max-errors}. */
    static String canonical(String name) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                out.append('-').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
