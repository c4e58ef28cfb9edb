package dev.problemguide.internal;

import java.net.URI;
import java.util.Objects;

/** Request URIs as they may be kept in exceptions and problems: without what may hold secrets. */
public final class SafeUris {

    private SafeUris() {
    }

    /**
     * Drops a URI's query, fragment and user information, which may carry tokens or passwords.
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
        if (uri.getRawQuery() == null && uri.getRawFragment() == null && uri.getRawUserInfo() == null) {
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
        if (uri.getRawPath() != null) {
            kept.append(uri.getRawPath());
        }
        return URI.create(kept.toString());
    }
}
