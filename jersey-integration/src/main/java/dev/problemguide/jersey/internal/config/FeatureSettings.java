package dev.problemguide.jersey.internal.config;

import dev.problemguide.Problem;
import dev.problemguide.ProblemFactory;
import dev.problemguide.internal.Option;
import dev.problemguide.jersey.ProblemPostProcessor;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a {@code ProblemFeature.Builder} was told, before properties and defaults fill the rest.
 *
 * @param factory        the text factory set in code, or {@code null}
 * @param values         option values set in code, by option
 * @param mappings       exception classes mapped in code, in the order they were mapped
 * @param problemClasses exception classes registered for the catalog
 * @param postProcessors the application's post-processors, in order
 */
public record FeatureSettings(ProblemFactory factory, Map<Option<?>, Object> values,
                              Map<Class<? extends Throwable>, Problem> mappings,
                              Set<Class<? extends Throwable>> problemClasses,
                              List<ProblemPostProcessor> postProcessors) {

    /** Nothing told in code: what a feature resolved from properties alone starts from. */
    public static final FeatureSettings NONE = new FeatureSettings(null, Map.of(), Map.of(), Set.of(), List.of());

    /**
     * Copies the collections, keeping their order.
     *
     * @param factory        the text factory set in code, or {@code null}
     * @param values         option values set in code, by option
     * @param mappings       exception classes mapped in code, in the order they were mapped
     * @param problemClasses exception classes registered for the catalog
     * @param postProcessors the application's post-processors, in order
     */
    public FeatureSettings {
        values = Map.copyOf(values);
        mappings = Collections.unmodifiableMap(new LinkedHashMap<>(mappings));
        problemClasses = Collections.unmodifiableSet(new LinkedHashSet<>(problemClasses));
        postProcessors = List.copyOf(postProcessors);
    }

    /**
     * Tells whether a class or one of its superclasses is mapped in code, which gives it a status.
     *
     * @param type an exception class
     * @return {@code true} when mapped
     */
    public boolean mapsStatusOf(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (mappings.containsKey(c)) {
                return true;
            }
        }
        return false;
    }
}
