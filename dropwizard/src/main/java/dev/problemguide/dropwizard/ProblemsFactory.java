package dev.problemguide.dropwizard;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.problemguide.internal.OptionRegistry;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Problem Guide's options in a Dropwizard configuration: a field of the application's configuration class, such as
 * {@code @JsonProperty("problems") ProblemsFactory problems = new ProblemsFactory();}, whose members are the options
 * without their {@code problemguide.} prefix ({@code maxErrors: 50}, {@code typeBaseUri: https://…},
 * {@code log: {serverErrors: WARNING}}). Empty by default: every option keeps its default. A name that is no option,
 * or a value an option refuses, stops start-up, as Dropwizard does for its own fields.
 */
public final class ProblemsFactory {

    private final Map<String, Object> options = new LinkedHashMap<>();

    /** Creates the factory with no option set. */
    public ProblemsFactory() {
    }

    /**
     * Sets an option, as Jackson does for each member of the configuration's {@code problems} object.
     *
     * @param name  the option's name without {@code problemguide.}; a nested object's members join with a dot
     * @param value its value
     */
    @JsonAnySetter
    public void option(String name, Object value) {
        if (value instanceof Map<?, ?> nested) {
            nested.forEach((key, inner) -> option(name + "." + key, inner));
        } else {
            options.put(name, value);
        }
    }

    /**
     * Returns the options set, by their property names ({@code problemguide.maxErrors}).
     *
     * @return the options, unmodifiable
     */
    @JsonAnyGetter
    public Map<String, Object> options() {
        Map<String, Object> named = new LinkedHashMap<>();
        options.forEach((name, value) -> named.put(OptionRegistry.PREFIX + name, String.valueOf(value)));
        return Collections.unmodifiableMap(named);
    }
}
