package dev.problemguide.openapi;

import static dev.problemguide.openapi.Documents.operation;
import static io.swagger.v3.oas.models.PathItem.HttpMethod.GET;
import static io.swagger.v3.oas.models.PathItem.HttpMethod.POST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.problemguide.jersey.ProblemFeature;
import dev.problemguide.jersey.ProblemProperties;
import io.swagger.v3.oas.models.OpenAPI;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;

/** The options: in code and as properties, known to the option registry. */
class ProblemOpenApiTest {

    @Test
    void shouldListOnlyTheConfiguredStatuses() {
        OpenAPI document = Documents.of(new ResourceConfig(TestResources.Orders.class)
                .register(ProblemFeature.builder().build())
                .register(ProblemOpenApi.builder().statuses(409, 500).build()));

        assertThat(operation(document, "/orders/{id}", GET).getResponses()).containsKey("500")
                .doesNotContainKeys("404", "406");
        assertThat(document.getComponents().getSchemas())
                .containsKeys("Problem", "ProblemError", "OrderClosedException")
                .doesNotContainKey("OrderNotFoundException");
        assertThat(operation(document, "/orders/{id}/close", POST).getResponses()).containsKeys("409", "500");
    }

    @Test
    void shouldReadTheStatusesFromTheProperty() {
        OpenAPI document = Documents.of(new ResourceConfig(TestResources.Orders.class)
                .property(ProblemOpenApi.STATUSES, "404"));

        assertThat(operation(document, "/orders/{id}", GET).getResponses()).containsKey("404")
                .doesNotContainKeys("406", "500");
    }

    @Test
    void shouldAddTheProblemSchemaEvenWhenNoListedStatusOccurs() {
        OpenAPI document = Documents.of(new ResourceConfig(TestResources.Plain.class)
                .register(ProblemOpenApi.builder().statuses(418).build()));

        assertThat(operation(document, "/plain", GET).getResponses()).doesNotContainKeys("418", "500");
        assertThat(document.getComponents().getSchemas()).containsOnlyKeys("Problem", "ProblemError");
    }

    @Test
    void shouldLeaveTheDocumentAloneWhenTurnedOff() {
        OpenAPI document = Documents.of(new ResourceConfig(TestResources.Orders.class)
                .register(ProblemOpenApi.builder().enabled(false).build()));

        assertThat(operation(document, "/orders/{id}", GET).getResponses()).doesNotContainKeys("404", "500");
        assertThat(document.getComponents()).isNull();
    }

    @Test
    void shouldLeaveTheDocumentAloneWithoutTheFeature() {
        OpenAPI document = Documents.of(new ResourceConfig(TestResources.Orders.class)
                .property(ProblemProperties.AUTO_DISCOVERY, false));

        assertThat(operation(document, "/orders/{id}", GET).getResponses()).doesNotContainKeys("404", "500");
    }

    @Test
    void shouldMakeItsPropertiesKnownToTheFeature() {
        ResourceConfig unknown = new ResourceConfig(TestResources.Plain.class)
                .property("problemguide.openapi.statusList", "500");

        assertThatThrownBy(() -> Documents.of(unknown)).hasStackTraceContaining("problemguide.openapi.statusList")
                .hasStackTraceContaining(ProblemOpenApi.STATUSES);
    }

    @Test
    void shouldRejectABadPropertyValueWhenTheApplicationStarts() {
        ResourceConfig bad = new ResourceConfig(TestResources.Plain.class).property(ProblemOpenApi.STATUSES, "200");

        assertThatThrownBy(() -> new ApplicationHandler(bad)).hasStackTraceContaining(ProblemOpenApi.STATUSES)
                .hasStackTraceContaining("but was '200'");
    }

    @Test
    void shouldRejectStatusesThatAreNotErrors() {
        assertThatThrownBy(() -> ProblemOpenApi.builder().statuses(200))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(ProblemOpenApi.STATUSES);
        assertThatThrownBy(() -> ProblemOpenApi.builder().statuses())
                .isInstanceOf(IllegalArgumentException.class);
    }
}
