package dev.problemguide.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.problemguide.ProblemFactory;
import dev.problemguide.RemoteProblemException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.WebTarget;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Error responses that are not problems (a proxy's HTML page, an empty body, invalid JSON, JSON that is not an
 * object, a JSON error object of a server that does not speak RFC 9457, plain text, a problem larger than
 * 64 KB) still fail a typed call with a {@link RemoteProblemException}, whose problem is the guide's for the
 * status; neither Jackson's words nor the request's query reach its message. {@link ProblemResponses#problem}
 * reads the same responses the same way.
 */
class NonProblemResponsesIT {

    private static final ProblemFactory GUIDE = ProblemFactory.standard();
    private static final List<String> LEAKS = List.of("Unexpected character", "Unrecognized token",
            "Unexpected end-of-input", "JsonParseException", "MismatchedInput", "Jackson", "line:", "column:",
            "token=", "s3cret");

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

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', nullValues = "NULL", textBlock = """
            proxy's HTML page            | 502 | text/html                 | <html><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>
            empty body                   | 503 | NULL                      | ``
            empty problem+json           | 503 | application/problem+json  | ``
            unquoted names               | 500 | application/problem+json  | {title: 'Out of credit'}
            bare words                   | 500 | application/problem+json  | Internal Server Error
            cut short                    | 502 | application/problem+json  | {"type":"https://example.com/out-of-credit","title":"Out of cre
            HTML sent as JSON            | 500 | application/json          | <html><body>Internal Server Error</body></html>
            JSON array                   | 400 | application/problem+json  | [{"title":"Out of credit"}]
            JSON string                  | 400 | application/problem+json  | "Out of credit"
            JSON number                  | 500 | application/problem+json  | 42
            JSON null                    | 404 | application/problem+json  | null
            Spring Boot's default error  | 404 | application/json          | {"timestamp":"2025-03-14T09:26:53.589+00:00","status":404,"error":"Not Found","path":"/x"}
            plain text                   | 503 | text/plain; charset=utf-8 | Service Unavailable
            problem as XML               | 403 | application/problem+xml   | <problem xmlns="urn:ietf:rfc:7807"><title>Out of credit</title></problem>
            problem without content type | 403 | NULL                      | {"title":"Out of credit"}
            """)
    void shouldFailWithTheGuidesProblem(String name, int status, String contentType, String body) {
        String path = serve(status, contentType, body == null ? "" : body);

        RemoteProblemException e = typedCallFailure(path);

        assertThat(e.problem()).isEqualTo(GUIDE.create(status));
        assertThat(e.responseStatus()).isEqualTo(status);
        assertThat(e.requestUri()).isEqualTo(server.base().resolve(path));
        assertNoLeaks(e);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', nullValues = "NULL", textBlock = """
            proxy's HTML page           | 502 | text/html                | <html><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>
            empty body                  | 503 | NULL                     | ``
            unquoted names              | 500 | application/problem+json | {title: 'Out of credit'}
            JSON array                  | 400 | application/problem+json | [{"title":"Out of credit"}]
            Spring Boot's default error | 404 | application/json         | {"timestamp":"2025-03-14T09:26:53.589+00:00","status":404,"error":"Not Found","path":"/x"}
            """)
    void shouldReadTheGuidesProblemFromAResponse(String name, int status, String contentType, String body) {
        String path = serve(status, contentType, body == null ? "" : body);

        assertThat(ProblemResponses.problem(target(path).request().get())).contains(GUIDE.create(status));
    }

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(ints = {60 * 1024, 64 * 1024})
    void shouldDecodeProblemsUpTo64KB(int size) {
        String path = serve(422, "application/problem+json", problemOfSize(size));

        RemoteProblemException e = typedCallFailure(path);

        assertThat(e.problem().title()).isEqualTo("Out of credit");
        assertThat(e.problem().detail()).hasSizeGreaterThan(size - 200);
        assertThat(e.problem().extensions()).containsEntry("balance", 30);
        assertThat(e.getMessage()).endsWith("…").hasSizeLessThan(400);
    }

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(ints = {64 * 1024 + 1, 64 * 1024 + 2, 1024 * 1024})
    void shouldSynthesiseProblemsOver64KB(int size) {
        String path = serve(422, "application/problem+json", problemOfSize(size));

        RemoteProblemException e = typedCallFailure(path);

        assertThat(e.problem()).isEqualTo(GUIDE.create(422));
        assertThat(ProblemResponses.problem(target(path).request().get())).contains(GUIDE.create(422));
    }

    @Test
    void shouldKeepTheGuidesProblemWhateverTheStatusOfAFailedCall() {
        for (int status : new int[] {400, 401, 404, 418, 429, 499, 500, 502, 504, 599}) {
            String path = serve(status, "text/html", "<p>no</p>");
            assertThat(typedCallFailure(path).problem()).as("%d", status).isEqualTo(GUIDE.create(status));
        }
    }

    /** A valid problem of exactly {@code size} bytes, its detail filling the room. */
    static String problemOfSize(int size) {
        String head = "{\"type\":\"https://example.com/out-of-credit\",\"title\":\"Out of credit\",\"detail\":\"";
        String tail = "\",\"balance\":30}";
        String problem = head + "x".repeat(size - head.length() - tail.length()) + tail;
        assertThat(problem.getBytes(StandardCharsets.UTF_8)).hasSize(size);
        return problem;
    }

    private static String serve(int status, String contentType, String body) {
        String path = "/accounts/" + PATHS.incrementAndGet() + "/" + status;
        Map<String, String> headers = new HashMap<>();
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        server.answer(path, new StubServer.Canned(status, headers, body.getBytes(StandardCharsets.UTF_8)));
        return path;
    }

    private static WebTarget target(String path) {
        return client.target(server.base()).path(path).queryParam("token", "s3cret");
    }

    private static RemoteProblemException typedCallFailure(String path) {
        return catchThrowableOfType(RemoteProblemException.class, () -> target(path).request().get(String.class));
    }

    private static void assertNoLeaks(RemoteProblemException e) {
        assertThat(e.getCause()).isNull();
        for (String leak : LEAKS) {
            assertThat(e.getMessage()).doesNotContain(leak);
            assertThat(e.toString()).doesNotContain(leak);
        }
    }
}
