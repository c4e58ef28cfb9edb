package dev.problemguide.jersey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.problemguide.ProblemMapping;
import dev.problemguide.json.testsupport.LogCapture;
import dev.problemguide.json.testsupport.LoopbackServer;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.util.List;
import java.util.logging.LogRecord;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;

/** Log levels per status and type, and the limit of client-error lines, over real HTTP. */
class LogPolicyIT {

    private static final String LOGGER = "dev.problemguide.jersey.ProblemFeature";

    /** Mapped to a 404 of a type of its own. */
    @ProblemMapping(status = 404, type = "order-not-found")
    public static class OrderNotFound extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /** Fails in the ways the levels name. */
    @Path("p")
    public static class Api {
        @GET
        @Path("order")
        public String order() {
            throw new OrderNotFound();
        }

        @GET
        @Path("conflict")
        public Response conflict() {
            return Response.status(409).build();
        }

        @GET
        @Path("busy")
        public Response busy() {
            return Response.status(503).build();
        }
    }

    private static List<LogRecord> lines(ProblemFeature feature, String... paths) {
        try (LogCapture log = LogCapture.of(LOGGER)) {
            try (LoopbackServer server = LoopbackServer.start(new ResourceConfig(Api.class).register(feature))) {
                for (String path : paths) {
                    server.get(path);
                }
            }
            return log.records();
        }
    }

    @Test
    void shouldTakeTheLevelOfTheTypeThenTheStatusThenTheClass() {
        List<LogRecord> lines = lines(ProblemFeature.builder()
                .typeBaseUri(URI.create("https://errors.example.com/"))
                .logLevel(404, Level.INFO)
                .logLevel(URI.create("order-not-found"), Level.OFF)
                .serverErrorLogLevel(Level.WARNING)
                .build(), "nowhere", "p/order", "p/conflict", "p/busy");

        assertThat(lines).extracting(LogRecord::getMessage).noneMatch(m -> m.contains("order-not-found"));
        assertThat(lines).filteredOn(r -> r.getMessage().startsWith("404 GET /nowhere"))
                .extracting(r -> r.getLevel().getName()).containsExactly("INFO");
        assertThat(lines).filteredOn(r -> r.getMessage().startsWith("409 GET /p/conflict"))
                .extracting(r -> r.getLevel().getName()).containsExactly("FINE");
        assertThat(lines).filteredOn(r -> r.getMessage().startsWith("503 GET /p/busy"))
                .extracting(r -> r.getLevel().getName()).containsExactly("WARNING");
    }

    @Test
    void shouldTakeLevelsFromTheProperty() {
        try (LogCapture log = LogCapture.of(LOGGER)) {
            try (LoopbackServer server = LoopbackServer.start(new ResourceConfig(Api.class)
                    .property(ProblemProperties.LOG_LEVELS, "4xx=WARNING, 409=OFF"))) {
                server.get("nowhere");
                server.get("p/conflict");
            }
            assertThat(log.records()).extracting(r -> r.getLevel().getName() + " " + r.getMessage())
                    .anyMatch(line -> line.startsWith("WARNING 404 GET /nowhere"))
                    .noneMatch(line -> line.contains("409"));
        }
    }

    @Test
    void shouldLimitClientErrorLinesAndTellWhatWasLeftOutWhenTheApplicationStops() {
        String[] paths = new String[40];
        java.util.Arrays.fill(paths, "nowhere");

        List<LogRecord> lines = lines(ProblemFeature.builder().clientErrorLogLimit(5).build(), paths);

        List<String> messages = lines.stream().map(LogRecord::getMessage).toList();
        long written = messages.stream().filter(m -> m.startsWith("404 GET /nowhere")).count();
        // Five a second: the 40 requests may straddle a second or a few.
        assertThat(written).isBetween(5L, 20L);
        long told = messages.stream().filter(m -> m.contains("lines of type=about:blank were left out"))
                .mapToLong(m -> Long.parseLong(m.substring(0, m.indexOf(' ')))).sum();
        assertThat(written + told).isEqualTo(40);
    }

    @Test
    void shouldRefuseLevelsItCannotRead() {
        for (String levels : new String[] {"404", "404=LOUD", "4711=INFO", "=INFO"}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ApplicationHandler(
                    new ResourceConfig(Api.class).property(ProblemProperties.LOG_LEVELS, levels)))
                    .as(levels).hasStackTraceContaining("problemguide.log.levels must be");
        }
        assertThatThrownBy(() -> ProblemFeature.builder().logLevel(302, Level.INFO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
