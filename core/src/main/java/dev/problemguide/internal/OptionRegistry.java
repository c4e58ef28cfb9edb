package dev.problemguide.internal;

import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every {@code problemguide.*} option that the Problem Guide modules present define, gathered from their
 * {@link OptionSet}s, so that a property name none of them knows (a typo) stops the application instead of
 * being silently ignored.
 */
public final class OptionRegistry {

    /** The prefix of every Problem Guide property. */
    public static final String PREFIX = "problemguide.";

    private final Set<String> names;

    private OptionRegistry(Set<String> names) {
        this.names = Set.copyOf(names);
    }

    /**
     * Gathers the options of the modules some class loaders see (and of the named modules of the boot layer).
     * Pass the application's loader and the calling module's own, so that the caller's options are known even
     * where the application's loader cannot see Problem Guide's service files (some application servers).
     *
     * @param loaders the class loaders to look in
     * @return the registry
     */
    public static OptionRegistry load(ClassLoader... loaders) {
        Set<String> names = new TreeSet<>();
        for (ClassLoader loader : loaders) {
            for (OptionSet set : ServiceLoader.load(OptionSet.class, loader)) {
                set.options().forEach(option -> names.add(option.name()));
            }
        }
        return new OptionRegistry(names);
    }

    /**
     * Returns the known option names.
     *
     * @return an unmodifiable set
     */
    public Set<String> names() {
        return names;
    }

    /**
     * Checks that every {@code problemguide.*} property names a known option.
     *
     * @param properties the application's properties
     * @throws IllegalArgumentException naming the first unknown property and listing the known ones
     */
    public void checkKnown(Map<String, ?> properties) {
        for (String name : properties.keySet()) {
            if (name.startsWith(PREFIX) && !names.contains(name)) {
                throw new IllegalArgumentException("Unknown property " + name + "; Problem Guide reads "
                        + new TreeSet<>(names));
            }
        }
    }
}
