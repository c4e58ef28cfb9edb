package dev.problemguide.jersey.internal.pages;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Names the page of a problem type: its URI's part after the type base URI, so that a type URI under the base
 * opens its page where the pages are served at the base ({@code /problems/orders/not-found} under
 * {@code /problems/} is {@code orders/not-found}); else its path's last segment. A name keeps only the
 * unreserved characters of RFC 3986 and its segments are never {@code .} or {@code ..}, so that it is safe as a
 * URI path and as a file name.
 */
final class PageNames {

    private PageNames() {
    }

    /**
     * Names the page of a type.
     *
     * @param type the type URI
     * @param base the type base URI, or {@code null}
     * @return the name, never empty
     */
    static String of(URI type, URI base) {
        String text = type.toString();
        String prefix = base == null ? null : base.toString();
        String path;
        if (prefix != null && text.length() > prefix.length() && text.startsWith(prefix)) {
            path = text.substring(prefix.length());
        } else {
            path = type.isOpaque() ? type.getRawSchemeSpecificPart() : type.getRawPath();
            path = path == null ? "" : path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf(':')) + 1);
        }
        int end = path.length();
        for (char stop : new char[] {'?', '#'}) {
            int at = path.indexOf(stop);
            end = at >= 0 ? Math.min(end, at) : end;
        }
        List<String> segments = new ArrayList<>();
        for (String segment : path.substring(0, end).split("/")) {
            String clean = segment.replaceAll("[^A-Za-z0-9._~-]", "-");
            if (!clean.isEmpty() && !clean.chars().allMatch(c -> c == '.')) {
                segments.add(clean);
            }
        }
        return segments.isEmpty() ? "type" : String.join("/", segments);
    }

    /**
     * Makes a name unique among those taken, by a number after it, and takes it.
     *
     * @param name  the name
     * @param taken the names taken so far; the returned name is added
     * @return the name, or the name and {@code -2}, {@code -3}, ...
     */
    static String unique(String name, Set<String> taken) {
        String candidate = name;
        for (int n = 2; !taken.add(candidate) || candidate.equals("index"); n++) {
            candidate = name + "-" + n;
        }
        return candidate;
    }
}
