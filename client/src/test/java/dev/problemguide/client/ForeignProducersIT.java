package dev.problemguide.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.problemguide.Problem;
import dev.problemguide.RemoteProblemException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What other frameworks' servers really send (Spring {@code ProblemDetail}, Zalando Problem,
 * quarkus-resteasy-problem, ASP.NET Core, belgif rest-problem; fixtures under {@code foreign/}), served byte
 * for byte with each producer's status, Content-Type and a header of its own: a wrapped client's typed call
 * (synchronous, {@code rx()} or {@code async()}) fails with the problem of the expected fixture, its
 * extensions kept with their structure, and with the response's status and headers and the request's method
 * and URI without query; {@link ProblemResponses#problem} reads the same problem from a {@code Response}.
 */
class ForeignProducersIT {

    private static StubServer server;
    private static Client client;

    /**
     * What a producer answers.
     *
     * @param fixture     the fixture's name under {@code foreign/}, without {@code .json}
     * @param status      the response status
     * @param contentType the Content-Type the producer sends
     * @param header      a header the producer (or its stack) adds
     * @param headerValue its value
     * @param extensions  the extension members the body carries
     */
    record Producer(String fixture, int status, String contentType, String header, String headerValue,
                    List<String> extensions) {

        @Override
        public String toString() {
            return fixture;
        }

        String path() {
            return "/api/" + fixture;
        }

        StubServer.Canned canned() {
            return new StubServer.Canned(status, Map.of("Content-Type", contentType, header, headerValue),
                    Fixtures.bytes("foreign/" + fixture + ".json"));
        }
    }

    static Stream<Producer> producers() {
        return Stream.of(
                new Producer("spring-order-not-found", 404, "application/problem+json", "X-Request-Id",
                        "4c1d6f0e", List.of("orderId", "customerId", "timestamp")),
                new Producer("spring-invalid-request", 400, "application/problem+json", "Vary",
                        "Origin", List.of()),
                new Producer("zalando-constraint-violation", 400, "application/problem+json", "X-Flow-ID",
                        "R2gJ9uS1TkmZ7pXq", List.of("violations")),
                new Producer("quarkus-constraint-violation", 400, "application/problem+json",
                        "X-Content-Type-Options", "nosniff", List.of("violations")),
                new Producer("aspnetcore-validation", 400, "application/problem+json; charset=utf-8", "Server",
                        "Kestrel", List.of("errors", "traceId")),
                new Producer("aspnetcore-server-error", 500, "application/problem+json; charset=utf-8",
                        "Server", "Kestrel", List.of("traceId")),
                new Producer("belgif-bad-request", 400, "application/problem+json", "BelGov-Trace-Id",
                        "8f3e1c2a-6d4b-4e7f-9a1b-0c2d3e4f5a6b", List.of("href", "issues")));
    }

    @BeforeAll
    static void start() throws IOException {
        server = StubServer.start();
        producers().forEach(producer -> server.answer(producer.path(), producer.canned()));
        client = ProblemClients.wrap(ClientBuilder.newClient());
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("producers")
    void shouldFailTypedCallsWithTheProducersProblem(Producer producer) {
        RemoteProblemException e = catchThrowableOfType(RemoteProblemException.class,
                () -> target(producer).request().get(String.class));

        assertDecoded(producer, e.problem());
        assertThat(e.responseStatus()).isEqualTo(producer.status());
        assertThat(e.responseHeader(producer.header())).isEqualTo(producer.headerValue());
        assertThat(e.responseHeader("content-type")).isEqualTo(producer.contentType());
        assertThat(e.requestMethod()).isEqualTo("GET");
        assertThat(e.requestUri()).isEqualTo(server.base().resolve(producer.path()));
        assertThat(e.getMessage()).doesNotContain("s3cret").contains("GET " + e.requestUri());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("producers")
    void shouldCompleteRxCallsWithTheProducersProblem(Producer producer) {
        CompletionException failure = catchThrowableOfType(CompletionException.class,
                () -> target(producer).request().rx().post(Entity.json("{\"quantity\":0}"), String.class).toCompletableFuture().join());

        RemoteProblemException e = (RemoteProblemException) failure.getCause();
        assertDecoded(producer, e.problem());
        assertThat(e.requestMethod()).isEqualTo("POST");
        assertThat(e.requestUri()).isEqualTo(server.base().resolve(producer.path()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("producers")
    void shouldFailAsyncCallsWithTheProducersProblem(Producer producer) {
        ExecutionException failure = catchThrowableOfType(ExecutionException.class,
                () -> target(producer).request().async().delete(String.class).get(10, TimeUnit.SECONDS));

        RemoteProblemException e = (RemoteProblemException) failure.getCause();
        assertDecoded(producer, e.problem());
        assertThat(e.requestMethod()).isEqualTo("DELETE");
        assertThat(e.responseHeader(producer.header())).isEqualTo(producer.headerValue());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("producers")
    void shouldReadTheProducersProblemFromAResponse(Producer producer) {
        Response response = target(producer).request().get();

        Optional<Problem> problem = ProblemResponses.problem(response);

        assertThat(problem).isPresent();
        assertDecoded(producer, problem.get());
        assertThat(response.getHeaderString(producer.header())).isEqualTo(producer.headerValue());
    }

    private static WebTarget target(Producer producer) {
        return client.target(server.base()).path(producer.path()).queryParam("token", "s3cret");
    }

    private static void assertDecoded(Producer producer, Problem problem) {
        assertThat(Fixtures.json(problem)).isEqualTo(Fixtures.json("foreign/" + producer.fixture() + ".expected.json"));
        var body = Fixtures.json("foreign/" + producer.fixture() + ".json");
        assertThat(problem.extensions()).containsOnlyKeys(producer.extensions());
        for (String name : producer.extensions()) {
            assertThat(Fixtures.tree(problem.extensions().get(name))).as(name).isEqualTo(body.get(name));
        }
    }
}
