package dev.problemguide.internal;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One {@code problemguide.*} option: its property name, its default, how its text is read and which values
 * it accepts. Defined once, in the {@link OptionSet} of the module that reads it; the builder methods, the
 * property and the default all go through it.
 *
 * @param name         the property name, e.g. {@code problemguide.typeBaseUri}
 * @param type         the value's type; a property whose value already has this type is taken as it is
 * @param defaultValue the default, or {@code null} for none
 * @param parser       reads a property's trimmed text; may throw {@link IllegalArgumentException}
 * @param valid        tells whether a value is allowed
 * @param expected     what the option accepts, in words, for error messages (e.g. "422 or 400")
 * @param <T>          the value's type
 */
public record Option<T>(String name, Class<T> type, T defaultValue, Function<String, T> parser, Predicate<T> valid,
                        String expected) {

    /**
     * Checks the definition.
     *
     * @param name         the property name
     * @param type         the value's type
     * @param defaultValue the default, or {@code null}
     * @param parser       reads a property's text
     * @param valid        tells whether a value is allowed
     * @param expected     what the option accepts, in words
     */
    public Option {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(parser, "parser");
        Objects.requireNonNull(valid, "valid");
        Objects.requireNonNull(expected, "expected");
    }

    /**
     * Defines an option that accepts every value its parser reads.
     *
     * @param name         the property name
     * @param type         the value's type
     * @param defaultValue the default, or {@code null}
     * @param parser       reads a property's text
     * @param expected     what the option accepts, in words
     * @param <T>          the value's type
     * @return the option
     */
    public static <T> Option<T> of(String name, Class<T> type, T defaultValue, Function<String, T> parser,
                                   String expected) {
        return new Option<>(name, type, defaultValue, parser, value -> true, expected);
    }

    /**
     * Checks a value set in code.
     *
     * @param value the value
     * @return the value
     * @throws IllegalArgumentException if the option does not accept it, naming the option and the value
     * @throws NullPointerException     if the value is {@code null}
     */
    public T check(T value) {
        Objects.requireNonNull(value, name);
        if (!valid.test(value)) {
            throw new IllegalArgumentException(name + " must be " + expected + ", but was '" + value + "'");
        }
        return value;
    }

    /**
     * Reads the value of a property.
     *
     * @param raw the property's value: text, or already a value of the option's type
     * @return the value, or {@code null} when {@code raw} is {@code null} or blank text (unset: the default)
     * @throws IllegalArgumentException if the value cannot be read or is not accepted, naming the option
     */
    public T read(Object raw) {
        if (raw == null) {
            return null;
        }
        // Text is always read as text (trimmed, blank meaning unset, through the parser), also for text options.
        if (type.isInstance(raw) && !(raw instanceof String)) {
            return check(type.cast(raw));
        }
        String text = raw.toString().trim();
        if (text.isEmpty()) {
            return null;
        }
        T value;
        try {
            value = parser.apply(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + " must be " + expected + ", but was '" + text + "'", e);
        }
        if (value == null) {
            throw new IllegalArgumentException(name + " must be " + expected + ", but was '" + text + "'");
        }
        return check(value);
    }
}
