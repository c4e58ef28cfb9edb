package dev.problemguide.jersey.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogTextTest {

    @Test
    void shouldEscapeLineBreaksAndControlCharacters() {
        assertThat(LogText.safe("/a\r\nINFO forged\u0085\u2028\u0000"))
                .isEqualTo("/a\\u000d\\u000aINFO forged\\u0085\\u2028\\u0000")
                .doesNotContain("\r").doesNotContain("\n");
    }

    @Test
    void shouldLeavePlainTextAloneAndCutLongText() {
        assertThat(LogText.safe("/orders/42?x=ü")).isEqualTo("/orders/42?x=ü");
        assertThat(LogText.safe(null)).isEqualTo("null");
        assertThat(LogText.safe("x".repeat(2000))).hasSize(512 + "...(2000 chars)".length());
    }
}
