package dev.problemguide.jersey.internal;

/**
 * Makes request-derived text safe for a single log line: control characters, CR and LF among them, are
 * written as {@code \\u} escapes of four hex digits so they cannot start a forged log line, and long text is cut.
 */
public final class LogText {

    private static final int MAX = 512;

    private LogText() {
    }

    /**
     * Escapes a text for a log line.
     *
     * @param text the text, may be {@code null}
     * @return the escaped text, at most about 512 characters plus a marker
     */
    public static String safe(String text) {
        if (text == null) {
            return "null";
        }
        int length = Math.min(text.length(), MAX);
        StringBuilder out = null;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7F || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                if (out == null) {
                    out = new StringBuilder(length + 16).append(text, 0, i);
                }
                out.append(String.format("\\u%04x", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        String result = out == null ? text.substring(0, length) : out.toString();
        return text.length() > MAX ? result + "...(" + text.length() + " chars)" : result;
    }
}
