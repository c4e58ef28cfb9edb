package dev.problemguide.compat.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.problemguide.json.testsupport.LogCapture;
import dev.problemguide.json.testsupport.RawHttp;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
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
     * @param requestLine the raw request line
     * @param headerLines further header lines
     */
    record Row(String name, String requestLine, String... headerLines) {
        static Row of(String name, String method, String target, String... headerLines) {
            return new Row(name, method + " " + target + " HTTP/1.1", headerLines);
        }

        @Override
        public String toString() {
            String shown = requestLine.length() > 50 ? requestLine.substring(0, 50) + "… (" + requestLine.length()
                    + " chars)" : requestLine;
            return name + ": " + shown + (headerLines.length > 0 ? " + " + headerLines.length + " header lines" : "");
        }
    }

    static Stream<Row> table() {
        String api = MatrixServer.BASE_PATH;
        return Stream.of(
                Row.of("bad-percent-encoding", "GET", api + "/orders/%zz"),
                Row.of("bad-percent-encoding-outside", "GET", "/%zz"),
                Row.of("outside-mapping", "GET", "/other"),
                Row.of("outside-mapping-head", "HEAD", "/other"),
                Row.of("long-uri", "GET", api + "/orders/" + "a".repeat(20_000)),
                Row.of("many-headers", "GET", api + "/orders/1", RawHttp.headers(200)),
                Row.of("big-header", "GET", api + "/orders/1", "X-Big: " + "b".repeat(20_000)),
                Row.of("trace", "TRACE", api + "/orders/1"),
                Row.of("failing-filter", "GET", api + "/filtered/x"),
                Row.of("unmappable", "GET", api + "/orders/unmappable"),
                Row.of("head-in-jersey", "HEAD", api + "/nowhere"),
                new Row("unsupported-version", "GET " + api + "/orders/1 HTTP/1.7"),
                new Row("absolute-form-target", "GET javascript:alert(1) HTTP/1.1"));
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
        RawHttp.Answer answer;
        List<LogRecord> logged;
        try (LogCapture log = LogCapture.of("")) {
            answer = RawHttp.sendRequestLine(server.port(), row.requestLine(), row.headerLines());
            logged = log.records();
        }
        JsonNode expected = Fixtures.load("matrix/edge", BehaviourTableIT.container(), row.name());
        Fixtures.assertAnswer(expected, answer.status(), name -> answer.header(name) == null ? List.of()
                : List.of(answer.header(name)), answer.body(), Orders.SECRET);
        if (answer.status() < 500) {
            // What a client alone caused is no WARNING or ERROR for whoever runs the service; but for a container's
            // own line the fixture names (the JDK's server warns of every HEAD Jersey answers with a length).
            List<String> allowed = Fixtures.warningsFrom(expected);
            assertThat(logged).as("log lines at WARNING or above").noneMatch(r -> r.getLevel().intValue()
                    >= Level.WARNING.intValue() && allowed.stream().noneMatch(r.getLoggerName()::startsWith));
        }
    }
}
