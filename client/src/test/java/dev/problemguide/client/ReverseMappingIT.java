package dev.problemguide.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.problemguide.RemoteProblemException;
import dev.problemguide.jersey.ProblemFeature;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.client.InvocationCallback;
import jakarta.ws.rs.core.GenericType;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
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
 * Reverse mapping over real HTTP: a problem whose type the client maps arrives as the application's own exception,
 * on every call style, whether the type comes from {@code @ProblemMapping} or the messages file, absolute or a
 * short name.
 */
class ReverseMappingIT {

    private static final URI TYPES = URI.create("https://example.org/problems/");
    private static final URI TYPE_PATH = URI.create("/problems/");

    private static HttpServer server;
    private static HttpServer serverWithTypeBase;
    private static HttpServer serverWithTypePath;
    private static URI base;
    private static URI baseWithTypes;
    private static URI baseWithTypePath;
    private static Client client;
    private static Client clientWithTypes;
    private static Client clientWithTypePath;

    @BeforeAll
    static void start() {
        server = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"),
                new ResourceConfig(MappedApi.class).register(ProblemFeature.class));
        base = URI.create("http://127.0.0.1:" + server.getListener("grizzly").getPort() + "/");
        serverWithTypeBase = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"),
                new ResourceConfig(MappedApi.class).register(ProblemFeature.builder().typeBaseUri(TYPES).build()));
        baseWithTypes = URI.create("http://127.0.0.1:" + serverWithTypeBase.getListener("grizzly").getPort() + "/");
        serverWithTypePath = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"),
                new ResourceConfig(MappedApi.class).register(ProblemFeature.builder().typeBaseUri(TYPE_PATH).build()));
        baseWithTypePath = URI.create("http://127.0.0.1:" + serverWithTypePath.getListener("grizzly").getPort() + "/");
        clientWithTypePath = ProblemClients.builder().typeBaseUri(TYPE_PATH).map(OrderArchived.class)
                .wrap(ClientBuilder.newBuilder().readTimeout(20, TimeUnit.SECONDS).build());
        client = ProblemClients.builder().map(OrderNotFound.class).map(OrderArchived.class).map(PaymentRequired.class)
                .wrap(ClientBuilder.newBuilder().readTimeout(20, TimeUnit.SECONDS).build());
        clientWithTypes = ProblemClients.builder().typeBaseUri(TYPES).map(OrderArchived.class)
                .wrap(ClientBuilder.newBuilder().readTimeout(20, TimeUnit.SECONDS).build());
    }

    @AfterAll
    static void stop() {
        client.close();
        clientWithTypes.close();
        clientWithTypePath.close();
        serverWithTypePath.shutdownNow();
        server.shutdownNow();
        serverWithTypeBase.shutdownNow();
    }

    /** A call style: makes the call and returns what it failed with. */
    interface Style {
        Throwable failure(Invocation.Builder request) throws Exception;
    }

    static Stream<Arguments> styles() {
        return Stream.of(
                style("get(Class)", request -> catchThrowable(() -> request.get(String.class))),
                style("get(GenericType)", request -> catchThrowable(
                        () -> request.get(new GenericType<List<String>>() { }))),
                style("method(name, Class)", request -> catchThrowable(() -> request.method("GET", String.class))),
                style("buildGet().invoke(Class)", request -> catchThrowable(() -> request.buildGet().invoke(String.class))),
                style("rx().get(Class)", request -> request.rx().get(String.class).handle((value, thrown) -> thrown)
                        .toCompletableFuture().get(20, TimeUnit.SECONDS)),
                style("async().get(Class)", request -> cause(() -> request.async().get(String.class).get(20, TimeUnit.SECONDS))),
                style("buildGet().submit(Class)", request -> cause(
                        () -> request.buildGet().submit(String.class).get(20, TimeUnit.SECONDS))),
                style("async().get(InvocationCallback)", request -> {
                    CompletableFuture<Throwable> failed = new CompletableFuture<>();
                    request.async().get(new InvocationCallback<String>() {
                        @Override
                        public void completed(String value) {
                            failed.complete(null);
                        }

                        @Override
                        public void failed(Throwable throwable) {
                            failed.complete(throwable);
                        }
                    });
                    return failed.get(20, TimeUnit.SECONDS);
                }));
    }

    private static Arguments style(String name, Style style) {
        return Arguments.of(name, style);
    }

    private static Throwable cause(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(ExecutionException.class);
        return thrown.getCause();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("styles")
    void shouldDeliverAnAnnotatedAbsoluteTypeAsTheApplicationsException(String name, Style style) throws Exception {
        Throwable failure = style.failure(client.target(base).path("mapped/orders/8").request());

        assertThat(failure).isExactlyInstanceOf(OrderNotFound.class);
        assertThat(((OrderNotFound) failure).orderId).isEqualTo(8);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("styles")
    void shouldDeliverAShortNameTypeResolvedAgainstTheRequest(String name, Style style) throws Exception {
        Throwable failure = style.failure(client.target(base).path("mapped/archived").request());

        assertThat(failure).isExactlyInstanceOf(OrderArchived.class);
        assertThat(((OrderArchived) failure).problem().type()).isEqualTo(base.resolve("mapped/order-archived"));
        assertThat(((OrderArchived) failure).problem().status()).isEqualTo(410);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("styles")
    void shouldDeliverATypeFromTheMessagesFile(String name, Style style) throws Exception {
        Throwable failure = style.failure(client.target(base).path("mapped/payment").request());

        assertThat(failure).isExactlyInstanceOf(PaymentRequired.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("styles")
    void shouldKeepUnmappedTypesRemote(String name, Style style) throws Exception {
        Throwable failure = style.failure(client.target(base).path("mapped/other").request());

        assertThat(failure).isExactlyInstanceOf(RemoteProblemException.class);
        assertThat(((RemoteProblemException) failure).responseStatus()).isEqualTo(409);
    }

    @Test
    void shouldMatchShortNamesAgainstTheTypeBaseUriBothSidesShare() {
        Throwable failure = catchThrowable(
                () -> clientWithTypes.target(baseWithTypes).path("mapped/archived").request().get(String.class));

        assertThat(failure).isExactlyInstanceOf(OrderArchived.class);
        assertThat(((OrderArchived) failure).problem().type()).isEqualTo(TYPES.resolve("order-archived"));
        // Not mapped on this client: the other types stay remote.
        assertThat(catchThrowable(
                () -> clientWithTypes.target(baseWithTypes).path("mapped/orders/8").request().get(String.class)))
                .isExactlyInstanceOf(RemoteProblemException.class);
    }

    @Test
    void shouldMatchShortNamesAgainstATypeBasePathResolvedAgainstTheRequest() {
        Throwable failure = catchThrowable(
                () -> clientWithTypePath.target(baseWithTypePath).path("mapped/archived").request().get(String.class));

        assertThat(failure).isExactlyInstanceOf(OrderArchived.class);
        assertThat(((OrderArchived) failure).problem().type())
                .isEqualTo(baseWithTypePath.resolve("/problems/order-archived"));
        // The same client against a service whose types are elsewhere: no match, the problem stays remote.
        assertThat(catchThrowable(
                () -> clientWithTypePath.target(base).path("mapped/archived").request().get(String.class)))
                .isExactlyInstanceOf(RemoteProblemException.class);
    }
}
