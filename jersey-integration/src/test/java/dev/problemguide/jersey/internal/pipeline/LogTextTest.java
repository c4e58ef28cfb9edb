package dev.problemguide.jersey.internal.pipeline;

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

    @Test
    void shouldCopyAThrowableChainWithEscapedMessagesAndTheSameStackTraces() {
        IllegalStateException cause = new IllegalStateException("For input string: \"1\r\nINFO forged\"");
        RuntimeException thrown = new RuntimeException("outer", cause);

        Throwable safe = LogText.loggable(thrown);

        assertThat(safe).isNotSameAs(thrown).hasToString("java.lang.RuntimeException: outer");
        assertThat(safe.getStackTrace()).isEqualTo(thrown.getStackTrace());
        assertThat(safe.getCause().toString())
                .isEqualTo("java.lang.IllegalStateException: For input string: \"1\\u000d\\u000aINFO forged\"");
        assertThat(safe.getCause().getStackTrace()).isEqualTo(cause.getStackTrace());
    }

    @Test
    void shouldLogAThrowableWithoutControlCharactersAsItIs() {
        RuntimeException thrown = new RuntimeException("plain message", new IllegalStateException("also plain"));

        assertThat(LogText.loggable(thrown)).isSameAs(thrown);
        assertThat(LogText.loggable(null)).isNull();
    }

    @Test
    void shouldEscapeEveryCharacterThatCouldPoseAsASpaceOrReorderTheLineInAField() {
        assertThat(LogText.field("a b\u00a0c\u202ed\u2066e\u200bf\ufeffg\u3000h\u2028i\r\nj\u0085k\u2009l"))
                .isEqualTo("a\\u0020b\\u00a0c\\u202ed\\u2066e\\u200bf\\ufeffg\\u3000h\\u2028i\\u000d\\u000aj"
                        + "\\u0085k\\u2009l");
        // A format character outside the BMP (a language tag) is escaped as its two UTF-16 units.
        assertThat(LogText.field("x\udb40\udc01y")).isEqualTo("x\\udb40\\udc01y");
    }

    @Test
    void shouldLeaveVisibleTextAloneInAFieldAndCutLongText() {
        assertThat(LogText.field("https://orders.example/problems/caf\u00e9-\ud83d\ude00:7"))
                .isEqualTo("https://orders.example/problems/caf\u00e9-\ud83d\ude00:7");
        assertThat(LogText.field(null)).isEqualTo("null");
        assertThat(LogText.field("x".repeat(2000))).isEqualTo("x".repeat(512) + "...(2000 chars)");
    }
}
