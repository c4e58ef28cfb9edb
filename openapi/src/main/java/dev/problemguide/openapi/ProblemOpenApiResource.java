package dev.problemguide.openapi;

import io.swagger.v3.jaxrs2.integration.resources.OpenApiResource;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.jaxrs2.integration.JaxrsOpenApiContextBuilder;
import io.swagger.v3.oas.integration.OpenApiContextLocator;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.integration.api.OpenAPIConfiguration;
import io.swagger.v3.oas.integration.api.OpenApiContext;
import jakarta.servlet.ServletConfig;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.UUID;
import java.util.WeakHashMap;

/**
 * swagger-core's {@link OpenApiResource} ({@code GET /openapi.json} and {@code /openapi.yaml}), serving a document
 * that also lists the problems of each operation: register it instead of swagger's.
 *
 * <p>It reads swagger's configuration as swagger's does (the one it is given, else {@code openapi-configuration.yaml}
 * and the other files swagger looks for), and differs in three ways: its reader is {@link ProblemOpenApiReader}
 * unless the configuration names a {@code readerClass}; the reader is given Jersey's runtime configuration (where
 * {@code ProblemFeature} keeps its configuration and catalog), not the application as written; and outside a
 * servlet container its swagger context is the application's own, so that two applications in one JVM do not
 * share a cached document.
 */
@Path("/openapi.{type:json|yaml}")
@Hidden
public class ProblemOpenApiResource extends OpenApiResource {

    /**
     * The context id of each application, by its runtime configuration: unique, unlike an identity hash code, and
     * weakly held, so that a stopped application's id goes with it.
     */
    private static final Map<Object, String> CONTEXT_IDS = new WeakHashMap<>();

    @Context
    private Configuration runtime;

    @Context
    private ServletConfig servletConfig;

    /** Creates the resource; like swagger's, it reads swagger's configuration files unless given a configuration. */
    public ProblemOpenApiResource() {
    }

    /**
     * Serves the document.
     *
     * @param headers the request's headers
     * @param uriInfo the request's URI
     * @param type    {@code json} or {@code yaml}
     * @return the document
     * @throws Exception as swagger's resource does, when the document cannot be built
     */
    @GET
    @Produces({MediaType.APPLICATION_JSON, "application/yaml"})
    @Operation(hidden = true)
    @Override
    public Response getOpenApi(@Context HttpHeaders headers, @Context UriInfo uriInfo,
                               @PathParam("type") String type) throws Exception {
        Application application = runtime instanceof Application app ? app : null;
        String contextId = getContextId(servletConfig);
        // One context per id, also when the first requests come together.
        synchronized (OpenApiContextLocator.getInstance()) {
            prepare(application, contextId);
        }
        return super.getOpenApi(headers, servletConfig, application, uriInfo, type);
    }

    /** Builds swagger's context for an id, with our reader, unless it exists. */
    private void prepare(Application application, String contextId) throws Exception {
        if (OpenApiContextLocator.getInstance().getOpenApiContext(contextId) == null) {
            OpenApiContext context = buildContext(application, contextId);
            OpenAPIConfiguration configuration = context.getOpenApiConfiguration();
            if (configuration.getReaderClass() == null) {
                if (configuration instanceof SwaggerConfiguration swagger && swaggerSees(ProblemOpenApiReader.class)) {
                    // swagger builds a new reader for every read (each cache refresh): one of ours each time.
                    swagger.setReaderClass(ProblemOpenApiReader.class.getName());
                } else {
                    ProblemOpenApiReader reader = new ProblemOpenApiReader();
                    reader.setApplication(application);
                    reader.setConfiguration(configuration);
                    context.setOpenApiReader(reader);
                }
            }
        }
    }

    /** Tells whether swagger's class loader, which loads the {@code readerClass}, sees a class of ours. */
    private static boolean swaggerSees(Class<?> type) {
        try {
            return Class.forName(type.getName(), false, JaxrsOpenApiContextBuilder.class.getClassLoader()) == type;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /**
     * Builds and registers swagger's context as swagger's resource would, so that its reader can be replaced
     * before the first read.
     */
    @SuppressWarnings("unchecked") // swagger's builder returns its raw self type
    private OpenApiContext buildContext(Application application, String contextId) throws Exception {
        return new JaxrsOpenApiContextBuilder<>().servletConfig(servletConfig).application(application)
                .resourcePackages(resourcePackages).configLocation(configLocation)
                .openApiConfiguration(openApiConfiguration).ctxId(contextId).buildContext(true);
    }

    /**
     * Names swagger's context: the servlet's when there is one, else one of this application's own.
     *
     * @param config the servlet configuration, or {@code null} outside a servlet container
     * @return the context id
     */
    @Override
    protected String getContextId(ServletConfig config) {
        if (config != null) {
            return super.getContextId(config);
        }
        synchronized (CONTEXT_IDS) {
            return CONTEXT_IDS.computeIfAbsent(runtime, r -> "openapi.context.id.problemguide." + UUID.randomUUID());
        }
    }
}
