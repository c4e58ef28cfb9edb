package dev.problemguide.compat.matrix;

import com.fasterxml.jackson.databind.JsonNode;
import dev.problemguide.json.testsupport.RawHttp;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The edge table: what the container answers before or outside Jersey, with the guard its README line installs,
 * each answer compared with its fixture ({@code matrix/edge/<row>.json}, or the container's own where it answers
 * otherwise). Sent as raw bytes: an HTTP client would refuse most of these requests.
 */
class EdgeTableIT {

    private static MatrixServer server;

    /**
     * One row: a raw request and the fixture of its answer.
     *
     * @param name        the fixture's name
     * @param method      the method
     * @param target      the raw request target
     * @param headerLines further header lines
     */
    record Row(String name, String method, String target, String... headerLines) {
        @Override
        public String toString() {
            String shown = target.length() > 40 ? target.substring(0, 40) + "… (" + target.length() + " chars)" : target;
            return name + ": " + method + " " + shown + (headerLines.length > 0 ? " + " + headerLines.length
                    + " header lines" : "");
        }
    }

    static Stream<Row> table() {
        String api = MatrixServer.BASE_PATH;
        return Stream.of(
                new Row("bad-percent-encoding", "GET", api + "/orders/%zz"),
                new Row("bad-percent-encoding-outside", "GET", "/%zz"),
                new Row("outside-mapping", "GET", "/other"),
                new Row("outside-mapping-head", "HEAD", "/other"),
                new Row("long-uri", "GET", api + "/orders/" + "a".repeat(20_000)),
                new Row("many-headers", "GET", api + "/orders/1", RawHttp.headers(200)),
                new Row("big-header", "GET", api + "/orders/1", "X-Big: " + "b".repeat(20_000)),
                new Row("trace", "TRACE", api + "/orders/1"),
                new Row("failing-filter", "GET", api + "/filtered/x"));
    }

    @BeforeAll
    static void start() throws Exception {
        server = MatrixServer.start(BehaviourTableIT.container(), MatrixApplication.create());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void shouldAnswerAsTheFixtureSays(Row row) throws Exception {
        RawHttp.Answer answer = RawHttp.send(server.port(), row.method(), row.target(), row.headerLines());
        JsonNode expected = Fixtures.load("matrix/edge", BehaviourTableIT.container(), row.name());
        Fixtures.assertAnswer(expected, answer.status(), name -> answer.header(name) == null ? List.of()
                : List.of(answer.header(name)), answer.body(), Orders.SECRET);
    }
}
