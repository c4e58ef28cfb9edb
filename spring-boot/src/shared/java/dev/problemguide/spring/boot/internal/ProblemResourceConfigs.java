package dev.problemguide.spring.boot.internal;

import dev.problemguide.internal.Option;
import dev.problemguide.internal.OptionRegistry;
import dev.problemguide.internal.OptionSet;
import dev.problemguide.jersey.ProblemFeature;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;
import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * Sets up each {@link ResourceConfig} bean, before Boot's Jersey serves it: {@link ProblemFeature} registered
 * (Jersey's auto-discovery would do it too, unless the application turned it off), and every option of Problem
 * Guide's registry that Boot's configuration has, as a property of the application unless it has one already.
 * Read through Boot's {@link Binder}, so that relaxed names, profiles and environment variables all work, and
 * checked as each option reads it: a value an option refuses stops the application as it starts.
 */
public final class ProblemResourceConfigs implements BeanPostProcessor {

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
        Map<String, String> options = new LinkedHashMap<>();
        for (String name : OptionRegistry.load(loader, ProblemResourceConfigs.class.getClassLoader()).names()) {
            binder.bind(canonical(name), Bindable.of(String.class)).ifBound(value -> options.put(name, value));
        }
        check(options, loader);
        return options;
    }

    /**
     * Reads each value as its option does, so that a value it refuses stops the application now, as Boot starts,
     * rather than when Jersey's servlet starts (at the first request, by Boot's default).
     */
    private static void check(Map<String, String> options, ClassLoader loader) {
        for (OptionSet set : ServiceLoader.load(OptionSet.class, loader)) {
            for (Option<?> option : set.options()) {
                String value = options.get(option.name());
                if (value != null) {
                    option.read(value);
                }
            }
        }
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
