package dev.problemguide.internal;

import java.net.URI;
import java.util.Objects;

/** Request URIs as they may be kept in exceptions and problems: without the parts that may hold secrets. */
public final class SafeUris {

    private SafeUris() {
    }

    /**
     * Drops a URI's query, fragment, user information and matrix parameters ({@code ;token=…} in a path
     * segment), which may carry tokens or passwords.
     *
     * @param uri the URI
     * @return the URI itself when it has none of them, else a copy without them
     */
    public static URI withoutSecrets(URI uri) {
        Objects.requireNonNull(uri, "uri");
        if (uri.isOpaque()) {
            // An opaque URI's query is part of its scheme-specific part.
            String part = uri.getRawSchemeSpecificPart();
            int query = part.indexOf('?');
            return query < 0 && uri.getRawFragment() == null ? uri
                    : URI.create(uri.getScheme() + ":" + (query < 0 ? part : part.substring(0, query)));
        }
        String path = uri.getRawPath();
        if (uri.getRawQuery() == null && uri.getRawFragment() == null && uri.getRawUserInfo() == null
                && (path == null || path.indexOf(';') < 0)) {
            return uri;
        }
        StringBuilder kept = new StringBuilder();
        if (uri.getScheme() != null) {
            kept.append(uri.getScheme()).append(':');
        }
        String authority = uri.getRawAuthority();
        if (authority != null) {
            kept.append("//").append(authority.substring(authority.lastIndexOf('@') + 1));
        }
        if (path != null) {
            kept.append(path.replaceAll(";[^/]*", ""));
        }
        return URI.create(kept.toString());
    }
}
