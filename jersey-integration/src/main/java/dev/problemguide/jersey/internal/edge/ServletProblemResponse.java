package dev.problemguide.jersey.internal.edge;

import dev.problemguide.Problem;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes a problem on a servlet response that a failed request left behind. The body a failing component meant to
 * send is gone, but its headers are not: a {@code Content-Encoding: gzip} or a {@code Content-Disposition} would
 * now describe the problem. So the response is reset and only the headers that still hold are put back
 * ({@code Allow}, {@code WWW-Authenticate}, {@code Retry-After}, cookies...), those that describe a body left out, and
 * the answer is not cached. Reset also forgets whether the writer or the stream was taken (Servlet 4.0 and later);
 * should a container not, the JSON goes through the writer, escaped to ASCII, which reads the same in any charset.
 */
public final class ServletProblemResponse {

    /** Headers not kept: those that describe a body ({@link EdgeProblems#BODY_HEADERS}) and those written anew. */
    private static final Set<String> NOT_KEPT = Stream.concat(EdgeProblems.BODY_HEADERS.stream(), Stream.of(
            "content-type", "content-length", "cache-control", "expires",
            EdgeProblems.NOSNIFF_HEADER.toLowerCase(Locale.ROOT))).collect(Collectors.toUnmodifiableSet());

    private ServletProblemResponse() {
    }

    /**
     * Writes the problem, unless the response is committed.
     *
     * @param response the response
     * @param problem  the problem; its status is the response's
     * @param head     whether the request was a {@code HEAD}: headers only
     * @throws IOException if the body cannot be written
     */
    public static void write(HttpServletResponse response, Problem problem, boolean head) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        List<Map.Entry<String, String>> kept = new ArrayList<>();
        for (String name : response.getHeaderNames()) {
            if (!NOT_KEPT.contains(name.toLowerCase(Locale.ROOT))) {
                response.getHeaders(name).forEach(value -> kept.add(Map.entry(name, value)));
            }
        }
        response.reset();
        kept.forEach(header -> response.addHeader(header.getKey(), header.getValue()));
        byte[] body = EdgeProblems.json(problem);
        // setStatus, not sendError: the latter would start another error dispatch.
        response.setStatus(problem.status());
        response.setContentType(EdgeProblems.CONTENT_TYPE);
        response.setHeader(EdgeProblems.NOSNIFF_HEADER, EdgeProblems.NOSNIFF);
        response.setHeader("Cache-Control", EdgeProblems.CACHE_CONTROL);
        if (head) {
            response.setContentLength(body.length);
            return;
        }
        OutputStream out;
        try {
            out = response.getOutputStream();
        } catch (IllegalStateException writerTaken) {
            Writer writer = response.getWriter();
            writer.write(ascii(new String(body, StandardCharsets.UTF_8)));
            writer.flush();
            return;
        }
        response.setContentLength(body.length);
        out.write(body);
        out.flush();
    }

    /** The JSON with every non-ASCII character as a unicode escape: they only occur in strings, where that is one. */
    static String ascii(String json) {
        StringBuilder out = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c < 0x80) {
                out.append(c);
            } else {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            }
        }
        return out.toString();
    }
}
