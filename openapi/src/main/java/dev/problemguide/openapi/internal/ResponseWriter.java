package dev.problemguide.openapi.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes the problems of an application into its OpenAPI document: the error responses of each operation, and
 * the schemas they refer to among the components.
 *
 * <p>Several causes with one status make one response: its schema is the cause's schema when they share one,
 * else an {@code anyOf} of their schemas (not a {@code oneOf}: every problem type's schema is an {@code allOf} of
 * {@code Problem}, so a body of a specific type also matches {@code Problem}, and {@code oneOf} would reject it),
 * with one named example per cause. Responses the operation documents already are left as they are.
 */
public final class ResponseWriter {

    /** The media type of every problem. */
    public static final String PROBLEM_JSON = "application/problem+json";

    private final DocumentSettings settings;
    private final OperationProblems rules;
    private final Set<String> usedSchemas = new LinkedHashSet<>();

    /**
     * Creates the writer of one document.
     *
     * @param settings the application's settings
     */
    public ResponseWriter(DocumentSettings settings) {
        this.settings = settings;
        this.rules = new OperationProblems(settings);
    }

    /**
     * Adds the error responses of one operation.
     *
     * @param operation the operation swagger built
     * @param method    its resource method
     * @param produces  whether the method or its class declares {@code @Produces}
     */
    public void document(Operation operation, Method method, boolean produces) {
        Map<Integer, List<Cause>> byStatus = new TreeMap<>();
        for (Cause cause : rules.causes(method, produces)) {
            if (settings.statuses().includes(cause.status())) {
                byStatus.computeIfAbsent(cause.status(), s -> new ArrayList<>()).add(cause);
            }
        }
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        ApiResponses responses = operation.getResponses();
        byStatus.forEach((status, causes) -> {
            if (!responses.containsKey(String.valueOf(status))) {
                responses.addApiResponse(String.valueOf(status), response(status, causes));
            }
        });
    }

    /**
     * Adds the schemas the responses refer to: {@code Problem} and {@code ProblemError} always (so that the
     * application's own annotations can refer to them), and those of the problem types used, keeping any schema
     * of the same name the document has.
     *
     * @param openApi the document
     */
    public void addComponents(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        Components components = openApi.getComponents();
        Map<String, Schema<Object>> schemas = new LinkedHashMap<>();
        schemas.put(Schemas.PROBLEM, Schemas.problem());
        schemas.put(Schemas.ERROR, Schemas.error());
        settings.catalog().types().forEach(type -> {
            String name = Schemas.name(settings.catalog(), type);
            if (usedSchemas.contains(name)) {
                schemas.put(name, Schemas.of(type));
            }
        });
        schemas.forEach((name, schema) -> {
            if (components.getSchemas() == null || !components.getSchemas().containsKey(name)) {
                components.addSchemas(name, schema);
            }
        });
    }

    private ApiResponse response(int status, List<Cause> causes) {
        List<String> names = causes.stream().map(Cause::schema).distinct().toList();
        usedSchemas.addAll(names);
        Schema<Object> schema = names.size() == 1 ? Schemas.ref(names.get(0))
                : Schemas.anyOf(names.stream().map(Schemas::ref).toList());
        MediaType mediaType = new MediaType();
        mediaType.setSchema(schema);
        Map<String, Example> examples = new LinkedHashMap<>();
        for (Cause cause : causes) {
            Example example = new Example();
            example.setSummary(cause.summary());
            example.setValue(cause.example());
            examples.putIfAbsent(cause.name(), example);
        }
        mediaType.setExamples(examples);
        ApiResponse response = new ApiResponse();
        response.setDescription(settings.factory().texts(status).title());
        response.setContent(new Content().addMediaType(PROBLEM_JSON, mediaType));
        return response;
    }
}
