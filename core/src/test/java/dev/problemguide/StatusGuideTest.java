package dev.problemguide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks the catalog against a verbatim copy of the API Status Code Guide kept as a test resource.
 */
class StatusGuideTest {

    private static final Pattern GUIDE_LINE = Pattern.compile("^\\s*•\\s*(\\d{3}) - ([^:]+): (.*)$");

    private final StatusGuide guide = StatusGuide.standard();

    /** The guide's own lines: code, name, description, exactly as published. */
    static Stream<Arguments> guideLines() {
        List<Arguments> rows = new ArrayList<>();
        try (InputStream in = StatusGuideTest.class.getResourceAsStream("api-status-code-guide.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                Matcher m = GUIDE_LINE.matcher(line);
                if (m.matches()) {
                    rows.add(Arguments.of(Integer.parseInt(m.group(1)), m.group(2).trim(), m.group(3).trim()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows.stream();
    }

    @Test
    void shouldListExactlyTheGuidesSixtyFourCodesPlusTheIanaOnes() {
        assertThat(guideLines()).hasSize(64);
        List<Integer> guideCodes = guideLines().map(a -> (Integer) a.get()[0]).toList();
        assertThat(guide.listedEntries()).hasSize(65).allMatch(StatusGuideEntry::listed);
        assertThat(guide.listedEntries()).extracting(StatusGuideEntry::code)
                .filteredOn(code -> !guideCodes.contains(code))
                .containsExactly(506);
        assertThat(guide.listedEntries()).extracting(StatusGuideEntry::code).isSorted();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("guideLines")
    void shouldCarryTheGuidesNameAndDescription(int code, String name, String description) {
        StatusGuideEntry entry = guide.entry(code);

        assertThat(entry.code()).isEqualTo(code);
        assertThat(entry.statusClass()).isEqualTo(StatusClass.of(code));
        assertThat(entry.listed()).isTrue();
        if (code == 417) {
            assertThat(entry.reasonPhrase()).isEqualTo("Expectation Failed");
            assertThat(entry.description()).isEqualTo(description);
        } else if (code == 205) {
            assertThat(entry.reasonPhrase()).isEqualTo(name);
            assertThat(entry.description()).isEqualTo(description.substring("Reset Content: ".length()));
        } else {
            assertThat(entry.reasonPhrase()).isEqualTo(name);
            assertThat(entry.description()).isEqualTo(description);
        }
    }

    @Test
    void shouldCorrectTheGuidesTwoSlips() {
        assertThat(guide.entry(417).reasonPhrase()).isEqualTo("Expectation Failed");
        assertThat(guide.entry(205).description())
                .startsWith("Tells the client to reset the document view")
                .doesNotContain("Reset Content:");
    }

    @Test
    void shouldCoverIanaCodesTheGuideLacks() {
        StatusGuideEntry entry = guide.entry(506);

        assertThat(entry.reasonPhrase()).isEqualTo("Variant Also Negotiates");
        assertThat(entry.description()).isNotBlank();
        assertThat(entry.statusClass()).isEqualTo(StatusClass.SERVER_ERROR);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "150, INFORMATIONAL, Informational",
        "299, SUCCESS, Success",
        "399, REDIRECTION, Redirection",
        "460, CLIENT_ERROR, Client Error",
        "419, CLIENT_ERROR, Client Error",
        "533, SERVER_ERROR, Server Error",
        "598, SERVER_ERROR, Server Error"
    })
    void shouldResolveUnlistedCodesToTheirClass(int code, StatusClass statusClass, String title) {
        StatusGuideEntry entry = guide.entry(code);

        assertThat(entry.listed()).isFalse();
        assertThat(guide.isListed(code)).isFalse();
        assertThat(entry.statusClass()).isEqualTo(statusClass);
        assertThat(entry.reasonPhrase()).isEqualTo(title);
        assertThat(entry.description()).isEqualTo(statusClass.description());
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 99, 600, 999, Integer.MAX_VALUE})
    void shouldRejectCodesOutsideTheHttpRange(int code) {
        assertThatThrownBy(() -> guide.entry(code))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("HTTP status code must be from 100 to 599, but was " + code);
        assertThatThrownBy(() -> StatusClass.of(code)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldAnswerEveryCodeInRangeWithTheSameSharedEntry() {
        for (int code = 100; code <= 599; code++) {
            assertThat(guide.entry(code)).isSameAs(guide.entry(code));
            assertThat(guide.entry(code).code()).isEqualTo(code);
        }
        assertThat(StatusGuide.standard()).isSameAs(guide);
    }

    @Test
    void shouldKnowWhichClassesAreErrors() {
        assertThat(StatusClass.of(404).isError()).isTrue();
        assertThat(StatusClass.of(503).isError()).isTrue();
        assertThat(StatusClass.of(304).isError()).isFalse();
        assertThat(StatusClass.of(200).isError()).isFalse();
    }

    @Test
    void shouldRejectAnEntryWhoseClassDoesNotMatchItsCode() {
        assertThatThrownBy(() -> new StatusGuideEntry(404, "x", "y", StatusClass.SERVER_ERROR,
                true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("404");
    }
}
