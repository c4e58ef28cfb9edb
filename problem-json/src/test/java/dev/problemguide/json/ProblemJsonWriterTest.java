package dev.problemguide.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.problemguide.Problem;
import dev.problemguide.json.testsupport.LoopbackJerseyTest;
import dev.problemguide.json.testsupport.ProblemSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ProblemJsonWriterTest {

    /** A bean whose only property cannot be read. */
    public static final class Exploding {
        public String getValue() {
            throw new IllegalStateException("SECRET-marker from a getter");
        }
    }

    static Stream<Arguments> fixtures() {
        return SampleProblems.all().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    static String write(Problem problem) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new ProblemJsonWriter().write(problem, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void shouldWriteTheExactBytesOfTheFixture(String fixture, Problem problem) {
        assertThat(write(problem)).isEqualTo(Fixtures.text(fixture));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void shouldWriteBodiesThatValidateAgainstTheRfcSchema(String fixture, Problem problem) {
        ProblemSchema.assertValid(write(problem));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void shouldWriteWhatTheJacksonModuleWrites(String fixture, Problem problem) throws IOException {
        ObjectMapper mapper = new ObjectMapper().registerModule(new ProblemModule())
                .registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS);

        assertThat(mapper.writeValueAsString(problem)).isEqualTo(write(problem));
    }

    @Test
    void shouldAlwaysWriteTypeAndOmitAbsentMembers() {
        assertThat(write(Problem.builder().status(500).build())).isEqualTo("{\"type\":\"about:blank\",\"status\":500}");
        assertThat(write(Problem.builder().detail("d").build())).isEqualTo("{\"type\":\"about:blank\",\"detail\":\"d\"}");
    }

    @Test
    void shouldDropAThrowableExtensionAndKeepTheRest() {
        Problem problem = Problem.builder().status(500)
                .extension("before", 1)
                .extension("error", new IllegalStateException("SECRET-marker"))
                .extension("after", 2)
                .build();

        String json = write(problem);

        assertThat(json).isEqualTo("{\"type\":\"about:blank\",\"status\":500,\"before\":1,\"after\":2}");
    }

    @Test
    void shouldDropAThrowableNestedInAnExtensionValue() {
        Problem problem = Problem.builder().status(500)
                .extension("causes", List.of(Map.of("cause", new RuntimeException("SECRET-marker"))))
                .extension("kept", "yes")
                .build();

        String json = write(problem);

        assertThat(json).doesNotContain("SECRET").doesNotContain("RuntimeException")
                .isEqualTo("{\"type\":\"about:blank\",\"status\":500,\"kept\":\"yes\"}");
        ProblemSchema.assertValid(json);
    }

    @Test
    void shouldDropAnExtensionWhoseSerializationFailsAndStillWriteAValidProblem() {
        Problem problem = Problem.builder().title("Conflict").status(409)
                .extension("broken", new Exploding())
                .extension("empty", new Object())
                .extension("ok", List.of(1))
                .build();

        String json = write(problem);

        assertThat(json).isEqualTo("{\"type\":\"about:blank\",\"title\":\"Conflict\",\"status\":409,\"ok\":[1]}");
        ProblemSchema.assertValid(json);
    }

    @Test
    void shouldDropTheSameMembersThroughTheJacksonModule() throws IOException {
        Problem problem = Problem.builder().status(409)
                .extension("error", new IllegalStateException("SECRET-marker"))
                .extension("nested", List.of(new IllegalStateException("SECRET-marker")))
                .extension("broken", new Exploding())
                .extension("ok", true)
                .build();
        ObjectMapper mapper = new ObjectMapper().registerModule(new ProblemModule());

        String json = mapper.writeValueAsString(problem);

        assertThat(json).isEqualTo("{\"type\":\"about:blank\",\"status\":409,\"ok\":true}");
        assertThat(mapper.writeValueAsString(Map.of("plain", new IllegalStateException("outside a problem"))))
                .as("Throwables outside problems are the application's business").contains("outside a problem");
    }

    @Test
    void shouldBeFoundByJacksonsModuleDiscovery() {
        assertThat(ObjectMapper.findModules()).anyMatch(m -> m instanceof ProblemModule);
    }
}
