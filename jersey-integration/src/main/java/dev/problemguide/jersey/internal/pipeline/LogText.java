package dev.problemguide.jersey.internal.pipeline;

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
            if (isControl(c)) {
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

    /**
     * Escapes a text that another party chose (a downstream service's answer) for one {@code key=value} field
     * of a log line: besides what {@link #safe(String)} escapes, every character that is invisible or may look
     * like a space or reorder the text on screen, a line or paragraph separator, a format character (bidi
     * overrides and isolates, zero-width characters) or a space separator (the ASCII space and the no-break
     * space among them), so that the value can neither pose as another field nor change how the line reads.
     *
     * @param text the text, may be {@code null}
     * @return the escaped text, at most about 512 characters of the original plus a marker
     */
    public static String field(String text) {
        if (text == null) {
            return "null";
        }
        int length = Math.min(text.length(), MAX);
        StringBuilder out = new StringBuilder(length + 16);
        int i = 0;
        while (i < length) {
            int codePoint = text.codePointAt(i);
            int end = Math.min(i + Character.charCount(codePoint), length);
            if (isInvisibleOrSpace(codePoint)) {
                for (int j = i; j < end; j++) {
                    out.append(String.format("\\u%04x", (int) text.charAt(j)));
                }
            } else {
                out.append(text, i, end);
            }
            i = end;
        }
        return text.length() > MAX ? out + "...(" + text.length() + " chars)" : out.toString();
    }

    /** Controls (C0, DEL, C1), line and paragraph separators, format characters and space separators. */
    private static boolean isInvisibleOrSpace(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.FORMAT || type == Character.SPACE_SEPARATOR;
    }

    /**
     * Returns a throwable safe to hand to a logger: the throwable itself when no message in its chain holds a
     * control character, else a copy of the chain whose messages are escaped as by {@link #safe(String)},
     * with the same class names in its text and the same stack traces. Exception messages often quote
     * request data ({@code For input string: "..."}), and a CR/LF in them would start a forged log line.
     *
     * @param throwable the throwable, may be {@code null}
     * @return the throwable or its safe copy
     */
    public static Throwable loggable(Throwable throwable) {
        try {
            return throwable == null || !needsCopy(throwable, 0) ? throwable : copy(throwable, 0);
        } catch (RuntimeException e) {
            // An exception whose message or cause cannot be read: log what is certain, its class.
            return new EscapedThrowable(throwable.getClass().getName(), "(its message could not be read)");
        }
    }

    private static boolean needsCopy(Throwable throwable, int depth) {
        if (throwable == null || depth > 16) {
            return false;
        }
        String message = throwable.getMessage();
        if (message != null && hasControl(message)) {
            return true;
        }
        for (Throwable suppressed : throwable.getSuppressed()) {
            if (needsCopy(suppressed, depth + 1)) {
                return true;
            }
        }
        return throwable.getCause() != throwable && needsCopy(throwable.getCause(), depth + 1);
    }

    private static boolean hasControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isControl(char c) {
        return c < 0x20 || c == 0x7F || c == '\u2028' || c == '\u2029' || c == '\u0085';
    }

    private static Throwable copy(Throwable throwable, int depth) {
        Throwable copy = new EscapedThrowable(throwable.getClass().getName(),
                throwable.getMessage() == null ? null : safe(throwable.getMessage()));
        copy.setStackTrace(throwable.getStackTrace());
        if (depth < 16) {
            Throwable cause = throwable.getCause();
            if (cause != null && cause != throwable) {
                copy.initCause(copy(cause, depth + 1));
            }
            for (Throwable suppressed : throwable.getSuppressed()) {
                copy.addSuppressed(copy(suppressed, depth + 1));
            }
        }
        return copy;
    }

    /** A copy of a throwable for logging only: prints as the original class with an escaped message. */
    private static final class EscapedThrowable extends Throwable {
        private static final long serialVersionUID = 1L;
        private final String className;

        EscapedThrowable(String className, String message) {
            super(message);
            this.className = className;
        }

        @Override
        public String toString() {
            String message = getMessage();
            return message == null ? className : className + ": " + message;
        }
    }
}
