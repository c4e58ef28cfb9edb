package dev.problemguide.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.problemguide.RemoteProblemException;
import dev.problemguide.client.OrderApi.Order;
import dev.problemguide.jersey.ProblemFeature;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.InvocationCallback;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The corners of the call styles, each compared with the plain client where the answer is not an error:
 * callbacks typed through a superclass or an interface, callbacks that look at their own future, readers that
 * fail, {@code 204}, {@code HEAD}, streams, and a cancelled {@code rx()} stage.
 */
class EdgeCasesIT {

    private static HttpServer server;
    private static URI base;
    private static Client plain;
    private static Client wrapped;

    @BeforeAll
    static void start() {
        server = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"),
                new ResourceConfig(OrderApi.class).register(ProblemFeature.class));
        base = URI.create("http://127.0.0.1:" + server.getListener("grizzly").getPort() + "/");
        plain = ClientBuilder.newBuilder().readTimeout(20, TimeUnit.SECONDS).build();
        wrapped = ProblemClients.wrap(ClientBuilder.newBuilder().readTimeout(20, TimeUnit.SECONDS).build());
    }

    @AfterAll
    static void stop() {
        plain.close();
        wrapped.close();
        server.shutdownNow();
    }

    /** A callback whose type argument comes through a generic superclass. */
    abstract static class Recording<T> implements InvocationCallback<T> {
        final CompletableFuture<Object> outcome = new CompletableFuture<>();

        @Override
        public void completed(T value) {
            outcome.complete(value);
        }

        @Override
        public void failed(Throwable throwable) {
            outcome.complete(throwable);
        }
    }

    /** A callback interface of the application's. */
    interface OrderCallback extends InvocationCallback<Order> {
    }

    /** A callback whose type argument comes through an interface that extends InvocationCallback. */
    static final class ViaInterface implements OrderCallback {
        final CompletableFuture<Object> outcome = new CompletableFuture<>();

        @Override
        public void completed(Order value) {
            outcome.complete(value);
        }

        @Override
        public void failed(Throwable throwable) {
            outcome.complete(throwable);
        }
    }

    @Test
    void shouldHandTheProblemToCallbacksTypedIndirectly() throws Exception {
        Recording<Order> bySuperclass = new Recording<>() { };
        wrapped.target(base).path("orders/8").request().async().get(bySuperclass);
        assertRemote((Throwable) bySuperclass.outcome.get(20, TimeUnit.SECONDS), 404, "GET", "orders/8");

        ViaInterface byInterface = new ViaInterface();
        wrapped.target(base).path("orders/8").request().async().get(byInterface);
        assertRemote((Throwable) byInterface.outcome.get(20, TimeUnit.SECONDS), 404, "GET", "orders/8");

        ViaInterface succeeding = new ViaInterface();
        wrapped.target(base).path("orders/7").request().async().get(succeeding);
        assertThat(succeeding.outcome.get(20, TimeUnit.SECONDS)).isEqualTo(new Order(7, "book"));
    }

    @Test
    void shouldCompleteTheFutureBeforeTheCallbackRuns() throws Exception {
        for (String path : List.of("orders/7", "orders/8")) {
            CompletableFuture<Future<Order>> future = new CompletableFuture<>();
            CompletableFuture<Boolean> doneInCallback = new CompletableFuture<>();
            Recording<Order> looking = new Recording<>() {
                @Override
                public void completed(Order value) {
                    doneInCallback.complete(future.join().isDone());
                }

                @Override
                public void failed(Throwable throwable) {
                    doneInCallback.complete(future.join().isDone());
                }
            };
            future.complete(wrapped.target(base).path(path).request().async().get(looking));
            assertThat(doneInCallback.get(20, TimeUnit.SECONDS)).as(path).isTrue();
        }
    }

    /** A reader that fails with an unchecked exception. */
    public static final class FailingReader implements MessageBodyReader<Order> {
        @Override
        public boolean isReadable(Class<?> type, Type generic, Annotation[] annotations, MediaType mediaType) {
            return type == Order.class;
        }

        @Override
        public Order readFrom(Class<Order> type, Type generic, Annotation[] annotations, MediaType mediaType,
                              MultivaluedMap<String, String> headers, InputStream entity) {
            throw new IllegalStateException("reader broke");
        }
    }

    @Test
    void shouldFailAsThePlainClientForNoContentHeadAndFailingReaders() {
        List<Function<WebTarget, Object>> calls = List.of(
                t -> t.path("orders/none").request().get(String.class),
                t -> t.path("orders/none").request().get(Order.class),
                t -> t.path("orders/7").request().method("HEAD", String.class),
                t -> t.path("orders/7").register(FailingReader.class).request().get(Order.class));
        for (Function<WebTarget, Object> call : calls) {
            Object expected = outcome(() -> call.apply(plain.target(base)));
            Object actual = outcome(() -> call.apply(wrapped.target(base)));
            if (expected instanceof Throwable failure) {
                assertThat(actual).isExactlyInstanceOf(failure.getClass());
                assertThat(((Throwable) actual).getCause()).isExactlyInstanceOf(failure.getCause().getClass());
            } else {
                assertThat(actual).isEqualTo(expected);
            }
        }
        assertThat(catchThrowable(() -> wrapped.target(base).path("orders/8").request().method("HEAD", String.class)))
                .isInstanceOf(RemoteProblemException.class);
    }

    private static void assertRemote(Throwable thrown, int status, String method, String path) {
        assertThat(thrown).isExactlyInstanceOf(RemoteProblemException.class);
        RemoteProblemException e = (RemoteProblemException) thrown;
        assertThat(e.responseStatus()).isEqualTo(status);
        assertThat(e.requestMethod()).isEqualTo(method);
        assertThat(e.requestUri()).isEqualTo(base.resolve(path));
    }

    private static Object outcome(java.util.concurrent.Callable<Object> call) {
        try {
            return call.call();
        } catch (Exception e) {
            return e;
        }
    }

    @Test
    void shouldLeaveASuccessfulStreamOpenAndReadAnErrorOne() throws Exception {
        try (InputStream in = wrapped.target(base).path("orders/7").request().get(InputStream.class)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("{\"id\":7,\"item\":\"book\"}");
        }
        Throwable thrown = catchThrowable(() -> wrapped.target(base).path("orders/8").request().get(InputStream.class));
        assertRemote(thrown, 404, "GET", "orders/8");
    }

    @Test
    void shouldCancelAnRxStage() throws Exception {
        java.util.concurrent.CountDownLatch release = OrderApi.hold();
        CompletionStage<Order> stage = wrapped.target(base).path("orders/slow").request().rx().get(Order.class);
        stage.toCompletableFuture().cancel(true);
        release.countDown();

        assertThat(stage.toCompletableFuture().isCancelled()).isTrue();
        // The client keeps working: the cancelled call's connection was not left behind.
        assertThat(wrapped.target(base).path("orders/7").request().get(Order.class)).isEqualTo(new Order(7, "book"));
    }
}
