package dev.problemguide.internal;

import java.net.URI;

/** What kind of URI reference (RFC 3986 section 4) a type or a type base URI is, for the server and the client alike. */
public final class UriReferences {

    private UriReferences() {
    }

    /**
     * Tells whether a URI is a path-absolute reference (RFC 3986 section 4.2): no scheme, no authority, a path
     * that starts with one slash, and neither query nor fragment, which a base URI cannot use.
     *
     * @param uri the URI
     * @return {@code true} for a path such as {@code /problems/}
     */
    public static boolean isPathAbsolute(URI uri) {
        String path = uri.getRawPath();
        return uri.getScheme() == null && uri.getRawAuthority() == null && path != null && path.startsWith("/")
                && !path.startsWith("//") && uri.getRawQuery() == null && uri.getRawFragment() == null;
    }
}
