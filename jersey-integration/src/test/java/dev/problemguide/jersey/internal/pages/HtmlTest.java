package dev.problemguide.jersey.internal.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "plain text                  | plain text",
        "<script>alert(1)</script>   | &lt;script&gt;alert(1)&lt;/script&gt;",
        "a & b                       | a &amp; b",
        "\"double\" and 'single'     | &quot;double&quot; and &#39;single&#39;"})
    void shouldEscapeEveryCharacterThatMeansMarkup(String text, String escaped) {
        assertThat(Html.escape(text)).isEqualTo(escaped);
    }

    @Test
    void shouldReplaceControlCharactersWhichHtmlForbids() {
        assertThat(Html.escape("a\u0000b\u0007c\u007Fd\u0085e\tf\ng")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\tf\ng");
    }

    @Test
    void shouldAllowTheStylesheetByItsHashAndNothingElse() throws Exception {
        String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(Html.STYLE.getBytes(StandardCharsets.UTF_8)));

        assertThat(Html.SECURITY_POLICY).startsWith("default-src 'none'; style-src 'sha256-" + hash + "';")
                .contains("frame-ancestors 'none'").doesNotContain("unsafe");
    }
}
