package dev.problemguide.jersey.internal.request;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a request path as a container reports it into the {@code instance} of a problem: a relative URI
 * reference that is the path and only the path, percent-encoded as it travelled.
 */
public final class RequestPaths {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private RequestPaths() {
    }

    /**
     * Makes the {@code instance} URI of a raw request path.
     *
     * <p>A container that reads the request line as ISO-8859-1 (Grizzly does) reports the UTF-8 bytes of
     * {@code /é} as the two characters {@code Ã©}; one that decodes UTF-8 reports {@code é}. Either way the path
     * that travelled was {@code /%C3%A9}: characters that are not URI characters, and a {@code %} that starts no
     * escape, are percent-encoded, as the
     * bytes they were read from when those form UTF-8, else as their own UTF-8. Leading slashes are folded to
     * one, so that {@code //host/x} never reads as a reference to another host.
     *
     * @param rawPath the raw path, or {@code null}
     * @return the URI, or {@code null} when there is no path or it cannot be one
     */
    public static URI instance(String rawPath) {
        if (rawPath == null || rawPath.isEmpty() || rawPath.charAt(0) != '/') {
            // Not a path: "*" (OPTIONS *), an absolute form ("javascript:x", "http://h/x"), an authority ("h:443").
            return null;
        }
        int start = 0;
        while (start + 1 < rawPath.length() && rawPath.charAt(start) == '/' && rawPath.charAt(start + 1) == '/') {
            start++;
        }
        String path = encode(rawPath.substring(start));
        try {
            return new URI(path);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String encode(String path) {
        int first = firstToEncode(path);
        if (first < 0) {
            return path;
        }
        byte[] bytes = readBack(path);
        StringBuilder out = new StringBuilder(path.length() + 16);
        for (int i = 0; i < bytes.length; i++) {
            int c = bytes[i] & 0xFF;
            if (c == '%' ? isEscape(bytes, i) : c < 0x80 && isPathChar((char) c)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }

    /** The bytes the path was read from: its characters as ISO-8859-1 when that gives UTF-8, else its UTF-8. */
    private static byte[] readBack(String path) {
        boolean latin1 = path.chars().allMatch(c -> c < 0x100);
        if (latin1) {
            byte[] bytes = path.getBytes(StandardCharsets.ISO_8859_1);
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
                return bytes;
            } catch (CharacterCodingException e) {
                // Not UTF-8 read as ISO-8859-1: the characters are what the client meant.
            }
        }
        return path.getBytes(StandardCharsets.UTF_8);
    }

    private static int firstToEncode(String path) {
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c >= 0x80 || !isPathChar(c) || c == '%' && !isEscape(path, i)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the {@code %} at {@code at} starts an escape, {@code %HH}; a stray one is encoded as {@code %25}. */
    private static boolean isEscape(String path, int at) {
        return at + 2 < path.length() && isHex(path.charAt(at + 1)) && isHex(path.charAt(at + 2));
    }

    private static boolean isEscape(byte[] bytes, int at) {
        return at + 2 < bytes.length && isHex((char) bytes[at + 1]) && isHex((char) bytes[at + 2]);
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** RFC 3986 path characters, {@code %} of an existing escape and {@code /} included. */
    private static boolean isPathChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || "-._~!$&'()*+,;=:@/%".indexOf(c) >= 0;
    }
}
