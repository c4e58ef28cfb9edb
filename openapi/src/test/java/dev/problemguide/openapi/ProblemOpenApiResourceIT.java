package dev.problemguide.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.problemguide.jersey.ProblemFeature;
import dev.problemguide.jersey.grizzly.ProblemGrizzly;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Over real HTTP: applications on Grizzly serving {@code /openapi.json} with the problems of their operations. */
class ProblemOpenApiResourceIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** HTTP/1.1: the JDK client's default asks plain-HTTP servers to upgrade to HTTP/2 (h2c), and Grizzly's answer
     *  to such a request comes without its Content-Type. */
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final List<HttpServer> servers = new ArrayList<>();

    @AfterEach
    void stop() {
        servers.forEach(HttpServer::shutdownNow);
    }

    private URI start(ResourceConfig application) {
        HttpServer server = ProblemGrizzly.createHttpServer(URI.create("http://127.0.0.1:0/"),
                application.register(ProblemOpenApiResource.class));
        servers.add(server);
        return URI.create("http://127.0.0.1:" + server.getListener("grizzly").getPort() + "/");
    }

    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode document(URI base) throws IOException, InterruptedException {
        HttpResponse<String> response = get(base.resolve("openapi.json"));
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @Test
    void shouldServeTheProblemsOfEachOperation() throws Exception {
        URI base = start(new ResourceConfig(TestResources.Orders.class).register(ProblemFeature.builder().build()));

        JsonNode document = document(base);

        JsonNode responses = document.at("/paths/~1orders~1{id}/get/responses");
        assertThat(responses.fieldNames()).toIterable().contains("404", "406", "500");
        JsonNode notFound = responses.at("/404/content/application~1problem+json");
        assertThat(notFound.at("/schema/anyOf/1/$ref").asText())
                .isEqualTo("#/components/schemas/OrderNotFoundException");
        assertThat(notFound.at("/examples/OrderNotFoundException/value/type").asText())
                .isEqualTo("https://errors.example.com/order-not-found");
        assertThat(document.at("/components/schemas").fieldNames()).toIterable()
                .contains("Problem", "ProblemError", "OrderNotFoundException", "OrderClosedException");
        assertThat(document.at("/paths").fieldNames()).toIterable().doesNotContain("/openapi.{type}");
        assertThat(document.at("/info/title").asText()).isEqualTo("Problem Guide OpenAPI test");
        assertThat(document(base)).as("read again (cacheTTL 0)").isEqualTo(document);
        HttpResponse<String> yaml = get(base.resolve("openapi.yaml"));
        assertThat(yaml.statusCode()).isEqualTo(200);
        assertThat(yaml.body()).contains("application/problem+json", "OrderNotFoundException:");
    }

    @Test
    void shouldDocumentTheStatusAndMediaTypeTheServerAnswersWith() throws Exception {
        URI base = start(new ResourceConfig(TestResources.Orders.class).register(ProblemFeature.builder().build()));
        JsonNode operation = document(base).at("/paths/~1orders~1{id}/get");

        HttpResponse<String> answer = get(base.resolve("orders/not-a-number"));

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(operation.at("/responses/" + answer.statusCode() + "/content").has("application/problem+json"))
                .isTrue();
        JsonNode body = JSON.readTree(answer.body());
        assertThat(body.at("/errors/0/in").asText()).isEqualTo("path");
        assertThat(body.at("/errors/0/name").asText()).isEqualTo("id");
    }

    @Test
    void shouldGiveTwoApplicationsInOneJvmTheirOwnDocuments() throws Exception {
        URI all = start(new ResourceConfig(TestResources.Orders.class).register(ProblemFeature.builder().build()));
        URI some = start(new ResourceConfig(TestResources.Orders.class).register(ProblemFeature.builder().build())
                .register(ProblemOpenApi.builder().statuses(500).build()));

        JsonNode allResponses = document(all).at("/paths/~1orders~1{id}/get/responses");
        JsonNode someResponses = document(some).at("/paths/~1orders~1{id}/get/responses");

        assertThat(allResponses.has("404")).isTrue();
        assertThat(someResponses.has("404")).isFalse();
        assertThat(someResponses.has("500")).isTrue();
    }
}
