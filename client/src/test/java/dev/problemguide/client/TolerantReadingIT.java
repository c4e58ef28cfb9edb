package dev.problemguide.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.problemguide.Problem;
import dev.problemguide.RemoteProblemException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A problem is read as tolerantly as RFC 9457 section 3.1 asks: standard members of the wrong JSON type are
 * ignored as if absent, the others kept; and a relative {@code type} is resolved against the request URI
 * (section 3.1.1), as the exception keeps it: without query or user information, which may hold secrets.
 * {@link ProblemResponses#problem}, which does not know the request, leaves a relative type as sent.
 */
class TolerantReadingIT {

    private static final AtomicInteger PATHS = new AtomicInteger();

    private static StubServer server;
    private static Client client;

    @BeforeAll
    static void start() throws IOException {
        server = StubServer.start();
        client = ProblemClients.wrap(ClientBuilder.newClient());
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    @Test
    void shouldIgnoreStandardMembersOfTheWrongType() {
        String path = serve(409, """
                {"type":42,"title":7,"status":"404","detail":["no"],"instance":{"id":1},"balance":30}""");

        RemoteProblemException e = typedCallFailure(path, "");

        assertThat(e.problem()).isEqualTo(Problem.builder().status(409).extension("balance", 30).build());
        assertThat(e.responseStatus()).isEqualTo(409);
    }

    @Test
    void shouldKeepTheMembersOfTheRightTypeBesideWrongOnes() {
        String path = serve(403, """
                {"type":"https://example.com/out-of-credit","title":["Out of credit"],"status":404.0,
                 "detail":"Your balance is 30.","instance":7,"accounts":["/accounts/1",{"id":2}],"note":null}""");

        RemoteProblemException e = typedCallFailure(path, "");

        assertThat(e.problem()).isEqualTo(Problem.builder().type(URI.create("https://example.com/out-of-credit"))
                .status(403).detail("Your balance is 30.")
                .extension("accounts", List.of("/accounts/1", Map.of("id", 2))).extension("note", null).build());
    }

    @ParameterizedTest(name = "status {0}")
    @CsvSource({"600", "99", "-404", "4040000000", "'\"404\"'", "true", "{}", "[404]"})
    void shouldIgnoreStatusesThatAreNotOne(String status) {
        String path = serve(404, "{\"status\":" + status + ",\"title\":\"Gone fishing\"}");

        assertThat(typedCallFailure(path, "").problem().status()).isEqualTo(404);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            /problems/out-of-credit   | problems/out-of-credit
            out-of-credit             | accounts/out-of-credit
            ../problems/out-of-credit | problems/out-of-credit
            '#out-of-credit'          | accounts/12#out-of-credit
            ?kind=out-of-credit       | accounts/12?kind=out-of-credit
            //example.com/problems/x  | http://example.com/problems/x
            """)
    void shouldResolveRelativeTypesAgainstTheRequestUri(String type, String resolved) {
        String path = "/accounts/12";
        serve(path, 402, "{\"type\":\"" + type + "\",\"title\":\"Out of credit\"}");

        RemoteProblemException e = typedCallFailure(path, "s3cret");

        assertThat(e.problem().type()).isEqualTo(server.base().resolve(resolved));
        assertThat(e.problem().type().toString()).doesNotContain("s3cret").doesNotContain("token");
        assertThat(e.problem().title()).isEqualTo("Out of credit");
        assertThat(e.problem().status()).isEqualTo(402);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            https://example.com/problems/out-of-credit
            urn:problem-type:example:outOfCredit
            tag:example.com,2025:out-of-credit
            """)
    void shouldKeepAbsoluteTypes(String type) {
        String path = serve(402, "{\"type\":\"" + type + "\"}");

        URI decoded = typedCallFailure(path, "s3cret").problem().type();

        assertThat(decoded).isEqualTo(URI.create(type));
    }

    @Test
    void shouldLeaveRelativeTypesAsSentWhenReadFromAResponse() {
        String path = serve(402, "{\"type\":\"/problems/out-of-credit\"}");

        Problem problem = ProblemResponses.problem(client.target(server.base()).path(path).request().get())
                .orElseThrow();

        assertThat(problem.type()).isEqualTo(URI.create("/problems/out-of-credit"));
        assertThat(problem.status()).isEqualTo(402);
    }

    private static String serve(int status, String body) {
        String path = "/accounts/" + PATHS.incrementAndGet() + "/x";
        serve(path, status, body);
        return path;
    }

    private static void serve(String path, int status, String body) {
        server.answer(path, new StubServer.Canned(status, Map.of("Content-Type", "application/problem+json"),
                body.getBytes(StandardCharsets.UTF_8)));
    }

    private static RemoteProblemException typedCallFailure(String path, String token) {
        return catchThrowableOfType(RemoteProblemException.class, () -> client.target(server.base()).path(path)
                .queryParam("token", token).request().get(String.class));
    }
}
