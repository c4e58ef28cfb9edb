package dev.problemguide.openapi.internal;

import dev.problemguide.jersey.internal.catalog.ProblemCatalog;
import dev.problemguide.jersey.internal.catalog.ProblemType;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The schemas of the components: {@code Problem} (RFC 9457, Appendix A, as Problem Guide writes it), its
 * {@code errors} item {@code ProblemError}, and one schema per problem type, all of {@code Problem} and the
 * type's own members.
 */
public final class Schemas {

    /** The component name of the problem schema. */
    public static final String PROBLEM = "Problem";

    /** The component name of an {@code errors} item. */
    public static final String ERROR = "ProblemError";

    private Schemas() {
    }

    /**
     * Names the schema of a problem type: the exception's simple name, or its full name when another class
     * of the catalog has the same simple name.
     *
     * @param catalog the application's catalog
     * @param type    one of its types
     * @return the component name
     */
    public static String name(ProblemCatalog catalog, ProblemType type) {
        String simple = type.exception().getSimpleName();
        boolean shared = simple.equals(PROBLEM) || simple.equals(ERROR) || catalog.types().stream()
                .filter(t -> t.exception().getSimpleName().equals(simple)).count() > 1;
        return shared ? type.exception().getName() : simple;
    }

    /**
     * Returns a reference to a component schema.
     *
     * @param name the component name
     * @return the reference
     */
    public static Schema<Object> ref(String name) {
        Schema<Object> schema = new Schema<>();
        schema.set$ref("#/components/schemas/" + name);
        return schema;
    }

    /**
     * Builds the {@code Problem} schema: every member optional, extension members allowed.
     *
     * @return the schema
     */
    public static Schema<Object> problem() {
        Schema<Object> schema = typed("object", "An RFC 9457 problem details object (application/problem+json).");
        Schema<Object> type = typed("string", "A URI reference that identifies the problem type.");
        type.setFormat("uri-reference");
        type.setDefault("about:blank");
        schema.addProperty("type", type);
        schema.addProperty("title", typed("string", "A short, human-readable summary of the problem type."));
        Schema<Object> status = typed("integer", "The HTTP status code of this occurrence.");
        status.setFormat("int32");
        status.setMinimum(BigDecimal.valueOf(100));
        status.setMaximum(BigDecimal.valueOf(599));
        schema.addProperty("status", status);
        schema.addProperty("detail", typed("string", "A human-readable explanation of this occurrence."));
        Schema<Object> instance = typed("string", "A URI reference that identifies this occurrence.");
        instance.setFormat("uri-reference");
        schema.addProperty("instance", instance);
        Schema<Object> errors = typed("array", "What was wrong with the request, one item per error.");
        errors.setItems(ref(ERROR));
        schema.addProperty("errors", errors);
        schema.setAdditionalProperties(Boolean.TRUE);
        return schema;
    }

    /**
     * Builds the schema of an {@code errors} item: a {@code detail}, with either a {@code pointer} into the
     * request body or the {@code in} and {@code name} of a parameter (either may be left out, e.g. for a body
     * that exceeds a limit).
     *
     * @return the schema
     */
    public static Schema<Object> error() {
        Schema<Object> schema = typed("object", "One error in the request.");
        schema.addProperty("detail", typed("string", "What is wrong."));
        schema.addProperty("pointer", typed("string", "A JSON Pointer (RFC 6901, as a URI fragment) into the"
                + " request body."));
        schema.addProperty("in", typed("string", "Where the parameter is: path, query, header, matrix, cookie,"
                + " form."));
        schema.addProperty("name", typed("string", "The parameter's name."));
        schema.setRequired(List.of("detail"));
        schema.setAdditionalProperties(Boolean.TRUE);
        return schema;
    }

    /**
     * Builds the schema of one problem type: {@code Problem} with its type, status and extension members.
     *
     * @param type the problem type
     * @return an {@code allOf} of {@code Problem} and the type's own members
     */
    public static Schema<Object> of(ProblemType type) {
        Schema<Object> own = typed("object", null);
        Schema<Object> uri = typed("string", null);
        uri.setFormat("uri-reference");
        uri.setEnum(List.<Object>of(type.type() == null ? "about:blank" : type.type().toString()));
        own.addProperty("type", uri);
        Schema<Object> status = typed("integer", null);
        status.setEnum(List.<Object>of(type.status()));
        own.addProperty("status", status);
        type.extensions().forEach((name, javaType) -> own.addProperty(name, JavaTypes.schema(javaType)));
        Schema<Object> schema = new Schema<>();
        schema.setDescription("The problem of " + JavaTypes.name(type.exception()) + ".");
        allOf(schema, List.of(ref(PROBLEM), own));
        return schema;
    }

    /**
     * Makes a schema that accepts bodies of any of several schemas.
     *
     * @param schemas the schemas, at least two
     * @return their {@code anyOf}
     */
    public static Schema<Object> anyOf(List<Schema<Object>> schemas) {
        Schema<Object> schema = new Schema<>();
        set(schema, schemas, true);
        return schema;
    }

    private static void allOf(Schema<Object> schema, List<Schema<Object>> parts) {
        set(schema, parts, false);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void set(Schema<Object> schema, List<Schema<Object>> parts, boolean any) {
        List<Schema> list = new ArrayList<>(parts);
        if (any) {
            schema.setAnyOf(list);
        } else {
            schema.setAllOf(list);
        }
    }

    static Schema<Object> typed(String type, String description) {
        Schema<Object> schema = new Schema<>();
        schema.setType(type);
        if (description != null) {
            schema.setDescription(description);
        }
        return schema;
    }
}
