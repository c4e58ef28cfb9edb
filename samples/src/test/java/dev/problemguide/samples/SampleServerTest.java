package dev.problemguide.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SampleServerTest {

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
        "'',                null, 8080",
        "'',                9090, 9090",
        "'--port 7070',     9090, 7070",
        "'--port=6060',     null, 6060",
        "'--port 0',        null, 0",
        "'',                ' ',  8080"})
    void shouldTakeThePortFromTheArgumentsThenThePortVariable(String args, String env, int expected) {
        String[] argv = args.isBlank() ? new String[0] : args.split(" ");

        assertThat(SampleServer.port(argv, env)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"--port abc", "--port 70000", "--port", "--verbose", "--port=-1"})
    void shouldRejectAnInvalidPortWithAMessage(String args) {
        assertThatThrownBy(() -> SampleServer.port(args.split(" "), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--");
    }

    @ParameterizedTest
    @ValueSource(strings = {"eighty", "99999"})
    void shouldRejectAnInvalidPortVariable(String env) {
        assertThatThrownBy(() -> SampleServer.port(new String[0], env)).hasMessageContaining("PORT");
    }
}
