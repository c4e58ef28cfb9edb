package dev.problemguide.jersey.internal.request;

import java.util.List;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.glassfish.jersey.uri.UriTemplate;

/**
 * The route of a request: the templates of the resources and methods it matched, joined ({@code /orders/{id}}), as
 * a metric may name it; never the path itself, which a client chooses.
 */
public final class Routes {

    private Routes() {
    }

    /**
     * Joins the matched templates of a request.
     *
     * @param uriInfo Jersey's URI information of the request
     * @return the route, such as {@code /orders/{id}}, or {@code null} when nothing matched
     */
    public static String of(ExtendedUriInfo uriInfo) {
        List<UriTemplate> templates = uriInfo.getMatchedTemplates();
        if (templates == null || templates.isEmpty()) {
            return null;
        }
        StringBuilder route = new StringBuilder(32);
        // Jersey lists the last match first. Templates join with one slash between them, none at the end.
        for (int i = templates.size() - 1; i >= 0; i--) {
            String template = templates.get(i).getTemplate();
            int start = 0;
            while (start < template.length() && template.charAt(start) == '/') {
                start++;
            }
            int end = template.length();
            while (end > start && template.charAt(end - 1) == '/') {
                end--;
            }
            if (end > start) {
                route.append('/').append(template, start, end);
            }
        }
        return route.length() == 0 ? "/" : route.toString();
    }
}
