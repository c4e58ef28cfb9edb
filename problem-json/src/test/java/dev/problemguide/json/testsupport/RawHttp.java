package dev.problemguide.json.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Sends one request as raw bytes over a socket and reads the answer until the server closes the connection: the
 * requests an HTTP client refuses to send (a bad percent-encoding, a 20 KB URI, 200 headers, {@code TRACE}).
 */
public final class RawHttp {

    /**
     * An answer: status line, headers (names lower case, repeated ones joined by commas) and body.
     *
     * @param status  the status, or 0 when the server closed the connection without an answer
     * @param headers the headers, by lower-case name
     * @param body    the body, chunks joined, as UTF-8
     */
    public record Answer(int status, Map<String, String> headers, String body) {
        /**
         * Returns a header.
         *
         * @param name any case
         * @return its values joined by commas, or {@code null}
         */
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private RawHttp() {
    }

    /**
     * Sends {@code METHOD target HTTP/1.1} with {@code Host} and {@code Connection: close} and the extra header
     * lines, and reads the answer.
     *
     * @param port       the server's port on 127.0.0.1
     * @param method     the method
     * @param target     the raw request target
     * @param extraLines further header lines, without line ends
     * @return the answer; status 0 when the server closed the connection without one
     * @throws IOException if the connection fails
     */
    public static Answer send(int port, String method, String target, String... extraLines) throws IOException {
        return sendRequestLine(port, method + ' ' + target + " HTTP/1.1", extraLines);
    }

    /**
     * Sends a request line as it is, with {@code Host} and {@code Connection: close} and the extra header lines,
     * and reads the answer: for a request line no client would send ({@code GET /x HTTP/1.7}).
     *
     * @param port        the server's port on 127.0.0.1
     * @param requestLine the request line, without its line end
     * @param extraLines  further header lines, without line ends
     * @return the answer; status 0 when the server closed the connection without one
     * @throws IOException if the connection fails
     */
    public static Answer sendRequestLine(int port, String requestLine, String... extraLines) throws IOException {
        StringBuilder request = new StringBuilder(requestLine).append("\r\n")
                .append("Host: 127.0.0.1:").append(port).append("\r\n").append("Connection: close\r\n");
        for (String line : extraLines) {
            request.append(line).append("\r\n");
        }
        request.append("\r\n");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            return parse(readAll(socket.getInputStream()));
        }
    }

    /**
     * Makes header lines {@code X-Header-N: N} for N from 1 to the count.
     *
     * @param count how many
     * @return the lines
     */
    public static String[] headers(int count) {
        String[] lines = new String[count];
        for (int i = 0; i < count; i++) {
            lines[i] = "X-Header-" + (i + 1) + ": " + (i + 1);
        }
        return lines;
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0;) {
                out.write(buffer, 0, n);
            }
        } catch (SocketException e) {
            // A server that resets the connection after its answer: what it sent is what counts.
        }
        return out.toByteArray();
    }

    private static Answer parse(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/") || end < 0) {
            return new Answer(0, Map.of(), text);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.merge(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim(),
                    (a, b) -> a + "," + b);
        }
        // ISO-8859-1 keeps one char per byte, so that chunk sizes count right; the body is UTF-8.
        String body = text.substring(end + 4);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = unchunk(body);
        }
        return new Answer(status, headers, new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
    }

    private static String unchunk(String chunked) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (at < chunked.length()) {
            int lineEnd = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, lineEnd).split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            out.append(chunked, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
        return out.toString();
    }
}
