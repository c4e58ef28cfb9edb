package dev.problemguide.openapi.internal;

import java.util.Arrays;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The statuses the document lists, as the option {@code problemguide.openapi.statuses} gives them.
 *
 * @param values the statuses, 400 to 599; empty means every status
 */
public record Statuses(Set<Integer> values) {

    /** Every status. */
    public static final Statuses ALL = new Statuses(Set.of());

    /**
     * Copies and sorts the statuses.
     *
     * @param values the statuses, 400 to 599; empty means every status
     */
    public Statuses {
        values = Collections.unmodifiableSet(new TreeSet<>(values));
    }

    /**
     * Reads a comma-separated list such as {@code 400, 404, 500}.
     *
     * @param text the list
     * @return the statuses
     * @throws NumberFormatException if an element is not a number
     */
    public static Statuses parse(String text) {
        Set<Integer> values = new TreeSet<>();
        Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .forEach(s -> values.add(Integer.valueOf(s)));
        return new Statuses(values);
    }

    /**
     * Tells whether the list is non-empty and every status is an error status.
     *
     * @return {@code true} for a usable list
     */
    public boolean valid() {
        return !values.isEmpty() && values.stream().allMatch(s -> s >= 400 && s <= 599);
    }

    /**
     * Tells whether a status is documented.
     *
     * @param status a status
     * @return {@code true} when the list is empty (every status) or holds it
     */
    public boolean includes(int status) {
        return values.isEmpty() || values.contains(status);
    }

    /**
     * Returns the list as the property writes it.
     *
     * @return the statuses, comma-separated
     */
    @Override
    public String toString() {
        return values.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
