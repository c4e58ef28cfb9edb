package dev.problemguide.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.problemguide.ProblemException;
import dev.problemguide.RemoteProblemException;
import dev.problemguide.client.OrderApi.Order;
import dev.problemguide.jersey.ProblemFeature;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.InvocationCallback;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.GenericType;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of the client's table, over real HTTP against a Problem Guide server: what each call style
 * returns for a 2xx and how it fails for a problem.
 */
class CallStylesIT {

    private static final GenericType<List<Order>> ORDERS = new GenericType<>() { };
    private static final Entity<Order> NO_ITEM = Entity.json(new Order(8, ""));
    private static final Entity<Order> BOOK = Entity.json(new Order(9, "book"));

    private static HttpServer server;
    private static URI base;
    private static Client client;

    @BeforeAll
    static void start() {
        server = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"),
                new ResourceConfig(OrderApi.class).register(ProblemFeature.class));
        base = URI.create("http://127.0.0.1:" + server.getListener("grizzly").getPort() + "/");
        client = ProblemClients.wrap(ClientBuilder.newBuilder().connectTimeout(5, TimeUnit.SECONDS)
                .readTimeout(20, TimeUnit.SECONDS).build());
    }

    @AfterAll
    static void stop() {
        client.close();
        server.shutdownNow();
    }

    private static WebTarget orders() {
        return client.target(base).path("orders");
    }

    static Stream<Arguments> synchronousCalls() {
        return Stream.of(
                call("get(Class)", t -> t.path("8").request().get(Order.class), "GET", "orders/8", 404),
                call("get(GenericType)", t -> t.path("8").request().get(ORDERS), "GET", "orders/8", 404),
                call("post(Entity, Class)", t -> t.request().post(NO_ITEM, Order.class), "POST", "orders", 422),
                call("post(Entity, GenericType)", t -> t.request().post(NO_ITEM, ORDERS), "POST", "orders", 422),
                call("delete(Class)", t -> t.path("7").request().delete(Order.class), "DELETE", "orders/7", 409),
                call("method(name, Class)", t -> t.path("8").request().method("GET", Order.class),
                        "GET", "orders/8", 404),
                call("method(name, Entity, GenericType)", t -> t.request().method("POST", NO_ITEM, ORDERS),
                        "POST", "orders", 422),
                call("buildGet().invoke(Class)", t -> t.path("8").request().buildGet().invoke(Order.class),
                        "GET", "orders/8", 404),
                call("build(name, Entity).invoke(GenericType)",
                        t -> t.request().build("POST", NO_ITEM).invoke(ORDERS), "POST", "orders", 422),
                call("invocation(Link).get(Class)",
                        t -> client.invocation(jakarta.ws.rs.core.Link.fromUri(t.path("8").getUri()).build())
                                .get(Order.class), "GET", "orders/8", 404));
    }

    private static Arguments call(String name, Function<WebTarget, Object> call, String method, String path,
                                  int status) {
        return Arguments.of(name, call, method, path, status);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("synchronousCalls")
    void shouldThrowTheProblemFromSynchronousCalls(String name, Function<WebTarget, Object> call, String method,
                                                   String path, int status) {
        Throwable thrown = catchThrowable(() -> call.apply(orders()));

        assertRemote(thrown, status, method, path);
    }

    @Test
    void shouldReturnEntitiesOfSuccessfulCallsAsTheClientDoes() {
        assertThat(orders().path("7").request().get(Order.class)).isEqualTo(new Order(7, "book"));
        assertThat(orders().request().get(ORDERS)).containsExactly(new Order(7, "book"));
        assertThat(orders().request().post(BOOK, Order.class)).isEqualTo(new Order(9, "book"));
        assertThat(orders().request().buildPost(BOOK).invoke(Order.class)).isEqualTo(new Order(9, "book"));
        assertThat(orders().path("7").request().get(String.class)).isEqualTo("{\"id\":7,\"item\":\"book\"}");
    }

    @Test
    void shouldCarryTheDecodedProblemAndTheResponse() {
        RemoteProblemException e = (RemoteProblemException) catchThrowable(
                () -> orders().path("8").queryParam("token", "s3cret").request().get(Order.class));

        assertThat(e.problem().type()).isEqualTo(OrderApi.NOT_FOUND_TYPE);
        assertThat(e.problem().status()).isEqualTo(404);
        assertThat(e.problem().detail()).isEqualTo("Order 8 does not exist");
        assertThat(e.problem().extensions()).containsEntry("orderId", 8);
        assertThat(e.problem().instance()).isNotNull();
        assertThat(e.responseHeader("content-type")).isEqualTo("application/problem+json");
        assertThat(e.requestUri()).isEqualTo(base.resolve("orders/8"));
        assertThat(e.getMessage()).isEqualTo("GET " + base + "orders/8 answered 404: Order 8 does not exist")
                .doesNotContain("s3cret");
    }

    @Test
    void shouldKeepTheResponseHeaders() {
        RemoteProblemException e = (RemoteProblemException) catchThrowable(
                () -> orders().path("7").request().delete(Order.class));

        assertThat(e.responseHeader("Retry-After")).isEqualTo("30");
        assertThat(e.responseHeaders()).containsKey("retry-after");
        assertThat(e.headers()).isEmpty();
    }

    @Test
    void shouldResolveARelativeTypeAgainstTheRequestUri() {
        RemoteProblemException e = (RemoteProblemException) catchThrowable(
                () -> orders().path("relative").request().get(Order.class));

        assertThat(e.problem().type()).isEqualTo(base.resolve("orders/problems/archived"));
    }

    @Test
    void shouldCompleteRxStagesExceptionallyWithTheProblemItself() throws Exception {
        CompletionStage<Order> stage = orders().path("8").request().rx().get(Order.class);
        Throwable failure = stage.handle((order, thrown) -> thrown).toCompletableFuture().get(20, TimeUnit.SECONDS);
        assertRemote(failure, 404, "GET", "orders/8");

        CompletionStage<List<Order>> posted = orders().request().rx().post(NO_ITEM, ORDERS);
        assertRemote(posted.handle((o, thrown) -> thrown).toCompletableFuture().get(20, TimeUnit.SECONDS),
                422, "POST", "orders");

        assertThat(orders().path("7").request().rx().get(Order.class).toCompletableFuture().get(20, TimeUnit.SECONDS))
                .isEqualTo(new Order(7, "book"));
    }

    @Test
    void shouldFailAsyncFuturesWithTheProblemAsCause() throws Exception {
        Future<Order> future = orders().path("8").request().async().get(Order.class);
        assertCause(future, 404, "GET", "orders/8");
        assertCause(orders().request().async().method("POST", NO_ITEM, ORDERS), 422, "POST", "orders");
        assertCause(orders().path("8").request().buildGet().submit(Order.class), 404, "GET", "orders/8");

        assertThat(orders().path("7").request().async().get(Order.class).get(20, TimeUnit.SECONDS))
                .isEqualTo(new Order(7, "book"));
        assertThat(orders().request().buildGet().submit(ORDERS).get(20, TimeUnit.SECONDS))
                .containsExactly(new Order(7, "book"));
    }

    @Test
    void shouldHandTheProblemToCallbacks() throws Exception {
        RecordingCallback failing = new RecordingCallback();
        Future<Order> future = orders().path("8").request().async().get(failing);
        assertCause(future, 404, "GET", "orders/8");
        assertRemote((Throwable) failing.outcome.get(20, TimeUnit.SECONDS), 404, "GET", "orders/8");

        RecordingCallback submitted = new RecordingCallback();
        orders().request().buildPost(NO_ITEM).submit(submitted);
        assertRemote((Throwable) submitted.outcome.get(20, TimeUnit.SECONDS), 422, "POST", "orders");

        RecordingCallback succeeding = new RecordingCallback();
        assertThat(orders().path("7").request().async().get(succeeding).get(20, TimeUnit.SECONDS))
                .isEqualTo(new Order(7, "book"));
        assertThat(succeeding.outcome.get(20, TimeUnit.SECONDS)).isEqualTo(new Order(7, "book"));
    }

    @Test
    void shouldCatchAsTheIssueShowsWithProblemException() {
        try {
            orders().path("8").request().get(Order.class);
        } catch (ProblemException e) {
            assertThat(e).isInstanceOf(RemoteProblemException.class);
            assertThat(e.problem().status()).isEqualTo(404);
            assertThat(e.problem().extensions().get("orderId")).isEqualTo(8);
            return;
        }
        throw new AssertionError("no ProblemException");
    }

    static void assertRemote(Throwable thrown, int status, String method, String path) {
        assertThat(thrown).isExactlyInstanceOf(RemoteProblemException.class);
        RemoteProblemException e = (RemoteProblemException) thrown;
        assertThat(e.responseStatus()).isEqualTo(status);
        assertThat(e.problem().status()).isEqualTo(status);
        assertThat(e.problem().title()).isNotBlank();
        assertThat(e.requestMethod()).isEqualTo(method);
        assertThat(e.requestUri()).isEqualTo(base.resolve(path));
    }

    private static void assertCause(Future<?> future, int status, String method, String path) {
        Throwable thrown = catchThrowable(() -> future.get(20, TimeUnit.SECONDS));
        assertThat(thrown).isInstanceOf(ExecutionException.class);
        assertRemote(thrown.getCause(), status, method, path);
    }

    /** A callback that records what it receives. */
    static final class RecordingCallback implements InvocationCallback<Order> {
        final CompletableFuture<Object> outcome = new CompletableFuture<>();

        @Override
        public void completed(Order order) {
            outcome.complete(order);
        }

        @Override
        public void failed(Throwable throwable) {
            outcome.complete(throwable);
        }
    }
}
