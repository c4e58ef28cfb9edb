package dev.problemguide.dropwizard;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.problemguide.internal.OptionRegistry;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
        } else if (value instanceof List<?> list) {
            // A list in YAML (statuses: [400, 404]) is the comma-separated value the option reads.
            options.put(name, list.stream().map(String::valueOf).collect(Collectors.joining(",")));
        } else if (value != null) {
            // A member left empty in YAML is unset: the option keeps its default.
            options.put(name, value);
        }
    }

    /**
     * Returns the options as they were set, by their names in the configuration ({@code maxErrors}).
     *
     * @return the options, unmodifiable
     */
    @JsonAnyGetter
    public Map<String, Object> options() {
        return Collections.unmodifiableMap(options);
    }

    /**
     * Returns the options as the application's properties ({@code problemguide.maxErrors}), their values as text.
     *
     * @return the properties, unmodifiable
     */
    public Map<String, Object> properties() {
        Map<String, Object> named = new LinkedHashMap<>();
        options.forEach((name, value) -> named.put(OptionRegistry.PREFIX + name, String.valueOf(value)));
        return Collections.unmodifiableMap(named);
    }
}
