package dev.problemguide.samples.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.problemguide.ProblemException;
import dev.problemguide.samples.OrderNotFoundException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.InternalServerErrorException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.ServerErrorException;
import jakarta.ws.rs.WebApplicationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.BiFunction;
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
 * Random exceptions — JDK, Jakarta REST, Jackson, Bean Validation and application types, nested at random,
 * with messages full of secret markers, CR/LF, HTML, JSON and long or non-ASCII text — thrown from a
 * resource, an async resume, a failed stage and a request filter: every answer is a valid problem whose
 * status is the HTTP status, and no marker ever reaches the client.
 */
class ExceptionFuzzIT {

    private static HttpServer server;
    private static int port;

    /** A kind of exception, made from a message and an optional cause. */
    record Kind(String name, BiFunction<String, Throwable, Throwable> make) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("IllegalStateException", IllegalStateException::new),
            new Kind("IllegalArgumentException", IllegalArgumentException::new),
            new Kind("NullPointerException", (m, c) -> new NullPointerException(m)),
            new Kind("UnsupportedOperationException", UnsupportedOperationException::new),
            new Kind("IOException", IOException::new),
            new Kind("UncheckedIOException", (m, c) -> new UncheckedIOException(m, new IOException(m, c))),
            new Kind("SQLException", (m, c) -> new SQLException(m, "08001", c)),
            new Kind("AssertionError", AssertionError::new),
            new Kind("CompletionException", CompletionException::new),
            new Kind("ExecutionException", (m, c) -> new ExecutionException(c != null ? c : new IllegalStateException(m))),
            new Kind("ProcessingException", ProcessingException::new),
            new Kind("WebApplicationException(5xx)", (m, c) -> new WebApplicationException(m, c, 503)),
            new Kind("WebApplicationException(4xx)", (m, c) -> new WebApplicationException(m, c, 409)),
            new Kind("BadRequestException", BadRequestException::new),
            new Kind("NotFoundException", NotFoundException::new),
            new Kind("ClientErrorException", (m, c) -> new ClientErrorException(m, 422, c)),
            new Kind("ServerErrorException", (m, c) -> new ServerErrorException(m, 502, c)),
            new Kind("InternalServerErrorException", InternalServerErrorException::new),
            new Kind("JsonParseException", (m, c) -> new JsonParseException(null, m, c)),
            new Kind("JsonMappingException", (m, c) -> new JsonMappingException(null, m, c)),
            new Kind("ConstraintViolationException", (m, c) -> new ConstraintViolationException(m, Set.of())),
            new Kind("ValidationException", ValidationException::new),
            new Kind("OrderNotFoundException", (m, c) -> new OrderNotFoundException(m.length())),
            new Kind("ProblemException", (m, c) -> ProblemException.of(400 + m.length() % 200, null)),
            new Kind("StackOverflowError", (m, c) -> new StackOverflowError(m)),
            new Kind("Throwable", Throwable::new));

    @BeforeContainer
    static void start() {
        server = dev.problemguide.samples.SampleServer.start(ChaosApplication.create(), 0);
        port = server.getListener("grizzly").getPort();
    }

    @AfterContainer
    static void stop() {
        server.shutdownNow();
    }

    @Provide
    Arbitrary<String> messages() {
        Arbitrary<String> noise = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.of("\r\nX-Injected: yes\r\n", "<script>alert(1)</script>", "{\"status\":200,\"title\":\"ok\"}",
                        "</html>", "Ünïcødé ✓ 日本語", "jdbc:postgresql://db/prod?password=hunter2"),
                Arbitraries.strings().withCharRange('a', 'z').ofLength(5000));
        return Combinators.combine(noise, noise).as((a, b) -> a + ProblemChecks.MARKER + b);
    }

    @Provide
    Arbitrary<Throwable> exceptions() {
        Arbitrary<Kind> kinds = Arbitraries.of(KINDS);
        return Combinators.combine(kinds, kinds, kinds, messages(), messages(), Arbitraries.integers().between(0, 2))
                .as((outer, middle, inner, m1, m2, depth) -> {
                    Throwable cause = depth >= 2 ? inner.make().apply(m2, null) : null;
                    cause = depth >= 1 ? middle.make().apply(m1, cause) : cause;
                    return outer.make().apply(m1, cause);
                });
    }

    @Property(tries = 150)
    void shouldAnswerEveryExceptionWithAValidProblemThatLeaksNothing(
            @ForAll("exceptions") Throwable exception,
            @ForAll("wheres") String where) throws IOException {
        ChaosApplication.NEXT.set(() -> exception);

        RawHttp.Answer answer = RawHttp.send(port, "GET", "/chaos/" + where, Map.of("Accept", "*/*"), null);

        ProblemChecks.assertProblem(answer.status(), answer.headers(), answer.header("Content-Type"), answer.body(),
                exception + " from " + where);
        assertThat(answer.body()).doesNotContain("hunter2").doesNotContain("X-Injected");
    }

    @Provide
    Arbitrary<String> wheres() {
        return Arbitraries.of("sync", "async", "stage", "filter");
    }
}
