package dev.problemguide.jersey.internal.pages;

import dev.problemguide.internal.UriReferences;
import dev.problemguide.jersey.internal.request.LanguageNegotiator;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Answers the requests for the type pages: picks the language ({@code ?lang=} when it names one of the
 * catalog's, else {@code Accept-Language}) and writes the index or a page as HTML or JSON, with
 * {@code Content-Language} and {@code Vary}. Jersey has chosen the form by {@code Accept} before.
 */
public final class TypePagesEndpoint {

    private static final Logger LOG = System.getLogger(TypePagesEndpoint.class.getName());
    private static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");
    private static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE;

    private final String path;
    private final URI typeBaseUri;
    private final PageCatalog catalog;
    private final HtmlPages html;
    private final JsonPages json;
    private final LanguageNegotiator negotiator;
    private final AtomicBoolean warned = new AtomicBoolean();

    /**
     * Creates the endpoint.
     *
     * @param path        the pages' path below the application's root, without slashes around it
     * @param typeBaseUri the type base URI, or {@code null}
     * @param catalog     the pages' catalog
     */
    TypePagesEndpoint(String path, URI typeBaseUri, PageCatalog catalog) {
        this.path = path;
        this.typeBaseUri = typeBaseUri;
        this.catalog = catalog;
        this.html = new HtmlPages(catalog);
        this.json = new JsonPages(catalog);
        List<Locale> translations = catalog.languages().subList(1, catalog.languages().size());
        this.negotiator = new LanguageNegotiator(new HashSet<>(translations));
    }

    /**
     * Answers a request for the index.
     *
     * @param request the request
     * @param asHtml  whether Jersey chose HTML, else JSON
     * @return the answer
     */
    public Response index(ContainerRequestContext request, boolean asHtml) {
        Chosen chosen = choose(request);
        return answer(asHtml ? html.index(chosen.language(), chosen.links()) : json.index(chosen.language()),
                asHtml, chosen.language());
    }

    /**
     * Answers a request for a type's page.
     *
     * @param request the request
     * @param asHtml  whether Jersey chose HTML, else JSON
     * @return the answer
     * @throws NotFoundException when no page has the name, which the feature answers as a 404 problem
     */
    public Response page(ContainerRequestContext request, boolean asHtml) {
        String name = request.getUriInfo().getPathParameters().getFirst("name");
        PageEntry entry = catalog.find(name).orElseThrow(NotFoundException::new);
        Chosen chosen = choose(request);
        return answer(asHtml ? html.page(entry, chosen.language(), chosen.links())
                : json.page(entry, chosen.language()), asHtml, catalog.pageLanguage(entry, chosen.language()));
    }

    private record Chosen(Locale language, PageLinks links) {
    }

    private Chosen choose(ContainerRequestContext request) {
        String base = request.getUriInfo().getBaseUri().getRawPath() + path + "/";
        warnIfTypesLeadElsewhere(base);
        String asked = request.getUriInfo().getQueryParameters().getFirst("lang");
        if (asked != null) {
            for (Locale language : catalog.languages()) {
                if (language.toLanguageTag().equalsIgnoreCase(asked)) {
                    return new Chosen(language, new PageLinks.Served(base, language, true));
                }
            }
        }
        Locale negotiated = negotiator.negotiate(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        Locale language = negotiated == null ? PageCatalog.DEFAULT_LANGUAGE : negotiated;
        return new Chosen(language, new PageLinks.Served(base, language, false));
    }

    private Response answer(String body, boolean asHtml, Locale language) {
        Response.ResponseBuilder response = Response.ok(body, asHtml ? HTML : JSON)
                .language(language)
                .header(HttpHeaders.VARY, "Accept, Accept-Language")
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=300")
                .header("X-Content-Type-Options", "nosniff");
        if (asHtml) {
            response.header("Content-Security-Policy", Html.SECURITY_POLICY);
        }
        return response.build();
    }

    /**
     * Says once, as a warning, when the type base URI is a path other than the one the pages are served at, so
     * that type URIs would not open them (a context path left out, say).
     */
    private void warnIfTypesLeadElsewhere(String base) {
        if (typeBaseUri != null && UriReferences.isPathAbsolute(typeBaseUri)
                && !typeBaseUri.getRawPath().equals(base) && warned.compareAndSet(false, true)) {
            LOG.log(Level.WARNING, "The problem type pages are served at " + base + " but the type base URI is "
                    + typeBaseUri + " (problemguide.typeBaseUri): type URIs do not lead to their pages");
        }
    }
}
