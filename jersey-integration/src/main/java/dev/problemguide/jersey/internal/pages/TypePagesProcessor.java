package dev.problemguide.jersey.internal.pages;

import dev.problemguide.jersey.internal.config.FeatureOptions;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import org.glassfish.jersey.process.Inflector;
import org.glassfish.jersey.server.model.ModelProcessor;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceModel;

/**
 * Adds the type pages to the application's resources as Jersey builds its model: {@code GET <path>} (the index)
 * and {@code GET <path>/<name>} (a type's page), each as HTML or JSON. HTML is the form a reader gets who accepts
 * both equally ({@code *}{@code /*}, a browser); HEAD and OPTIONS come with them, and what they do not answer
 * (another method, an unknown name, a form not accepted) is a problem like any other.
 */
public final class TypePagesProcessor implements ModelProcessor {

    /** The characters of a page's name: unreserved, segments joined by slashes (see {@link PageNames}). */
    private static final String NAME = "{name: [A-Za-z0-9._~-]+(/[A-Za-z0-9._~-]+)*}";
    private static final MediaType HTML = new MediaType("text", "html", Map.of("qs", "1"));
    private static final MediaType JSON = new MediaType("application", "json", Map.of("qs", "0.9"));

    private final String path;
    private final TypePagesEndpoint endpoint;

    /**
     * Creates the processor of one application.
     *
     * @param path        the pages' path below the application's root, without slashes around it
     * @param typeBaseUri the type base URI, or {@code null}
     * @param catalog     the pages' catalog
     */
    public TypePagesProcessor(String path, URI typeBaseUri, PageCatalog catalog) {
        this.path = path;
        this.endpoint = new TypePagesEndpoint(path, typeBaseUri, catalog);
    }

    @Override
    public ResourceModel processResourceModel(ResourceModel model, Configuration configuration) {
        for (Resource resource : model.getRootResources()) {
            refuseOverlap(resource, "");
        }
        Resource.Builder index = Resource.builder(path);
        index.addMethod(HttpMethod.GET).produces(HTML).handledBy(new Handler(endpoint, false, true));
        index.addMethod(HttpMethod.GET).produces(JSON).handledBy(new Handler(endpoint, false, false));
        Resource.Builder page = index.addChildResource(NAME);
        page.addMethod(HttpMethod.GET).produces(HTML).handledBy(new Handler(endpoint, true, true));
        page.addMethod(HttpMethod.GET).produces(JSON).handledBy(new Handler(endpoint, true, false));
        return new ResourceModel.Builder(model.getRootResources(), false).addResource(index.build()).build();
    }

    @Override
    public ResourceModel processSubResource(ResourceModel model, Configuration configuration) {
        return model;
    }

    /**
     * One of the four methods. A class rather than a lambda: Jersey reads the type of what it hands an inflector
     * from the class's type arguments, which a lambda's class does not have.
     *
     * @param endpoint the endpoint
     * @param page     whether it answers a type's page, else the index
     * @param asHtml   whether it answers HTML, else JSON
     */
    public record Handler(TypePagesEndpoint endpoint, boolean page, boolean asHtml)
            implements Inflector<ContainerRequestContext, Response> {

        @Override
        public Response apply(ContainerRequestContext request) {
            return page ? endpoint.page(request, asHtml) : endpoint.index(request, asHtml);
        }
    }

    /**
     * Stops the application when one of its resources has a path at or below the pages' path: Jersey would send
     * some of those requests to the one and some to the other, by the number of literal characters, without a word.
     */
    private void refuseOverlap(Resource resource, String parent) {
        String own = resource.getPath() == null ? "" : FeatureOptions.pagesPath(resource.getPath());
        String full = parent.isEmpty() ? own : own.isEmpty() ? parent : parent + "/" + own;
        if (full.equals(path) || full.startsWith(path + "/")) {
            throw new IllegalStateException("The problem type pages cannot be served at '" + path
                    + "' (problemguide.typePages): the application's resource " + resourceName(resource)
                    + " has the path '" + full + "'; choose another path for the pages");
        }
        for (Resource child : resource.getChildResources()) {
            refuseOverlap(child, full);
        }
    }

    private static String resourceName(Resource resource) {
        return resource.getHandlerClasses().stream().findFirst().map(Class::getName).orElse(resource.getName());
    }
}
