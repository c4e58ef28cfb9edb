package dev.problemguide.jersey.edge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.problemguide.json.testsupport.RawHttp.Answer;
import dev.problemguide.jersey.tomcat.ProblemTomcat;
import dev.problemguide.json.testsupport.LogCapture;
import dev.problemguide.json.testsupport.RawHttp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same server as {@link TomcatEdgeIT} without {@link ProblemTomcat#install}: Tomcat's HTML pages. And install
 * called too late, on a context added to the running server: that context's errors are problems, the rest stays HTML.
 */
class TomcatWithoutInstallIT {

    @TempDir
    static Path baseDir;

    private static Tomcat tomcat;
    private static int port;

    @BeforeAll
    static void start() throws Exception {
        tomcat = TomcatServers.start(baseDir, false);
        port = TomcatServers.port(tomcat);
    }

    @AfterAll
    static void stop() throws Exception {
        TomcatServers.stop(tomcat);
    }

    @Test
    void pathOutsideJerseysMappingIsTomcatsHtml() throws IOException {
        Answer answer = RawHttp.send(port, "GET", "/other");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.header("Content-Type")).startsWith("text/html");
        assertThat(answer.body()).contains("<html");
    }

    @Test
    void installOnARunningTomcatCoversTheContextOnlyAndSaysSo() throws Exception {
        Context late = tomcat.addContext("/late", Files.createDirectories(baseDir.resolve("late")).toString());
        try (LogCapture log = LogCapture.of(ProblemTomcat.class.getName())) {
            ProblemTomcat.install(late);

            assertThat(log.records()).singleElement().satisfies(record -> {
                assertThat(record.getLevel()).isEqualTo(Level.WARNING);
                assertThat(record.getMessage()).contains("before tomcat.start()");
            });
        }

        TomcatEdgeIT.assertProblem(RawHttp.send(port, "GET", "/late/other"), 404);
        assertThat(RawHttp.send(port, "GET", "/%zz").header("Content-Type")).startsWith("text/html");
    }

    @Test
    void jerseysOwn404IsAProblemWithoutTheGuards() throws IOException {
        Answer answer = RawHttp.send(port, "GET", "/api/nothing");

        TomcatEdgeIT.assertProblem(answer, 404);
    }

    @Test
    void badPercentEncodingIsTomcatsHtml() throws IOException {
        Answer answer = RawHttp.send(port, "GET", "/%zz");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).startsWith("text/html");
    }

    @Test
    void exceptionFromAFilterIsTomcatsHtmlWithTheSecret() throws IOException {
        Answer answer = RawHttp.send(port, "GET", "/boom/x");

        assertThat(answer.status()).isEqualTo(500);
        assertThat(answer.header("Content-Type")).startsWith("text/html");
        // What the guards are for: Tomcat's page shows the exception's message and stack trace.
        assertThat(answer.body()).contains(TomcatServers.SECRET);
    }
}
