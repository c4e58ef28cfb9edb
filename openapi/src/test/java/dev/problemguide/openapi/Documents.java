package dev.problemguide.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.Set;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ResourceConfig;

/** Generates documents the way swagger's resource does: the reader given Jersey's runtime configuration. */
final class Documents {

    private Documents() {
    }

    /**
     * Reads the document of an application.
     *
     * @param application the application, not yet started
     * @return the document
     */
    static OpenAPI of(ResourceConfig application) {
        ResourceConfig runtime = new ApplicationHandler(application).getConfiguration();
        ProblemOpenApiReader reader = new ProblemOpenApiReader();
        reader.setApplication(runtime);
        return reader.read(Set.copyOf(application.getClasses()));
    }

    static Operation operation(OpenAPI document, String path, PathItem.HttpMethod method) {
        return document.getPaths().get(path).readOperationsMap().get(method);
    }

    static ApiResponse response(Operation operation, int status) {
        return operation.getResponses().get(String.valueOf(status));
    }

    static MediaType problemJson(ApiResponse response) {
        return response.getContent().get("application/problem+json");
    }
}
