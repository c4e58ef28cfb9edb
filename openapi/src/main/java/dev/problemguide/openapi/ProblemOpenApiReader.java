package dev.problemguide.openapi;

import com.fasterxml.jackson.annotation.JsonView;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import dev.problemguide.openapi.internal.DocumentSettings;
import dev.problemguide.openapi.internal.ResponseWriter;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.models.ExternalDocumentation;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.servers.Server;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Application;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * swagger-core's JAX-RS {@link Reader}, which also documents the problems of each operation: the error responses
 * ({@code application/problem+json}, with examples from the guide or the messages files) that Problem Guide's
 * feature answers with, and the {@code Problem} schemas among the components.
 *
 * <p>It reads the application's feature configuration and catalog of problem types from the application it is
 * given ({@link #setApplication(Application)}), which must be Jersey's runtime configuration, as {@link
 * ProblemOpenApiResource} passes it; nothing is kept in static state, so two applications in one JVM each get
 * their own document. Without the feature, or with {@value ProblemOpenApi#ENABLED} {@code false}, it is swagger's
 * reader unchanged. {@link ProblemOpenApiResource} makes it swagger's {@code readerClass}; a swagger configuration
 * can also name it there.
 */
public class ProblemOpenApiReader extends Reader {

    private Application application;
    private ResponseWriter writer;
    private boolean resolved;

    /** Creates the reader; swagger calls this for its {@code readerClass}. */
    public ProblemOpenApiReader() {
    }

    @Override
    public void setApplication(Application application) {
        super.setApplication(application);
        this.application = application;
        this.writer = null;
        this.resolved = false;
    }

    @Override
    public OpenAPI read(Class<?> cls) {
        OpenAPI openApi = super.read(cls);
        writer().ifPresent(w -> w.addComponents(openApi));
        return openApi;
    }

    @Override
    public OpenAPI read(Set<Class<?>> classes) {
        OpenAPI openApi = super.read(classes);
        writer().ifPresent(w -> w.addComponents(openApi));
        return openApi;
    }

    @Override
    public Operation parseMethod(Method method, List<Parameter> globalParameters, Produces methodProduces,
                                 Produces classProduces, Consumes methodConsumes, Consumes classConsumes,
                                 List<SecurityRequirement> classSecurityRequirements,
                                 Optional<ExternalDocumentation> classExternalDocs, Set<String> classTags,
                                 List<Server> classServers, boolean isSubresource, RequestBody parentRequestBody,
                                 ApiResponses parentResponses, JsonView jsonViewAnnotation,
                                 io.swagger.v3.oas.annotations.responses.ApiResponse[] classResponses,
                                 AnnotatedMethod annotatedMethod) {
        Operation operation = super.parseMethod(method, globalParameters, methodProduces, classProduces,
                methodConsumes, classConsumes, classSecurityRequirements, classExternalDocs, classTags,
                classServers, isSubresource, parentRequestBody, parentResponses, jsonViewAnnotation, classResponses,
                annotatedMethod);
        writer().ifPresent(w -> w.document(operation, method, methodProduces != null || classProduces != null));
        return operation;
    }

    private Optional<ResponseWriter> writer() {
        if (!resolved && application != null) {
            writer = DocumentSettings.of(application).map(ResponseWriter::new).orElse(null);
            resolved = true;
        }
        return Optional.ofNullable(writer);
    }
}
