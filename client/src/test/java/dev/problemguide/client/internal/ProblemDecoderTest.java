package dev.problemguide.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.problemguide.Problem;
import dev.problemguide.ProblemFactory;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which error bodies are problems (any JSON object sent as {@code application/problem+json}; one with a
 * {@code type}, {@code title} or {@code detail} sent as another JSON type), the guide's problem for all the
 * others, the status completed from the response, and relative types resolved as RFC 3986 section 5.2 does
 * against the request URI without its query and user information.
 */
class ProblemDecoderTest {

    private static final ProblemFactory GUIDE = ProblemFactory.standard();
    private static final URI REQUEST = URI.create("https://user:pw@api.example.com/accounts/12?token=s3cret");
    private static final String OUT_OF_CREDIT = """
            {"type":"https://example.com/out-of-credit","title":"Out of credit","balance":30}""";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            application/problem+json                | true
            application/problem+json; charset=utf-8 | true
            APPLICATION/PROBLEM+JSON                | true
            Application/Problem+JSON; Charset=UTF-8 | true
            application/json                        | true
            application/json; charset=ISO-8859-1    | true
            application/vnd.x+json                  | true
            APPLICATION/VND.X+JSON                  | true
            application/vnd.api+json; version=2     | true
            text/html                               | false
            text/html; charset=utf-8                | false
            text/plain                              | false
            text/json                               | false
            application/problem+xml                 | false
            application/xml                         | false
            application/octet-stream                | false
            application/jsonl                       | false
            application/json-seq                    | false
            */*                                     | false
            NULL                                    | false
            """)
    void shouldDecodeJsonMediaTypesOnly(String mediaType, boolean decoded) {
        Problem problem = decode(403, mediaType, OUT_OF_CREDIT);

        assertThat(problem).isEqualTo(decoded
                ? Problem.builder().type(URI.create("https://example.com/out-of-credit")).title("Out of credit")
                        .status(403).extension("balance", 30).build()
                : GUIDE.create(403));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            {}                                              | application/problem+json | true
            {"instance":"/accounts/12"}                     | application/problem+json | true
            {"orderId":7}                                   | application/problem+json | true
            {"detail":"Your balance is 30."}                | application/json         | true
            {"title":"Out of credit"}                       | application/vnd.x+json   | true
            {"type":"/problems/out-of-credit"}              | application/json         | true
            {}                                              | application/json         | false
            {"status":404,"error":"Not Found","path":"/x"}  | application/json         | false
            {"type":"about:blank","status":404}             | application/json         | false
            {"message":"Not Found","documentation_url":"x"} | application/vnd.x+json   | false
            {"title":7,"detail":false,"type":1}             | application/json         | false
            """)
    void shouldTellProblemsFromOtherJsonErrorObjects(String body, String mediaType, boolean decoded) {
        Problem problem = decode(404, mediaType, body);

        assertThat(problem.equals(GUIDE.create(404))).isNotEqualTo(decoded);
        assertThat(problem.status()).isEqualTo(404);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", " ", "\n\t", "[]", "[{\"title\":\"Out of credit\"}]", "\"Out of credit\"", "42",
            "-1.5e3", "null", "true", "{", "}", "{title: 'Out of credit'}", "{'title':'Out of credit'}",
            "Internal Server Error", "<html><body>Bad Gateway</body></html>", "{\"title\":\"Out of cre",
            "{\"title\":\"Out of credit\",}", "{\"title\" \"Out of credit\"}", "\uFEFF\uFEFF{}"})
    void shouldGiveTheGuidesProblemForWhatIsNotAJsonObject(String body) {
        assertThat(decode(500, "application/problem+json", body)).isEqualTo(GUIDE.create(500));
    }

    @Test
    void shouldGiveTheGuidesProblemForBytesThatAreNotText() {
        byte[] body = {(byte) 0xFF, (byte) 0xFE, 0, (byte) 0xC3, '{', '}'};

        Problem problem = ProblemDecoder.decode(502, MediaType.valueOf("application/problem+json"),
                new ErrorBody(body, false), REQUEST);

        assertThat(problem).isEqualTo(GUIDE.create(502));
    }

    @Test
    void shouldGiveTheGuidesProblemForATruncatedBodyEvenIfItParses() {
        ErrorBody body = new ErrorBody(OUT_OF_CREDIT.getBytes(StandardCharsets.UTF_8), true);

        assertThat(ProblemDecoder.decode(413, MediaType.valueOf("application/problem+json"), body, REQUEST))
                .isEqualTo(GUIDE.create(413));
    }

    @ParameterizedTest(name = "body {0}, response {1}")
    @CsvSource({"403, 403, 403", "404, 403, 404", "'\"404\"', 403, 403", "600, 403, 403", "404.0, 403, 403",
            "null, 403, 403"})
    void shouldTakeTheStatusFromTheBodyOnlyWhenItIsOne(String bodyStatus, int responseStatus, int expected) {
        Problem problem = decode(responseStatus, "application/problem+json",
                "{\"title\":\"Out of credit\",\"status\":" + bodyStatus + "}");

        assertThat(problem.status()).isEqualTo(expected);
        assertThat(problem.title()).isEqualTo("Out of credit");
    }

    @ParameterizedTest(name = "{1} against {0}")
    @CsvSource(delimiter = '|', textBlock = """
            https://api.example.com/accounts/12?token=s3cret | /problems/x       | https://api.example.com/problems/x
            https://api.example.com/accounts/12?token=s3cret | x                 | https://api.example.com/accounts/x
            https://api.example.com/accounts/12?token=s3cret | ./x               | https://api.example.com/accounts/x
            https://api.example.com/a/b/c                    | ../../x           | https://api.example.com/x
            https://api.example.com/accounts/12?token=s3cret | '#x'              | https://api.example.com/accounts/12#x
            https://api.example.com/accounts/12?token=s3cret | ?v=2              | https://api.example.com/accounts/12?v=2
            https://api.example.com/accounts/12?token=s3cret | ''                | https://api.example.com/accounts/12
            https://api.example.com/accounts/12#part         | x#y               | https://api.example.com/accounts/x#y
            https://user:pw@api.example.com:8443/accounts/12 | /problems/x       | https://api.example.com:8443/problems/x
            https://user:pw@api.example.com/accounts/12?t=1  | '#x'              | https://api.example.com/accounts/12#x
            https://api.example.com                          | x                 | https://api.example.com/x
            https://api.example.com?token=s3cret             | ''                | https://api.example.com/
            https://api.example.com/a%2Fb/c                  | x                 | https://api.example.com/a%2Fb/x
            https://api.example.com/accounts/12              | //other.example/x | https://other.example/x
            https://api.example.com/accounts/12              | x%20y             | https://api.example.com/accounts/x%20y
            """)
    void shouldResolveRelativeTypesAgainstTheRequestWithoutItsSecrets(String request, String type, String expected) {
        Problem problem = ProblemDecoder.decode(400, MediaType.valueOf("application/problem+json"),
                body("{\"type\":\"" + type + "\"}"), URI.create(request));

        assertThat(problem.type()).isEqualTo(URI.create(expected));
        assertThat(problem.type().toString()).doesNotContain("s3cret", "token", "user", "pw", "t=1");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://example.com/out-of-credit", "urn:problem-type:example:outOfCredit",
            "about:blank", "tag:example.com,2025:out-of-credit", "HTTPS://EXAMPLE.COM/x"})
    void shouldKeepAbsoluteTypes(String type) {
        Problem problem = decode(400, "application/problem+json", "{\"type\":\"" + type + "\"}");

        assertThat(problem.type()).isEqualTo(URI.create(type));
    }

    @ParameterizedTest(name = "request {0}")
    @CsvSource(nullValues = "NULL", value = {"NULL", "''", "/accounts/12", "accounts/12", "urn:example:accounts:12",
            "mailto:ops@example.com"})
    void shouldLeaveRelativeTypesAsSentWithoutAnAbsoluteHierarchicalRequestUri(String request) {
        Problem problem = ProblemDecoder.decode(400, MediaType.valueOf("application/problem+json"),
                body("{\"type\":\"/problems/x\"}"), request == null ? null : URI.create(request));

        assertThat(problem.type()).isEqualTo(URI.create("/problems/x"));
    }

    @Test
    void shouldGiveTheProblemItselfWhenNothingIsCompleted() {
        Problem problem = decode(404, "application/problem+json",
                "{\"type\":\"https://example.com/x\",\"status\":404,\"orderId\":7}");

        assertThat(problem).isEqualTo(Problem.builder().type(URI.create("https://example.com/x")).status(404)
                .extension("orderId", 7).build());
    }

    private static Problem decode(int status, String mediaType, String body) {
        return ProblemDecoder.decode(status, mediaType == null ? null : MediaType.valueOf(mediaType), body(body),
                REQUEST);
    }

    private static ErrorBody body(String json) {
        return new ErrorBody(json.getBytes(StandardCharsets.UTF_8), false);
    }
}
