package dev.problemguide.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * A problem text with {@code {name}} placeholders, split once into literal and placeholder parts so that
 * rendering it is a loop over ready pieces. {@code {{} stands for a literal opening brace and {@code }}}
 * for a closing one; a closing brace alone is literal too. Values are inserted as text and never interpreted again, so a value that looks like a
 * placeholder stays as it is.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class MessageTemplate {

    private final String source;
    private final List<String> literals;
    private final List<String> names;

    private MessageTemplate(String source, List<String> literals, List<String> names) {
        this.source = source;
        this.literals = literals;
        this.names = names;
    }

    /**
     * Parses a template.
     *
     * @param source the text, e.g. {@code "Order {orderId} does not exist."}
     * @return the template
     * @throws IllegalArgumentException if a placeholder is not closed or has an empty or invalid name
     */
    public static MessageTemplate parse(String source) {
        Objects.requireNonNull(source, "source");
        List<String> literals = new ArrayList<>();
        List<String> names = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '}' && i + 1 < source.length() && source.charAt(i + 1) == '}') {
                literal.append('}');
                i += 2;
            } else if (c != '{') {
                literal.append(c);
                i++;
            } else if (i + 1 < source.length() && source.charAt(i + 1) == '{') {
                literal.append('{');
                i += 2;
            } else {
                int end = source.indexOf('}', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("placeholder at position " + i + " is not closed with '}'"
                            + " (write '{{' for a literal brace)");
                }
                String name = source.substring(i + 1, end);
                if (!isName(name)) {
                    throw new IllegalArgumentException("placeholder '{" + name + "}' must be a name of letters,"
                            + " digits and '_'");
                }
                literals.add(literal.toString());
                literal.setLength(0);
                names.add(name);
                i = end + 1;
            }
        }
        literals.add(literal.toString());
        return new MessageTemplate(source, List.copyOf(literals), List.copyOf(names));
    }

    private static boolean isName(String name) {
        if (name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0))) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            if (!Character.isJavaIdentifierPart(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns the names of the placeholders, in order of first use.
     *
     * @return an unmodifiable set
     */
    public Set<String> names() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(names));
    }

    /**
     * Tells whether the template has placeholders.
     *
     * @return {@code false} when rendering always gives the same text
     */
    public boolean hasPlaceholders() {
        return !names.isEmpty();
    }

    /**
     * Renders the template.
     *
     * @param values the value of each placeholder by name; {@code null} renders as {@code null}'s text "null"
     * @return the text
     */
    public String render(Function<String, Object> values) {
        if (names.isEmpty()) {
            return literals.get(0);
        }
        StringBuilder out = new StringBuilder(source.length() + 16);
        for (int i = 0; i < names.size(); i++) {
            out.append(literals.get(i)).append(values.apply(names.get(i)));
        }
        return out.append(literals.get(names.size())).toString();
    }

    /**
     * Writes the template out piece by piece, for showing it rather than filling it: documentation pages escape
     * the literal parts and mark the placeholders.
     *
     * @param literal     what a literal part becomes (braces in it are single, as a rendered text has them)
     * @param placeholder what a placeholder becomes, given its name
     * @return the pieces joined
     */
    public String format(Function<String, String> literal, Function<String, String> placeholder) {
        StringBuilder out = new StringBuilder(source.length() + 32);
        for (int i = 0; i < names.size(); i++) {
            out.append(literal.apply(literals.get(i))).append(placeholder.apply(names.get(i)));
        }
        return out.append(literal.apply(literals.get(names.size()))).toString();
    }

    /**
     * Returns the template's source text.
     *
     * @return the text as written
     */
    @Override
    public String toString() {
        return source;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MessageTemplate that && that.source.equals(source);
    }

    @Override
    public int hashCode() {
        return source.hashCode();
    }
}
