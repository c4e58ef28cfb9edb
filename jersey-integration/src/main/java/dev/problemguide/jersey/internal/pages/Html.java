package dev.problemguide.jersey.internal.pages;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** Escaping and the stylesheet of the HTML pages. */
final class Html {

    /** The pages' only stylesheet: readable at any width, light or dark as the reader's system is. */
    static final String STYLE = ":root{color-scheme:light dark;font-family:system-ui,sans-serif;line-height:1.5}"
            + "body{margin:0 auto;max-width:50rem;padding:1rem}"
            + "code,pre{font-family:ui-monospace,monospace;font-size:.9em}"
            + "pre{overflow-x:auto;padding:.75rem;border:1px solid #8886;border-radius:.3rem}"
            + ".wide{overflow-x:auto}table{border-collapse:collapse;width:100%}"
            + "th,td{text-align:left;vertical-align:top;padding:.4rem .5rem;border-bottom:1px solid #8886}"
            + "td{overflow-wrap:break-word}td code{overflow-wrap:anywhere}"
            + "dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}"
            + "dt{font-weight:bold}dd{margin:0;overflow-wrap:anywhere}.placeholder{font-style:italic}"
            + ".note{font-size:.9em}.languages{padding-left:1.2rem}nav{font-size:.9em}";

    /**
     * The {@code Content-Security-Policy} of the pages: nothing may load or run but the stylesheet above, named by
     * its hash, and no other site may frame them.
     */
    static final String SECURITY_POLICY = "default-src 'none'; style-src '" + hash(STYLE)
            + "'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private Html() {
    }

    /**
     * Escapes a text for HTML content and attribute values in quotes.
     *
     * @param text the text
     * @return the text with {@code & < > " '} as character references
     */
    static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            String replacement = switch (text.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                // Control characters are not allowed in HTML: a messages file could hold one.
                default -> isControl(text.charAt(i)) ? "\uFFFD" : null;
            };
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(text.charAt(i));
                }
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean isControl(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F;
    }

    private static String hash(String style) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(style.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
