package dev.problemguide.openapi;

import static dev.problemguide.openapi.Documents.operation;
import static dev.problemguide.openapi.Documents.problemJson;
import static dev.problemguide.openapi.Documents.response;
import static io.swagger.v3.oas.models.PathItem.HttpMethod.GET;
import static io.swagger.v3.oas.models.PathItem.HttpMethod.POST;
import static org.assertj.core.api.Assertions.assertThat;

import dev.problemguide.ProblemFactory;
import dev.problemguide.jersey.DownstreamProblems;
import dev.problemguide.jersey.ProblemFeature;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import java.util.Map;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.junit.jupiter.api.Test;

/** One test per inference rule, on small resources, with swagger's reader run on a Jersey application. */
@SuppressWarnings({"rawtypes", "unchecked"}) // swagger's model hands out raw Schema maps and lists
class ProblemOpenApiReaderTest {

    private static final String PROBLEM = "#/components/schemas/Problem";

    private static OpenAPI document(Object feature, Class<?>... resources) {
        return Documents.of(new ResourceConfig(resources).register(feature));
    }

    private static OpenAPI document(Class<?>... resources) {
        return document(ProblemFeature.builder().build(), resources);
    }

    @Test
    void shouldDocumentAServerErrorForEveryOperation() {
        Operation ping = operation(document(TestResources.Plain.class), "/plain", GET);

        MediaType media = problemJson(response(ping, 500));
        assertThat(media.getSchema().get$ref()).isEqualTo(PROBLEM);
        Map<String, Object> example = (Map<String, Object>) media.getExamples().get("serverError").getValue();
        assertThat(example).containsEntry("status", 500).containsEntry("type", "about:blank")
                .containsEntry("title", ProblemFactory.standard().texts(500).title())
                .containsEntry("detail", ProblemFactory.standard().texts(500).detail());
        assertThat(response(ping, 500).getDescription()).isEqualTo(ProblemFactory.standard().texts(500).title());
    }

    @Test
    void shouldDocumentNoInputErrorsForAnOperationWithoutInputs() {
        Operation ping = operation(document(TestResources.Plain.class), "/plain", GET);

        assertThat(ping.getResponses()).doesNotContainKeys("400", "404", "406", "415", "422");
    }

    @Test
    void shouldDocumentNotAcceptableWhenTheOperationProduces() {
        Operation text = operation(document(TestResources.Produced.class), "/produces", GET);

        assertThat(problemJson(response(text, 406)).getExamples()).containsOnlyKeys("notAcceptable");
        assertThat(text.getResponses()).doesNotContainKeys("400", "415");
    }

    @Test
    void shouldDocumentBadRequestAndUnsupportedMediaTypeWhenTheOperationReadsABody() {
        Operation create = operation(document(TestResources.Body.class), "/body", POST);

        assertThat(problemJson(response(create, 400)).getExamples()).containsOnlyKeys("malformedBody");
        assertThat(problemJson(response(create, 415)).getExamples()).containsOnlyKeys("unsupportedMediaType");
        assertThat(create.getResponses()).doesNotContainKeys("404", "406", "422");
    }

    @Test
    void shouldDocumentTheConversionStatusOfParametersThatAreNotText() {
        OpenAPI document = document(TestResources.Params.class);

        MediaType notFound = problemJson(response(operation(document, "/params/{id}", GET), 404));
        Map<String, Object> example = (Map<String, Object>) notFound.getExamples().get("parameterConversion")
                .getValue();
        assertThat(example).containsEntry("status", 404)
                .containsEntry("errors", List.of(Map.of("detail", "invalid value", "in", "path", "name", "id")));
        assertThat(operation(document, "/params/{id}/text", GET).getResponses()).doesNotContainKeys("400", "404");
        Operation header = operation(document, "/params/{id}/header", GET);
        assertThat(header.getResponses()).containsKey("400").doesNotContainKey("404");
    }

    @Test
    void shouldReadTheFieldsOfABeanParameter() {
        Operation list = operation(document(TestResources.Paged.class), "/paged", GET);

        Map<String, Object> conversion = (Map<String, Object>) problemJson(response(list, 404)).getExamples()
                .get("parameterConversion").getValue();
        assertThat(conversion).containsEntry("errors", List.of(Map.of("detail", "invalid value", "in", "query",
                "name", "page")));
        Map<String, Object> validation = (Map<String, Object>) problemJson(response(list, 422)).getExamples()
                .get("validation").getValue();
        assertThat(validation).containsEntry("errors", List.of(Map.of("detail", "violates @NotBlank", "in",
                "query", "name", "sort")));
        assertThat(list.getResponses()).doesNotContainKeys("400", "415");
    }

    @Test
    void shouldDocumentTheConfiguredConversionStatus() {
        OpenAPI document = document(ProblemFeature.builder().paramConversionStatus(400).build(),
                TestResources.Params.class);

        assertThat(operation(document, "/params/{id}", GET).getResponses()).containsKey("400")
                .doesNotContainKey("404");
    }

    @Test
    void shouldDocumentTheValidationStatusOfConstrainedInputs() {
        OpenAPI document = document(TestResources.Validated.class);

        Operation query = operation(document, "/valid", GET);
        assertThat(problemJson(response(query, 422)).getExamples()).containsOnlyKeys("validation");
        Operation body = operation(document, "/valid", POST);
        Map<String, Object> example = (Map<String, Object>) problemJson(response(body, 422)).getExamples()
                .get("validation").getValue();
        assertThat(example).containsEntry("errors", List.of(Map.of("detail", "violates @NotBlank",
                "pointer", "#/item")));
    }

    @Test
    void shouldDocumentNoValidationStatusWhereJerseyDoesNotValidate() {
        OpenAPI document = Documents.of(new ResourceConfig(TestResources.Validated.class)
                .property(ServerProperties.BV_FEATURE_DISABLE, true));

        assertThat(operation(document, "/valid", POST).getResponses()).doesNotContainKey("422");
        assertThat(problemJson(response(operation(document, "/valid", POST), 400)).getExamples())
                .containsOnlyKeys("malformedBody");
    }

    @Test
    void shouldShareOneResponseBetweenCausesOfTheSameStatus() {
        OpenAPI document = document(ProblemFeature.builder().validationStatus(400).build(),
                TestResources.Validated.class);

        MediaType badRequest = problemJson(response(operation(document, "/valid", POST), 400));
        assertThat(badRequest.getSchema().get$ref()).isEqualTo(PROBLEM);
        assertThat(badRequest.getExamples()).containsOnlyKeys("malformedBody", "validation");
        assertThat(operation(document, "/valid", POST).getResponses()).doesNotContainKey("422");
    }

    @Test
    void shouldDocumentTheMappedExceptionsOfTheThrowsClause() {
        OpenAPI document = document(TestResources.Orders.class);

        MediaType notFound = problemJson(response(operation(document, "/orders/{id}", GET), 404));
        assertThat(notFound.getSchema().getAnyOf().stream().map(s -> ((Schema<?>) s).get$ref()).toList())
                .containsExactly(PROBLEM, "#/components/schemas/OrderNotFoundException");
        assertThat(notFound.getExamples()).containsOnlyKeys("parameterConversion", "OrderNotFoundException");
        Map<String, Object> example = (Map<String, Object>) notFound.getExamples().get("OrderNotFoundException")
                .getValue();
        assertThat(example).containsEntry("type", "https://errors.example.com/order-not-found")
                .containsEntry("title", "Order not found").containsEntry("detail", "No order {orderId}.");
        MediaType conflict = problemJson(response(operation(document, "/orders/{id}/close", POST), 409));
        assertThat(conflict.getSchema().get$ref()).isEqualTo("#/components/schemas/OrderClosedException");
        assertThat(document.getComponents().getSchemas()).doesNotContainKey("UnmappedException");
    }

    @Test
    void shouldDocumentAnExceptionMappedByTheBuilder() {
        OpenAPI document = document(ProblemFeature.builder().map(TestResources.UnmappedException.class, 503).build(),
                TestResources.Orders.class);

        MediaType unavailable = problemJson(response(operation(document, "/orders/{id}", GET), 503));
        assertThat(unavailable.getSchema().get$ref()).isEqualTo("#/components/schemas/UnmappedException");
        assertThat(unavailable.getExamples()).containsOnlyKeys("UnmappedException");
        assertThat(document.getComponents().getSchemas()).containsKey("UnmappedException");
    }

    @Test
    void shouldDocumentTheJakartaRestExceptionsOfTheThrowsClause() {
        Operation get = operation(document(TestResources.Standard.class), "/standard", GET);

        assertThat(problemJson(response(get, 404)).getExamples()).containsOnlyKeys("NotFoundException");
        assertThat(problemJson(response(get, 403)).getSchema().get$ref()).isEqualTo(PROBLEM);
        assertThat(get.getResponses()).doesNotContainKey("400");
    }

    @Test
    void shouldReadTheParametersInjectedIntoTheResourcesFields() {
        Operation get = operation(document(TestResources.Fields.class), "/fields/{id}", GET);

        assertThat(problemJson(response(get, 404)).getExamples()).containsOnlyKeys("parameterConversion");
        assertThat(problemJson(response(get, 422)).getExamples()).containsOnlyKeys("validation");
    }

    @Test
    void shouldDocumentTheSubclassesOfJakartaRestExceptions() {
        Operation get = operation(document(TestResources.Subclass.class), "/subclass", GET);

        assertThat(problemJson(response(get, 404)).getExamples()).containsOnlyKeys("MissingThing");
    }

    @Test
    void shouldDocumentEveryConversionStatusOfAMethodsParameters() {
        Operation get = operation(document(TestResources.Mixed.class), "/mixed/{id}", GET);

        // A path parameter that cannot be converted is a 404, a header a 400: both are documented.
        assertThat(problemJson(response(get, 404)).getExamples()).containsOnlyKeys("parameterConversion");
        assertThat(problemJson(response(get, 400)).getExamples()).containsOnlyKeys("parameterConversion");
    }

    @Test
    void shouldDocumentABadGatewayForADownstreamProblemUnlessTheFeatureForwardsThem() {
        Operation get = operation(document(TestResources.Gateway.class), "/gateway", GET);
        assertThat(problemJson(response(get, 502)).getExamples()).containsOnlyKeys("downstreamProblem");

        Operation forwarding = operation(Documents.of(new ResourceConfig(TestResources.Gateway.class)
                .register(ProblemFeature.builder().downstreamProblems(DownstreamProblems.FORWARD).build())),
                "/gateway", GET);
        assertThat(forwarding.getResponses()).doesNotContainKey("502");
    }

    @Test
    void shouldTakeExamplesAndMappingsFromTheMessagesFile() {
        Operation get = operation(document(ProblemFeature.builder().messages("openapi-test-messages").build(),
                TestResources.Lookup.class), "/lookup", GET);

        Map<String, Object> serverError = (Map<String, Object>) problemJson(response(get, 500)).getExamples()
                .get("serverError").getValue();
        assertThat(serverError).containsEntry("detail", "Something broke on our side; we are on it.");
        MediaType notFound = problemJson(response(get, 404));
        assertThat(notFound.getSchema().get$ref()).isEqualTo("#/components/schemas/NoSuchElementException");
        Map<String, Object> example = (Map<String, Object>) notFound.getExamples().get("NoSuchElementException")
                .getValue();
        assertThat(example).containsEntry("type", "https://errors.example.com/no-such-element")
                .containsEntry("title", "Nothing there");
    }

    @Test
    void shouldDescribeAMappedTypeWithItsTypeStatusAndMembers() {
        Schema<?> schema = document(TestResources.Orders.class).getComponents().getSchemas()
                .get("OrderNotFoundException");

        assertThat(schema.getAllOf()).hasSize(2);
        assertThat(schema.getAllOf().get(0).get$ref()).isEqualTo(PROBLEM);
        Map<String, Schema> own = schema.getAllOf().get(1).getProperties();
        assertThat(own.get("type").getEnum()).containsExactly("https://errors.example.com/order-not-found");
        assertThat(own.get("status").getEnum()).containsExactly(404);
        assertThat(own.get("orderId").getType()).isEqualTo("integer");
    }

    @Test
    void shouldAddTheProblemSchemas() {
        Map<String, Schema> schemas = document(TestResources.Plain.class).getComponents().getSchemas();

        Schema<?> problem = schemas.get("Problem");
        assertThat(problem.getProperties()).containsOnlyKeys("type", "title", "status", "detail", "instance",
                "errors");
        assertThat(problem.getProperties().get("type").getFormat()).isEqualTo("uri-reference");
        assertThat(problem.getProperties().get("type").getDefault()).isEqualTo("about:blank");
        assertThat(problem.getProperties().get("status").getMinimum()).isEqualByComparingTo("100");
        assertThat(problem.getProperties().get("status").getMaximum()).isEqualByComparingTo("599");
        assertThat(problem.getAdditionalProperties()).isEqualTo(true);
        assertThat(schemas.get("ProblemError").getRequired()).containsExactly("detail");
        assertThat(schemas.get("ProblemError").getProperties()).containsOnlyKeys("detail", "pointer", "in", "name");
    }

    @Test
    void shouldKeepTheResponsesTheApplicationDocuments() {
        Operation get = operation(document(TestResources.Documented.class), "/documented", GET);

        assertThat(response(get, 500).getDescription()).isEqualTo("Our own 500");
        assertThat(response(get, 500).getContent()).containsOnlyKeys("text/plain");
    }
}
