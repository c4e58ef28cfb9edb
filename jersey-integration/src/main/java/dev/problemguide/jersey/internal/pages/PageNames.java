package dev.problemguide.jersey.internal.pages;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names the pages of problem types: a type's part after the type base URI, so that a type URI under the base opens
 * its page where the pages are served at the base ({@code /problems/orders/not-found} under {@code /problems/} is
 * {@code orders/not-found}); else its path's last segment. A name keeps only the unreserved characters of RFC 3986
 * and its segments are never {@code .} or {@code ..}, so that it is safe as a URI path and as a file name.
 *
 * <p>Names are handed out so that a type URI never opens another type's page: first every type whose part after
 * the base is a name as it is, then the others, which never take a name given before, nor one that differs from it
 * only in case (files on some systems), nor {@code index}, nor one whose first segment is a translation's folder.
 */
final class PageNames {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_~-][A-Za-z0-9._~-]*(/[A-Za-z0-9_~-][A-Za-z0-9._~-]*)*");

    private PageNames() {
    }

    /**
     * Names the pages of types.
     *
     * @param types    the type URIs, distinct, in the catalog's order
     * @param base     the type base URI, or {@code null}
     * @param reserved first segments no name may start with (the translations' folders), lower case
     * @return the names, in the order of the types
     */
    static List<String> assign(List<URI> types, URI base, Set<String> reserved) {
        String[] names = new String[types.size()];
        Set<String> taken = new HashSet<>();
        taken.add("index");
        for (int i = 0; i < types.size(); i++) {
            String exact = exact(types.get(i), base);
            if (exact != null && !reserved.contains(first(exact)) && taken.add(exact.toLowerCase(Locale.ROOT))) {
                names[i] = exact;
            }
        }
        for (int i = 0; i < types.size(); i++) {
            if (names[i] == null) {
                String name = of(types.get(i), base);
                if (reserved.contains(first(name))) {
                    name = "type-" + name;
                }
                String candidate = name;
                for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
                    candidate = name + "-" + n;
                }
                names[i] = candidate;
            }
        }
        return List.of(names);
    }

    /**
     * Names the page of a type, as it is if it can be, else cleaned.
     *
     * @param type the type URI
     * @param base the type base URI, or {@code null}
     * @return the name, never empty
     */
    static String of(URI type, URI base) {
        String path = below(type, base);
        if (path == null) {
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

    /** The type's part after the base when it is a name as it is: what opening the type URI asks for. */
    private static String exact(URI type, URI base) {
        String path = below(type, base);
        return path != null && NAME.matcher(path).matches() ? path : null;
    }

    /** The type's part after the base's last slash, which is what a name resolves against; else null. */
    private static String below(URI type, URI base) {
        if (base == null) {
            return null;
        }
        String text = type.toString();
        String prefix = base.toString().substring(0, base.toString().lastIndexOf('/') + 1);
        return !prefix.isEmpty() && text.length() > prefix.length() && text.startsWith(prefix)
                ? text.substring(prefix.length()) : null;
    }

    /** A nested name's first segment, which could be a translation's folder among the files; else empty. */
    private static String first(String name) {
        int slash = name.indexOf('/');
        return slash < 0 ? "" : name.substring(0, slash).toLowerCase(Locale.ROOT);
    }
}
