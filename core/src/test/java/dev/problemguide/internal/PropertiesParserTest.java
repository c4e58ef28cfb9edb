package dev.problemguide.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class PropertiesParserTest {

    private static final String TEXT = String.join("\n",
            "# a comment",
            "! another",
            "",
            "plain=value",
            "  spaced  :  value with spaces  ",
            "white space separated",
            "continued=first \\",
            "    second",
            "escaped\\ key\\=x=tab\\tnew\\nline \\u00fc \\\\",
            "empty=",
            "trailing=ends with backslash \\\\",
            "crlf=yes\r\nlast=done");

    @Test
    void shouldReadWhatJavaUtilPropertiesReads() throws Exception {
        List<PropertiesParser.Entry> entries = PropertiesParser.parse(TEXT);
        Properties expected = new Properties();
        expected.load(new StringReader(TEXT));

        assertThat(entries).hasSize(expected.size());
        for (PropertiesParser.Entry entry : entries) {
            assertThat(entry.value()).as(entry.key()).isEqualTo(expected.getProperty(entry.key()));
        }
    }

    @Test
    void shouldKeepLineNumbers() throws Exception {
        List<PropertiesParser.Entry> entries = PropertiesParser.parse(TEXT);

        assertThat(entries.get(0)).isEqualTo(new PropertiesParser.Entry("plain", "value", 4));
        assertThat(entries.get(3).line()).isEqualTo(7);
        assertThat(entries.get(4).line()).isEqualTo(9);
    }

    @Test
    void shouldReportAMalformedUnicodeEscapeWithLineAndKey() {
        assertThatThrownBy(() -> PropertiesParser.parse("ok=1\nstatus.404.title=Nicht \\u00zz gefunden"))
                .isInstanceOfSatisfying(PropertiesParser.SyntaxError.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.key()).isEqualTo("status.404.title");
                    assertThat(e.getMessage()).contains("malformed").contains("00zz");
                });
        assertThatThrownBy(() -> PropertiesParser.parse("k=\\u12")).isInstanceOf(PropertiesParser.SyntaxError.class);
    }
}
