package dev.problemguide.jersey.internal.request;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AcceptLanguageTest {

    @Test
    void shouldOrderLanguagesByQValueAndDropZeroAndWildcard() {
        assertThat(AcceptLanguage.preferred("fr;q=0.5, de-CH;q=0.9, *;q=0.8, en;q=0, it"))
                .containsExactly("it", "de-ch", "fr");
    }

    @ParameterizedTest
    @ValueSource(strings = {"de;q=abc", ";;;", "de;q=2", "", "   "})
    void shouldReadAMalformedOrEmptyHeaderAsNoPreference(String header) {
        assertThat(AcceptLanguage.preferred(header)).isEmpty();
    }

    @Test
    void shouldIgnoreHugeHeadersAndNull() {
        assertThat(AcceptLanguage.preferred("de," + "x".repeat(2000))).isEmpty();
        assertThat(AcceptLanguage.preferred(null)).isEmpty();
    }
}
