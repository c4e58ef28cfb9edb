package dev.problemguide.samples.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.glassfish.grizzly.http.server.HttpServer;

/**
 * Random request shapes against the real sample service: methods, paths with odd encodings, valid and
 * malformed {@code Accept} and {@code Accept-Language} headers, content types, malformed and deeply nested
 * JSON. No answer may be a 500 (the service has a bug on one path only, left out here), and every error
 * answer must be a valid problem.
 */
class RequestFuzzIT {

    private static HttpServer server;
    private static int port;

    /** A request to send. */
    record Shape(String method, String target, Map<String, String> headers, String body) {
    }

    @BeforeContainer
    static void start() {
        server = dev.problemguide.samples.SampleServer.start(0);
        port = server.getListener("grizzly").getPort();
    }

    @AfterContainer
    static void stop() {
        server.shutdownNow();
    }

    @Provide
    Arbitrary<Shape> shapes() {
        Arbitrary<String> methods = Arbitraries.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "BREW");
        Arbitrary<String> paths = Arbitraries.oneOf(
                Arbitraries.of("/orders", "/orders/42", "/orders/7", "/orders/abc", "/orders/42/cancel",
                        "/customers/c-1", "/quote", "/coffee", "/orders?limit=500", "/orders?limit=x",
                        "/orders?limit=-1", "/nowhere", "/", "/orders/%00", "/orders/%2F", "/orders/%E2%9C%93",
                        "/orders/..%2F..%2Fetc%2Fpasswd", "//orders//42", "/orders/42;matrix=1",
                        "/orders/" + "9".repeat(40), "/orders/%25%25", "/ORDERS/42"),
                Arbitraries.strings().withCharRange('a', 'z').ofMaxLength(30).map(s -> "/" + s),
                Arbitraries.strings().withChars("%0123456789ABCDEFabcdef/.-_~").ofMaxLength(60).map(s -> "/orders/" + s));
        Arbitrary<String> accepts = Arbitraries.of("", "*/*", "application/json", "application/problem+json",
                "text/html", "image/png", "application/xml;q=0.9, */*;q=0.1", "garbage", "a/b/c;q=x",
                "application/json;q=2", "*/*;q=0", "x".repeat(5000), ";;;,,,");
        Arbitrary<String> languages = Arbitraries.of("", "de", "de-CH;q=0.9, fr;q=0.8", "en;q=abc", "*",
                "zz-ZZZZ", "de;q=0", "é", "de-" + "x".repeat(300), ",,,;q=1.5");
        Arbitrary<String> types = Arbitraries.of("", "application/json", "text/plain", "application/problem+json",
                "application/json; charset=latin1", "bogus", "multipart/form-data; boundary=x");
        Arbitrary<String> bodies = Arbitraries.oneOf(
                Arbitraries.of("", "{}", "[]", "null", "{\"customer_id\":\"c-1\",\"items\":[{\"sku\":\"MUG\",\"quantity\":1}]}",
                        "{\"customer_id\":", "{\"items\":\"x\"}", "{\"items\":[{\"quantity\":\"many\"}]}",
                        "\u0000\u0001\u0002", "{\"a\":1}{\"b\":2}", "[".repeat(20000), "{\"k\":" + "[".repeat(1500)),
                Arbitraries.strings().ofMaxLength(200));
        return Combinators.combine(methods, paths, accepts, languages, types, bodies).as((m, p, a, l, t, b) -> {
            Map<String, String> headers = new LinkedHashMap<>();
            if (!a.isEmpty()) {
                headers.put("Accept", a);
            }
            if (!l.isEmpty()) {
                headers.put("Accept-Language", l);
            }
            if (!t.isEmpty()) {
                headers.put("Content-Type", t);
            }
            boolean withBody = !b.isEmpty() && !m.equals("GET") && !m.equals("HEAD");
            return new Shape(m, p, headers, withBody ? b : null);
        });
    }

    @Property(tries = 300)
    void shouldNeverAnswerWithA500OrANonProblemError(@ForAll("shapes") Shape shape) throws IOException {
        RawHttp.Answer answer = RawHttp.send(port, shape.method(), shape.target(), shape.headers(),
                shape.body() == null ? null : shape.body().getBytes(StandardCharsets.UTF_8));

        assertThat(answer.status()).as("%s", shape).isNotEqualTo(500).isGreaterThan(0);
        if (answer.status() >= 400 && !shape.method().equals("HEAD")) {
            ProblemChecks.assertProblem(answer.status(), answer.headers(), answer.header("Content-Type"),
                    answer.body(), shape.toString());
        }
        if (answer.status() >= 400 && shape.method().equals("HEAD")) {
            assertThat(answer.header("Content-Type")).as("%s", shape).isEqualTo("application/problem+json");
        }
    }
}
