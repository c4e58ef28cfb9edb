package dev.problemguide.jersey.edge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.problemguide.json.testsupport.RawHttp.Answer;
import dev.problemguide.jersey.internal.edge.EdgeProblems;
import dev.problemguide.jersey.servlet.ProblemErrorServlet;
import dev.problemguide.jersey.tomcat.ProblemTomcat;
import dev.problemguide.json.testsupport.LogCapture;
import dev.problemguide.json.testsupport.ProblemSchema;
import dev.problemguide.json.testsupport.RawHttp;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.apache.catalina.startup.Tomcat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What embedded Tomcat 11 answers itself, before or outside Jersey, answered with a problem once
 * {@link ProblemTomcat#install} has run: by {@code ProblemErrorServlet} as the context's default error page
 * ({@value #SERVLET}), or by {@code ProblemErrorReportValve} for what is answered before any context ({@value #VALVE});
 * each row checks, from the one log line, which of the two answered.
 */
class TomcatEdgeIT {

    private static final String SERVLET = "servlet container";
    private static final String VALVE = "Tomcat";

    @TempDir
    static Path baseDir;

    private static Tomcat tomcat;
    private static int port;

    @BeforeAll
    static void start() throws Exception {
        tomcat = TomcatServers.start(baseDir, true);
        port = TomcatServers.port(tomcat);
    }

    @AfterAll
    static void stop() throws Exception {
        TomcatServers.stop(tomcat);
    }

    @Test
    void badPercentEncodingIsA400ProblemFromTheValve() throws IOException {
        Answer answer = send(VALVE, "GET", "/%zz");

        assertProblem(answer, 400);
        // The path as it travelled, its stray % encoded so that the instance is a URI.
        assertThat(answer.body()).contains("\"instance\":\"/%25zz\"");
    }

    @Test
    void pathOutsideJerseysMappingIsA404Problem() throws IOException {
        Answer answer = send(SERVLET, "GET", "/other");

        assertProblem(answer, 404);
        assertThat(answer.body()).contains("\"instance\":\"/other\"");
    }

    @Test
    void overLongUriIsA400ProblemFromTheValve() throws IOException {
        // 20 KB, beyond Tomcat's maxHttpRequestHeaderSize of 8 KB: Tomcat answers 400 (not 414), request line unread.
        Answer answer = send(VALVE, "GET", "/api/" + "a".repeat(20 * 1024));

        assertProblem(answer, 400);
        assertThat(answer.body()).doesNotContain("\"instance\"");
    }

    @Test
    void tooManyHeadersIsA400ProblemFromTheValve() throws IOException {
        // 200, beyond Tomcat's maxHeaderCount of 100: the request line was read, so the path is known.
        Answer answer = send(VALVE, "GET", "/api/hello", RawHttp.headers(200));

        assertProblem(answer, 400);
        assertThat(answer.body()).contains("\"instance\":\"/api/hello\"");
    }

    @Test
    void traceIsA405ProblemThatKeepsAllow() throws IOException {
        Answer answer = send(SERVLET, "TRACE", "/api/hello");

        assertProblem(answer, 405);
        assertThat(answer.header("Allow")).isNotBlank().doesNotContain("TRACE");
        assertThat(answer.body()).contains("\"instance\":\"/api/hello\"");
    }

    @Test
    void exceptionFromAFilterIsA500ProblemWithTheTraceIdOfItsLogLine() throws IOException {
        try (LogCapture log = LogCapture.of(EdgeProblems.class.getName())) {
            Answer answer = RawHttp.send(port, "GET", "/boom/x");

            assertProblem(answer, 500);
            assertThat(answer.body()).contains("\"instance\":\"/boom/x\"");
            String traceId = answer.body().replaceAll(".*\"traceId\":\"([^\"]+)\".*", "$1");
            assertThat(traceId).matches("[0-9a-f-]{36}");
            assertThat(log.records()).singleElement().satisfies(record -> {
                assertThat(record.getLevel()).isEqualTo(Level.SEVERE);
                assertThat(record.getMessage()).contains("answered by " + SERVLET).contains("traceId=" + traceId);
                // The exception and its message go to the log, and only there.
                assertThat(record.getThrown()).isNotNull();
            });
        }
    }

    @Test
    void errorOfAContextWithoutTheErrorPageIsAProblemFromTheValve() throws IOException {
        // The servlet took the writer before sendError(503, message with the secret): the valve reports through it.
        Answer answer = send(VALVE, "GET", "/bare/x");

        assertThat(answer.status()).isEqualTo(503);
        // Tomcat appends the writer's charset, ISO-8859-1, which the JSON, escaped to ASCII, reads the same in.
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        ProblemSchema.assertValid(answer.body());
        assertThat(answer.body()).contains("\"status\":503").contains("\"instance\":\"/bare/x\"")
                .contains("\"traceId\":\"").doesNotContain(TomcatServers.SECRET).doesNotContain("down for");
    }

    @Test
    void headIsA404WithoutBody() throws IOException {
        Answer answer = send(SERVLET, "HEAD", "/other");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(answer.body()).isEmpty();
    }

    @Test
    void theErrorPageRequestedDirectlyIsA404Problem() throws IOException {
        Answer answer = send(SERVLET, "GET", ProblemErrorServlet.PATH);

        assertProblem(answer, 404);
        assertThat(answer.body()).contains("\"instance\":\"" + ProblemErrorServlet.PATH + "\"");
    }

    @Test
    void jerseysOwn404IsStillJerseysProblem() throws IOException {
        try (LogCapture log = LogCapture.of(EdgeProblems.class.getName())) {
            Answer answer = RawHttp.send(port, "GET", "/api/nothing");

            assertProblem(answer, 404);
            assertThat(answer.body()).contains("\"instance\":\"/api/nothing\"");
            // Neither guard answered it (TomcatWithoutInstallIT shows the same problem without them).
            assertThat(log.records()).isEmpty();
        }
    }

    @Test
    void jerseyStillAnswers() throws IOException {
        Answer answer = RawHttp.send(port, "GET", "/api/hello");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("hello");
    }

    /** Sends a request and checks, from EdgeProblems' one log line, which guard answered it. */
    private static Answer send(String answeredBy, String method, String target, String... headers) throws IOException {
        try (LogCapture log = LogCapture.of(EdgeProblems.class.getName())) {
            Answer answer = RawHttp.send(port, method, target, headers);
            List<LogRecord> records = log.records();
            assertThat(records).as("log of " + method).singleElement()
                    .satisfies(record -> assertThat(record.getMessage()).contains("answered by " + answeredBy));
            return answer;
        }
    }

    /** A problem of that status, and nothing of Tomcat's message, the exception or the secret. */
    static void assertProblem(Answer answer, int status) {
        EdgeAssertions.problem(answer, status, TomcatServers.SECRET);
    }
}
