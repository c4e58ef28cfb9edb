package dev.problemguide.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.problemguide.Problem;
import dev.problemguide.RemoteProblemException;
import dev.problemguide.client.OrderApi.Order;
import dev.problemguide.jersey.ProblemFeature;
import dev.problemguide.json.ProblemJsonReader;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A wrapped client behaves as the original in every respect but its typed calls' failures: registering,
 * properties, closing, calls that return a {@code Response}, redirections and unreadable entities.
 */
class WrappedClientIT {

    private static HttpServer server;
    private static URI base;

    @BeforeAll
    static void start() {
        server = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"),
                new ResourceConfig(OrderApi.class).register(ProblemFeature.class));
        base = URI.create("http://127.0.0.1:" + server.getListener("grizzly").getPort() + "/");
    }

    @AfterAll
    static void stop() {
        server.shutdownNow();
    }

    private static Client newClient() {
        return ClientBuilder.newBuilder().connectTimeout(5, TimeUnit.SECONDS).readTimeout(20, TimeUnit.SECONDS)
                .property("jersey.config.client.followRedirects", false).build();
    }

    @Test
    void shouldRegisterOnTheOriginalAndKeepTheDecoration() {
        Client original = newClient();
        Client client = ProblemClients.wrap(original);
        ClientRequestFilter filter = request -> request.getHeaders().add("X-Seen", "yes");

        assertThat(client.register(filter)).isSameAs(client);
        assertThat(client.property("answer", 42)).isSameAs(client);
        assertThat(original.getConfiguration().isRegistered(filter)).isTrue();
        assertThat(original.getConfiguration().getProperty("answer")).isEqualTo(42);
        assertThat(original.getConfiguration().isRegistered(ProblemJsonReader.class)).isTrue();
        assertThat(ProblemClients.wrap(client)).isSameAs(client);
        assertThat(client).isNotEqualTo(original);
        assertThat(client.toString()).isEqualTo(original.toString());

        WebTarget target = client.target(base).path("orders");
        assertThat(target.register(filter)).isSameAs(target);
        assertThat(target.getUri()).isEqualTo(base.resolve("orders"));
        assertThat(catchThrowable(() -> target.path("8").request().header("X-Seen", "no").get(Order.class)))
                .isInstanceOf(RemoteProblemException.class);
        client.close();
        assertThatThrownBy(() -> original.target(base)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void shouldReturnResponsesAsTheyAreAndReadTheirProblemsOnRequest() {
        Client client = ProblemClients.wrap(newClient());
        try (Response response = client.target(base).path("orders/8").request().get()) {
            assertThat(response.getStatus()).isEqualTo(404);
            Problem problem = ProblemResponses.problem(response).orElseThrow();
            assertThat(problem.type()).isEqualTo(OrderApi.NOT_FOUND_TYPE);
            assertThat(problem.extensions()).containsEntry("orderId", 8);
        }
        try (Response response = client.target(base).path("orders/8").request().get(Response.class)) {
            assertThat(response.readEntity(Problem.class).detail()).isEqualTo("Order 8 does not exist");
        }
        try (Response response = client.target(base).path("orders/7").request().buildGet().invoke()) {
            assertThat(ProblemResponses.problem(response)).isEmpty();
            assertThat(response.readEntity(Order.class)).isEqualTo(new Order(7, "book"));
        }
        client.close();
    }

    @Test
    void shouldFailAsTheOriginalForRedirectionsAndUnreadableEntitiesAndUnresolvedTemplates() {
        Client plain = newClient();
        Client wrapped = ProblemClients.wrap(newClient());

        for (Function<WebTarget, Object> call : java.util.List.<Function<WebTarget, Object>>of(
                t -> t.path("orders/moved").request().get(Order.class),
                t -> t.path("orders/7").request().get(Integer.class),
                t -> t.path("orders/{id}").request().get(Order.class))) {
            Throwable expected = catchThrowable(() -> call.apply(plain.target(base)));
            Throwable actual = catchThrowable(() -> call.apply(wrapped.target(base)));
            assertThat(expected).isNotNull();
            assertThat(actual).isExactlyInstanceOf(expected.getClass());
            if (expected.getCause() != null) {
                assertThat(actual.getCause()).isExactlyInstanceOf(expected.getCause().getClass());
            }
        }
        plain.close();
        wrapped.close();
    }
}
