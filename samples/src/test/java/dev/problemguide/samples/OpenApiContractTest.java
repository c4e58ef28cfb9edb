package dev.problemguide.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The checks of {@link OpenApiContractIT} on a small hand-written document: each kind of mismatch is found and
 * named, and what is documented passes (3.0's {@code nullable}, {@code oneOf}, {@code $ref}s to components).
 */
class OpenApiContractTest {

    private static final String PROBLEM = "application/problem+json";

    private static final String DOCUMENT = """
            {"openapi": "3.0.1",
             "info": {"title": "t", "version": "1"},
             "paths": {
               "/orders/{id}": {"get": {"parameters": [{"$ref": "#/components/parameters/id"}], "responses": {
                 "200": {"description": "the order", "content": {"application/json": {"schema": {"type": "object"}}}},
                 "404": {"description": "no such order", "content": {"application/problem+json": {"schema": {
                   "oneOf": [{"$ref": "#/components/schemas/OrderNotFound"},
                             {"$ref": "#/components/schemas/NotANumber"}]}}}},
                 "default": {"description": "anything", "content": {"application/problem+json": {"schema": {
                   "$ref": "#/components/schemas/Problem"}}}}}}},
               "/orders/{id}/cancel": {"post": {"parameters": [{"$ref": "#/components/parameters/id"}], "responses": {
                 "409": {"$ref": "#/components/responses/Conflict"}}}},
               "/quote": {"get": {"responses": {
                 "429": {"description": "slow down",
                   "headers": {"Retry-After": {"required": true, "schema": {"type": "integer"}}},
                   "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"},
                     "examples": {"slow": {"value": {"status": 429}}, "fast": {"value": {"status": "429"}}}}}}}}}},
             "components": {
               "parameters": {"id": {"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}},
               "responses": {"Conflict": {"description": "conflict", "content": {"application/problem+json": {
                 "schema": {"$ref": "#/components/schemas/Problem"}}}}},
               "schemas": {
                 "Problem": {"type": "object", "properties": {
                   "type": {"type": "string", "format": "uri-reference"},
                   "status": {"type": "integer", "format": "int32", "minimum": 100, "maximum": 599},
                   "title": {"type": "string"},
                   "detail": {"type": "string", "nullable": true},
                   "instance": {"type": "string", "format": "uri-reference"}}},
                 "OrderNotFound": {"allOf": [{"$ref": "#/components/schemas/Problem"}, {"type": "object",
                   "required": ["orderId"],
                   "properties": {"type": {"enum": ["https://problems.example.com/order-not-found"]},
                                  "orderId": {"type": "integer", "format": "int64"}}}]},
                 "NotANumber": {"allOf": [{"$ref": "#/components/schemas/Problem"}, {"type": "object",
                   "required": ["errors"],
                   "properties": {"type": {"enum": ["about:blank"]},
                                  "errors": {"type": "array", "items": {"type": "object"}}}}]}}}}
            """;

    private static final String NOT_FOUND = "{\"type\":\"https://problems.example.com/order-not-found\","
            + "\"title\":\"Order not found\",\"status\":404,\"detail\":\"Order 7 does not exist.\","
            + "\"instance\":\"/orders/7\",\"orderId\":7}";

    private final OpenApiContract contract = new OpenApiContract(DOCUMENT);

    private List<String> check(String method, String path, int status, String contentType, String body) {
        return contract.mismatches(method, path, status, contentType, Set.of("Content-Type"), body);
    }

    @Test
    void shouldMatchRequestPathsToTheMostSpecificTemplateAndMethod() {
        assertThat(contract.operation("GET", "/orders/7")).get().hasToString("GET /orders/{id}");
        assertThat(contract.operation("GET", "/orders/7?verbose=true")).get().hasToString("GET /orders/{id}");
        assertThat(contract.operation("POST", "/orders/42/cancel")).get().hasToString("POST /orders/{id}/cancel");
        assertThat(contract.operation("GET", "/orders/42/cancel")).isEmpty();
        assertThat(contract.operation("POST", "/orders/7")).isEmpty();
        assertThat(contract.operation("GET", "/nowhere")).isEmpty();
        assertThat(check("GET", "/nowhere", 404, PROBLEM, "{}"))
                .containsExactly("the document has no operation for GET /nowhere");
    }

    @Test
    void shouldPassADocumentedAnswer() {
        assertThat(contract.parseMessages()).isEmpty();
        assertThat(check("GET", "/orders/7", 404, PROBLEM + "; charset=UTF-8", NOT_FOUND)).isEmpty();
        assertThat(check("POST", "/orders/42/cancel", 409, PROBLEM,
                "{\"type\":\"about:blank\",\"title\":\"Conflict\",\"status\":409,\"detail\":null}")).isEmpty();
        assertThat(contract.mismatches("GET", "/quote", 429, PROBLEM, Set.of("retry-after"),
                "{\"status\":429}")).isEmpty();
    }

    @Test
    void shouldNameAnUndocumentedStatusAndNotCountDefault() {
        assertThat(check("GET", "/orders/7", 500, PROBLEM, "{\"status\":500}")).singleElement().asString()
                .contains("status 500 is not documented for GET /orders/{id}").contains("[200, 404, default]");
    }

    @Test
    void shouldNameAnUndocumentedContentType() {
        assertThat(check("GET", "/orders/7", 404, "application/json", NOT_FOUND)).singleElement().asString()
                .contains("Content-Type application/json is not documented for 404 of GET /orders/{id}")
                .contains(PROBLEM);
        assertThat(check("POST", "/orders/42/cancel", 409, null, "{}")).singleElement().asString()
                .contains("Content-Type null is not documented for 409");
    }

    @Test
    void shouldNameABodyThatDoesNotValidate() {
        // status as a string: the Problem schema says integer.
        assertThat(check("POST", "/orders/42/cancel", 409, PROBLEM, "{\"status\":\"409\"}")).singleElement()
                .asString().contains("does not validate against the schema documented for 409 of POST")
                .contains("status");
        // oneOf: a 404 without orderId (or errors) is neither specific problem.
        assertThat(check("GET", "/orders/7", 404, PROBLEM, NOT_FOUND.replace(",\"orderId\":7", ""))).isNotEmpty();
        // nullable only where documented.
        assertThat(check("POST", "/orders/42/cancel", 409, PROBLEM, "{\"title\":null}")).isNotEmpty();
        assertThat(check("GET", "/orders/7", 404, PROBLEM, "not json")).singleElement().asString()
                .contains("not JSON");
    }

    @Test
    void shouldNameAMissingRequiredHeader() {
        assertThat(check("GET", "/quote", 429, PROBLEM, "{\"status\":429}")).singleElement().asString()
                .contains("the required header Retry-After of 429 of GET /quote is missing");
    }

    @Test
    void shouldNameASchemaThatCannotBeResolved() {
        OpenApiContract withoutProblem = new OpenApiContract(DOCUMENT.replace("\"Problem\": {\"type\"",
                "\"Other\": {\"type\""));

        assertThat(withoutProblem.mismatches("GET", "/quote", 429, PROBLEM, Set.of("Retry-After"), "{}"))
                .singleElement().asString().contains("cannot be resolved");
    }

    @Test
    void shouldAddTheHandWrittenProblemOnlyWhereTheDocumentHasNone() {
        String other = DOCUMENT.replace("\"Problem\": {\"type\"", "\"Other\": {\"type\"");

        OpenApiContract completed = new OpenApiContract(
                OpenApiContract.withSchemaComponent(other, "Problem", OpenApiContract.HAND_WRITTEN_PROBLEM));
        assertThat(completed.mismatches("GET", "/quote", 429, PROBLEM, Set.of("Retry-After"), "{\"status\":429}"))
                .isEmpty();
        assertThat(completed.mismatches("GET", "/quote", 429, PROBLEM, Set.of("Retry-After"), "{\"status\":42}"))
                .isNotEmpty();
        // The document's own Problem stays: its detail is nullable, the hand-written one's is not.
        OpenApiContract kept = new OpenApiContract(
                OpenApiContract.withSchemaComponent(DOCUMENT, "Problem", OpenApiContract.HAND_WRITTEN_PROBLEM));
        assertThat(kept.mismatches("GET", "/quote", 429, PROBLEM, Set.of("Retry-After"), "{\"detail\":null}"))
                .isEmpty();
    }

    @Test
    void shouldCheckEveryExampleAgainstItsSchema() {
        assertThat(contract.exampleMismatches()).singleElement().asString()
                .contains("the example fast of GET /quote 429 application/problem+json does not validate");
        assertThat(contract.example("GET", "/quote", 429, PROBLEM, "slow")).get().hasToString("{\"status\":429}");
        assertThat(contract.example("GET", "/quote", 429, PROBLEM, "none")).isEmpty();
    }

    @Test
    void shouldRefuseWhatIsNotAnOpenApi3Document() {
        assertThatThrownBy(() -> new OpenApiContract("{\"swagger\": \"2.0\", \"info\": {\"title\": \"t\", "
                + "\"version\": \"1\"}, \"paths\": {}}")).isInstanceOf(IllegalArgumentException.class);
    }
}
