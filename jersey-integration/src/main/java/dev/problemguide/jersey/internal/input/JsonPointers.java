package dev.problemguide.jersey.internal.input;

import java.nio.charset.StandardCharsets;

/**
 * Builds JSON Pointers (RFC 6901) written as URI fragments ({@code #/items/0/name}), the form RFC 9457
 * section 3's example uses for the {@code pointer} of an {@code errors} entry.
 */
public final class JsonPointers {

    /**
     * The longest pointer an answer repeats, {@value} characters. A longer one can only come from names the
     * client made up (an unknown member, a map key); repeating it would let a request grow its answer.
     */
    public static final int MAX_LENGTH = 256;

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private JsonPointers() {
    }

    /**
     * Starts a pointer to the whole document.
     *
     * @return a builder holding {@code #}
     */
    public static StringBuilder root() {
        return new StringBuilder(32).append('#');
    }

    /**
     * Appends one reference token: {@code ~} and {@code /} escaped as RFC 6901 says, then every character
     * a URI fragment may not hold percent-encoded as UTF-8 (RFC 3986 section 3.5).
     *
     * @param pointer the pointer so far
     * @param token   a member name or an array index
     * @return the same builder
     */
    public static StringBuilder append(StringBuilder pointer, String token) {
        pointer.append('/');
        for (byte b : token.replace("~", "~0").replace("/", "~1").getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (isFragmentChar(c)) {
                pointer.append((char) c);
            } else {
                pointer.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return pointer;
    }

    /**
     * Finishes a pointer.
     *
     * @param pointer the pointer built
     * @return its text, or {@code null} (no pointer) when it is longer than {@link #MAX_LENGTH}
     */
    public static String finish(StringBuilder pointer) {
        return pointer.length() <= MAX_LENGTH ? pointer.toString() : null;
    }

    private static boolean isFragmentChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || "-._~!$&'()*+,;=:@/?".indexOf(c) >= 0;
    }
}
