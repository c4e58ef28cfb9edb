package dev.problemguide.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the text of a {@code .properties} file the way {@code java.util.Properties#load(Reader)} does
 * (comments, continuation lines, the separators {@code = : } and white space, escapes), but keeps each
 * entry's line number, and reports a malformed unicode escape (a backslash, {@code u} and four hex digits)
 * with its line and key instead of failing without either.
 */
public final class PropertiesParser {

    /**
     * One key and value.
     *
     * @param key   the key, unescaped
     * @param value the value, unescaped
     * @param line  the line number where the entry starts, from 1
     */
    public record Entry(String key, String value, int line) {
    }

    /** A syntax error, with the line and key it was found at. */
    public static final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;
        /** The line of the error, from 1. */
        private final int line;
        /** The key the error was found at, or an empty text. */
        private final String key;

        SyntaxError(int line, String key, String message) {
            super(message, null, false, false);
            this.line = line;
            this.key = key;
        }

        /**
         * Returns the line number.
         *
         * @return from 1
         */
        public int line() {
            return line;
        }

        /**
         * Returns the key being read, as far as it was read.
         *
         * @return the key, possibly empty
         */
        public String key() {
            return key;
        }
    }

    private PropertiesParser() {
    }

    /**
     * Parses a file's text.
     *
     * @param text the whole file
     * @return the entries in file order, duplicates included
     * @throws SyntaxError if an escape is malformed
     */
    public static List<Entry> parse(String text) throws SyntaxError {
        List<Entry> entries = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        int i = 0;
        while (i < lines.length) {
            int start = i + 1;
            String line = stripLeading(lines[i]);
            i++;
            if (line.isEmpty() || line.charAt(0) == '#' || line.charAt(0) == '!') {
                continue;
            }
            StringBuilder logical = new StringBuilder(line);
            while (endsWithContinuation(logical) && i < lines.length) {
                logical.setLength(logical.length() - 1);
                logical.append(stripLeading(lines[i]));
                i++;
            }
            if (endsWithContinuation(logical)) {
                logical.setLength(logical.length() - 1);
            }
            entries.add(entry(logical.toString(), start));
        }
        return entries;
    }

    private static Entry entry(String line, int number) throws SyntaxError {
        int keyEnd = 0;
        boolean escaped = false;
        while (keyEnd < line.length()) {
            char c = line.charAt(keyEnd);
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '=' || c == ':' || isWhite(c)) {
                break;
            }
            keyEnd++;
        }
        int valueStart = keyEnd;
        while (valueStart < line.length() && isWhite(line.charAt(valueStart))) {
            valueStart++;
        }
        if (valueStart < line.length() && (line.charAt(valueStart) == '=' || line.charAt(valueStart) == ':')) {
            valueStart++;
            while (valueStart < line.length() && isWhite(line.charAt(valueStart))) {
                valueStart++;
            }
        }
        String key = unescape(line.substring(0, keyEnd), number, "");
        String value = unescape(line.substring(valueStart), number, key);
        return new Entry(key, value, number);
    }

    private static String unescape(String s, int line, String key) throws SyntaxError {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                out.append(c);
                continue;
            }
            char next = s.charAt(++i);
            switch (next) {
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    String hex = s.substring(i + 1, Math.min(i + 5, s.length()));
                    if (hex.length() < 4 || !hex.chars().allMatch(h -> Character.digit(h, 16) >= 0)) {
                        throw new SyntaxError(line, key.isEmpty() ? s : key,
                                "malformed unicode escape '\\u" + hex + "' (four hex digits expected)");
                    }
                    out.append((char) Integer.parseInt(hex, 16));
                    i += 4;
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }

    private static boolean endsWithContinuation(CharSequence line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static String stripLeading(String line) {
        int i = 0;
        while (i < line.length() && isWhite(line.charAt(i))) {
            i++;
        }
        return line.substring(i);
    }

    private static boolean isWhite(char c) {
        return c == ' ' || c == '\t' || c == '\f';
    }
}
