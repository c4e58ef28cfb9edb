package dev.problemguide.samples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaException;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi30;
import com.networknt.schema.oas.OpenApi31;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An OpenAPI document as a contract that HTTP answers are checked against: the operation of a request (its path
 * matched against the document's path templates), the statuses documented for it, the content types documented for
 * a status, the headers it requires, and the schema a body must validate against. The document is parsed with
 * swagger-parser; the schemas are validated with the JSON Schema validator in the dialect of the document's
 * OpenAPI version (3.0: draft 4 with {@code nullable}; 3.1: 2020-12), {@code $ref}s resolved against the document's
 * components.
 */
final class OpenApiContract {

    /**
     * A hand-written {@code Problem} schema (RFC 9457 Appendix A in OpenAPI 3.0 form: the five members typed,
     * extension members allowed), standing in for the component of problemguide-openapi where a document lacks it.
     */
    static final String HAND_WRITTEN_PROBLEM = """
            {"type": "object",
             "properties": {
               "type": {"type": "string", "format": "uri-reference"},
               "status": {"type": "integer", "format": "int32", "minimum": 100, "maximum": 599},
               "title": {"type": "string"},
               "detail": {"type": "string"},
               "instance": {"type": "string", "format": "uri-reference"}},
             "additionalProperties": true}
            """;

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern TEMPLATE_PARAMETER = Pattern.compile("\\{([^}:]+)(?::([^}]+))?}");

    private final OpenAPI openApi;
    private final List<String> parseMessages;
    private final JsonNode tree;
    private final JsonSchemaFactory factory;
    private final SchemaValidatorsConfig config;

    /** One operation of the document. */
    record DocumentedOperation(String method, String template, Operation operation) {
        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    /**
     * Reads a document.
     *
     * @param json the document, JSON or YAML
     * @throws IllegalArgumentException if swagger-parser cannot read it, or its OpenAPI version is not 3.0 or 3.1
     */
    OpenApiContract(String json) {
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(json, null, options);
        if (result.getOpenAPI() == null) {
            throw new IllegalArgumentException("swagger-parser cannot read the document: " + result.getMessages());
        }
        openApi = result.getOpenAPI();
        parseMessages = result.getMessages() == null ? List.of() : List.copyOf(result.getMessages());
        try {
            tree = json.stripLeading().startsWith("{") ? MAPPER.readTree(json)
                    : new YAMLMapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not JSON or YAML", e);
        }
        String version = openApi.getOpenapi();
        JsonMetaSchema dialect;
        SpecVersion.VersionFlag flag;
        if (version != null && version.startsWith("3.0.")) {
            dialect = OpenApi30.getInstance();
            flag = SpecVersion.VersionFlag.V4;
        } else if (version != null && version.startsWith("3.1.")) {
            dialect = OpenApi31.getInstance();
            flag = SpecVersion.VersionFlag.V202012;
        } else {
            throw new IllegalArgumentException("OpenAPI version " + version + " is neither 3.0 nor 3.1");
        }
        factory = JsonSchemaFactory.getInstance(flag,
                builder -> builder.metaSchema(dialect).defaultMetaSchemaIri(dialect.getIri()));
        config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).nullableKeywordEnabled(true).build();
    }

    /**
     * Returns the document as swagger-parser read it.
     *
     * @return the model
     */
    OpenAPI openApi() {
        return openApi;
    }

    /**
     * Returns what swagger-parser found wrong with the document.
     *
     * @return its messages; empty for a valid document
     */
    List<String> parseMessages() {
        return parseMessages;
    }

    /**
     * Returns every operation of the document, as {@code "METHOD /template"}.
     *
     * @return the operations, sorted
     */
    Set<String> operations() {
        Set<String> operations = new TreeSet<>();
        paths().forEach((template, item) -> item.readOperationsMap()
                .forEach((method, operation) -> operations.add(method + " " + template)));
        return operations;
    }

    /**
     * Returns the statuses documented for each operation.
     *
     * @return {@code "METHOD /template"} to its response codes
     */
    Map<String, Set<String>> statuses() {
        Map<String, Set<String>> statuses = new TreeMap<>();
        paths().forEach((template, item) -> item.readOperationsMap().forEach((method, operation) ->
                statuses.put(method + " " + template, operation.getResponses() == null ? Set.of()
                        : new TreeSet<>(operation.getResponses().keySet()))));
        return statuses;
    }

    private Map<String, PathItem> paths() {
        return openApi.getPaths() == null ? Map.of() : openApi.getPaths();
    }

    /**
     * Finds the operation of a request: the method's operation under the path template that matches the path, the
     * one with the most literal characters when several do (so that {@code /orders/{id}/cancel} wins over
     * {@code /orders/{id}/{action}}).
     *
     * @param method the request method
     * @param path   the request path, a query allowed (ignored)
     * @return the operation, or empty when the document has none for the request
     */
    Optional<DocumentedOperation> operation(String method, String path) {
        String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        DocumentedOperation best = null;
        int bestLiterals = -1;
        for (Map.Entry<String, PathItem> entry : paths().entrySet()) {
            String template = entry.getKey();
            if (!regex(template).matcher(bare).matches()) {
                continue;
            }
            Operation operation = entry.getValue().readOperationsMap()
                    .get(PathItem.HttpMethod.valueOf(method.toUpperCase(Locale.ROOT)));
            int literals = TEMPLATE_PARAMETER.matcher(template).replaceAll("").length();
            if (operation != null && literals > bestLiterals) {
                best = new DocumentedOperation(method.toUpperCase(Locale.ROOT), template, operation);
                bestLiterals = literals;
            }
        }
        return Optional.ofNullable(best);
    }

    private static Pattern regex(String template) {
        StringBuilder regex = new StringBuilder();
        Matcher matcher = TEMPLATE_PARAMETER.matcher(template);
        int last = 0;
        while (matcher.find()) {
            regex.append(Pattern.quote(template.substring(last, matcher.start())));
            regex.append(matcher.group(2) == null ? "[^/]+" : "(?:" + matcher.group(2) + ")");
            last = matcher.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        // A trailing slash is the same resource to Jersey.
        return Pattern.compile(regex + "/?");
    }

    /**
     * Checks an answer against the document.
     *
     * @param method      the request method
     * @param path        the request path and query
     * @param status      the answer's status
     * @param contentType the answer's {@code Content-Type}, or {@code null}
     * @param headers     the answer's header names, any case
     * @param body        the answer's body
     * @return what differs from the document, one sentence each; empty when the answer is as documented
     */
    List<String> mismatches(String method, String path, int status, String contentType, Set<String> headers,
                            String body) {
        Optional<DocumentedOperation> found = operation(method, path);
        if (found.isEmpty()) {
            return List.of("the document has no operation for " + method + " " + path);
        }
        DocumentedOperation operation = found.get();
        String code = Integer.toString(status);
        ApiResponse response = operation.operation().getResponses() == null ? null
                : operation.operation().getResponses().get(code);
        if (response == null) {
            return List.of("status " + code + " is not documented for " + operation + " (documented: "
                    + statuses().get(operation.toString()) + ")");
        }
        String pointer = pointer("paths", operation.template(), operation.method().toLowerCase(Locale.ROOT),
                "responses", code);
        if (response.get$ref() != null) {
            String name = response.get$ref().substring(response.get$ref().lastIndexOf('/') + 1);
            response = openApi.getComponents() == null || openApi.getComponents().getResponses() == null ? null
                    : openApi.getComponents().getResponses().get(name);
            if (response == null) {
                return List.of("the response " + code + " of " + operation + " refers to " + name
                        + ", which is not in the document's components");
            }
            pointer = pointer("components", "responses", name);
        }
        List<String> mismatches = new ArrayList<>();
        if (response.getHeaders() != null) {
            Set<String> present = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            present.addAll(headers);
            for (Map.Entry<String, Header> header : response.getHeaders().entrySet()) {
                if (Boolean.TRUE.equals(header.getValue().getRequired()) && !present.contains(header.getKey())) {
                    mismatches.add("the required header " + header.getKey() + " of " + code + " of " + operation
                            + " is missing");
                }
            }
        }
        Content content = response.getContent();
        if (content == null || content.isEmpty()) {
            if (body != null && !body.isEmpty()) {
                mismatches.add("status " + code + " of " + operation + " documents no content, but the answer has "
                        + contentType);
            }
            return mismatches;
        }
        String mediaType = contentType == null ? null
                : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (mediaType == null || !content.containsKey(mediaType)) {
            mismatches.add("Content-Type " + contentType + " is not documented for " + code + " of " + operation
                    + " (documented: " + content.keySet() + ")");
            return mismatches;
        }
        JsonNode schema = tree.at(pointer + pointer("content", mediaType, "schema"));
        if (schema.isMissingNode()) {
            mismatches.add(mediaType + " of " + code + " of " + operation + " has no schema");
            return mismatches;
        }
        for (String violation : violations(schema, body)) {
            mismatches.add("the body does not validate against the schema documented for " + code + " of "
                    + operation + ": " + violation + " (schema " + schema + ", body " + body + ")");
        }
        return mismatches;
    }

    /**
     * Checks every example the document gives for a response content against that content's schema.
     *
     * @return what differs, one sentence per example; empty when every example validates
     */
    List<String> exampleMismatches() {
        List<String> mismatches = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : tree.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                for (Map.Entry<String, JsonNode> response : method.getValue().path("responses").properties()) {
                    for (Map.Entry<String, JsonNode> media : response.getValue().path("content").properties()) {
                        String where = method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey() + " "
                                + response.getKey() + " " + media.getKey();
                        Map<String, JsonNode> examples = new TreeMap<>();
                        if (media.getValue().has("example")) {
                            examples.put("example", media.getValue().get("example"));
                        }
                        for (Map.Entry<String, JsonNode> example : media.getValue().path("examples").properties()) {
                            examples.put(example.getKey(), example.getValue().path("value"));
                        }
                        examples.forEach((name, value) -> {
                            for (String violation : violations(media.getValue().path("schema"), value.toString())) {
                                mismatches.add("the example " + name + " of " + where
                                        + " does not validate against its schema: " + violation);
                            }
                        });
                    }
                }
            }
        }
        return mismatches;
    }

    /**
     * Returns the value of a named example of a response content.
     *
     * @param method    the operation's method
     * @param template  the operation's path template
     * @param status    the response's status
     * @param mediaType the content's media type
     * @param name      the example's name
     * @return its value, or empty
     */
    Optional<JsonNode> example(String method, String template, int status, String mediaType, String name) {
        JsonNode value = tree.at(pointer("paths", template, method.toLowerCase(Locale.ROOT), "responses",
                Integer.toString(status), "content", mediaType, "examples", name, "value"));
        return value.isMissingNode() ? Optional.empty() : Optional.of(value);
    }

    /**
     * Validates a body against a schema of the document, its {@code $ref}s resolved against the document.
     *
     * @param schema a schema of the document
     * @param body   the body
     * @return the violations; empty when it validates
     */
    Set<String> violations(JsonNode schema, String body) {
        JsonNode json;
        try {
            json = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            return Set.of("the body is not JSON: " + e.getOriginalMessage());
        }
        // The schema with the document's components beside it, so that "#/components/schemas/X" resolves.
        ObjectNode root = MAPPER.createObjectNode();
        root.putArray("allOf").add(schema);
        if (tree.has("components")) {
            root.set("components", tree.get("components"));
        }
        Set<String> violations = new TreeSet<>();
        try {
            JsonSchema compiled = factory.getSchema(root, config);
            compiled.initializeValidators();
            for (ValidationMessage message : compiled.validate(json)) {
                violations.add(message.getMessage());
            }
        } catch (JsonSchemaException e) {
            violations.add("the documented schema cannot be resolved: " + e.getMessage());
        }
        return violations;
    }

    /**
     * Returns the document with a schema component added, unless it has one of that name.
     *
     * @param json   the document, JSON
     * @param name   the component's name
     * @param schema the schema, JSON
     * @return the document, JSON
     */
    static String withSchemaComponent(String json, String name, String schema) {
        try {
            ObjectNode document = (ObjectNode) MAPPER.readTree(json);
            ObjectNode schemas = document.withObjectProperty("components").withObjectProperty("schemas");
            if (!schemas.has(name)) {
                schemas.set(name, MAPPER.readTree(schema));
            }
            return MAPPER.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String pointer(String... tokens) {
        StringBuilder pointer = new StringBuilder();
        for (String token : tokens) {
            pointer.append('/').append(token.replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }
}
