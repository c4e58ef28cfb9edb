package dev.problemguide.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.problemguide.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProblemJsonReaderTest {

    static Problem read(String json) {
        try {
            return new ProblemJsonReader().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Arguments> fixtures() {
        return SampleProblems.all().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void shouldRoundTripWhatTheWriterWrites(String fixture, Problem problem) {
        Problem read = read(ProblemJsonWriterTest.write(problem));

        assertThat(ProblemJsonWriterTest.write(read)).isEqualTo(Fixtures.text(fixture));
        assertThat(read.type()).isEqualTo(problem.type());
        assertThat(read.title()).isEqualTo(problem.title());
        assertThat(read.status()).isEqualTo(problem.status());
        assertThat(read.detail()).isEqualTo(problem.detail());
        assertThat(read.instance()).isEqualTo(problem.instance());
        assertThat(read.extensions().keySet()).containsExactlyElementsOf(problem.extensions().keySet());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"status\":\"404\"}                  | status",
        "{\"status\":404.0}                    | status",
        "{\"status\":99}                       | status",
        "{\"status\":600}                      | status",
        "{\"status\":12345678901}              | status",
        "{\"status\":null}                     | status",
        "{\"title\":42}                        | title",
        "{\"title\":[\"a\"]}                   | title",
        "{\"detail\":{\"a\":1}}                | detail",
        "{\"detail\":false}                    | detail",
        "{\"instance\":7}                      | instance",
        "{\"instance\":\"not a uri\"}          | instance",
    })
    void shouldIgnoreAStandardMemberOfTheWrongType(String json, String member) {
        Problem problem = read(json);

        assertThat(problem).isEqualTo(Problem.builder().build());
        assertThat(problem.extensions()).doesNotContainKey(member);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"type\":42}", "{\"type\":null}", "{\"type\":\"a b c\"}", "{\"type\":{}}", "{}"})
    void shouldTreatAMissingOrInvalidTypeAsAboutBlank(String json) {
        assertThat(read(json).type()).isEqualTo(Problem.DEFAULT_TYPE);
    }

    @Test
    void shouldKeepValidMembersBesideInvalidOnes() {
        Problem problem = read("{\"type\":42,\"title\":\"Conflict\",\"status\":\"409\",\"detail\":\"Taken.\","
                + "\"instance\":\"/orders/1\"}");

        assertThat(problem).isEqualTo(Problem.builder().title("Conflict").detail("Taken.")
                .instance(URI.create("/orders/1")).build());
    }

    @Test
    void shouldReadUnknownMembersAsExtensionsInOrder() {
        Problem problem = read("{\"zz\":1,\"type\":\"urn:x\",\"errors\":[{\"pointer\":\"#/a\"}],\"n\":null,"
                + "\"ok\":true,\"obj\":{\"k\":\"v\"}}");

        assertThat(problem.type()).isEqualTo(URI.create("urn:x"));
        assertThat(problem.extensions().keySet()).containsExactly("zz", "errors", "n", "ok", "obj");
        assertThat(problem.extensions()).containsEntry("zz", 1).containsEntry("n", null).containsEntry("ok", true)
                .containsEntry("errors", List.of(Map.of("pointer", "#/a")))
                .containsEntry("obj", Map.of("k", "v"));
    }

    @Test
    void shouldIgnoreAnEmptyMemberName() {
        assertThat(read("{\"\":1,\"title\":\"t\"}")).isEqualTo(Problem.builder().title("t").build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "\"text\"", "42", "", "{\"title\":", "{\"a\" 1}"})
    void shouldRejectWhatIsNotAJsonObject(String json) {
        assertThatThrownBy(() -> read(json)).isInstanceOf(UncheckedIOException.class);
    }
}
