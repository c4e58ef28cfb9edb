package dev.problemguide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.problemguide.internal.FileMapping;
import dev.problemguide.internal.MessageBundle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProblemMessagesTest {

    /** An exception with a getter a placeholder can name. */
    public static class OrderMissing extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public long getOrderId() {
            return 42;
        }
    }

    @TempDir
    Path dir;

    private ClassLoader files(Map<String, String> files) {
        files.forEach((name, text) -> {
            try {
                Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try {
            return new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void shouldLoadStatusTextsExceptionMappingsAndTranslations() {
        ClassLoader loader = files(Map.of(
                "errors.properties", "status.404.title=Not here\nstatus.409.detail=Clash ({status}).\n"
                        + "exception.java.util.NoSuchElementException.status=404\n"
                        + "exception.java.util.NoSuchElementException.type=https://api.example.com/p/missing\n"
                        + "exception." + OrderMissing.class.getName() + ".status=404\n"
                        + "exception." + OrderMissing.class.getName() + ".detail=Order {orderId} ({status}).\n",
                "errors_de.properties", "status.404.title=Nicht hier\n"
                        + "exception." + OrderMissing.class.getName() + ".detail=Bestellung {orderId}.\n",
                "errors_de_CH.properties", "status.404.detail=Nüt da.\n"));

        ProblemMessages messages = ProblemMessages.load("errors", loader);

        assertThat(messages.locales()).containsExactlyInAnyOrder(Locale.GERMAN, Locale.forLanguageTag("de-CH"));
        assertThat(messages.title(404, Locale.ROOT)).isEqualTo("Not here");
        assertThat(messages.title(404, Locale.GERMAN)).isEqualTo("Nicht hier");
        assertThat(messages.detail(409, Locale.ROOT)).isEqualTo("Clash (409).");
        assertThat(messages.detail(404, Locale.ROOT)).isNull();
        Map<String, FileMapping> mappings = MessageBundle.load("errors", loader, type -> false).mappings();
        FileMapping missing = mappings.get("java.util.NoSuchElementException");
        assertThat(missing.exceptionType()).isEqualTo(NoSuchElementException.class);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.type()).hasToString("https://api.example.com/p/missing");
        FileMapping order = mappings.get(OrderMissing.class.getName());
        assertThat(order.details()).containsOnlyKeys(Locale.ROOT, Locale.GERMAN);

        ProblemFactory factory = ProblemFactory.builder().textSource(messages).build();
        assertThat(factory.texts(404, Locale.forLanguageTag("de-CH")))
                .isEqualTo(new StatusTexts("Nicht hier", "Nüt da.", Locale.forLanguageTag("de-CH")));
        assertThat(factory.texts(404).detail()).startsWith("We're sorry");
    }

    @Test
    void shouldAnswerNullWhenThereIsNoFile() {
        assertThat(ProblemMessages.load("nothing-here", files(Map.of()))).isNull();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "statuss.404.title=x                                   | unknown key; keys start with 'status.' or 'exception.'",
        "status.404.name=x                                     | expected status.<code>.title or status.<code>.detail",
        "status.700.title=x                                    | status must be from 100 to 599, but was 700",
        "status.abc.title=x                                    | 'abc' is not a status code",
        "status.404.title=Hi {name}                            | placeholder {name} names nothing",
        "status.404.title=Hi {oops                             | is not closed",
        "exception.com.acme.Missing.status=404                 | class com.acme.Missing does not exist",
        "exception.java.lang.String.status=404                 | class java.lang.String is not an exception",
        "exception.java.lang.IllegalStateException.status=600  | must be an error status, 400 to 599, but was 600",
        "exception.java.lang.IllegalStateException.type=a b    | is not a valid URI reference",
        "exception.java.lang.IllegalStateException.color=red   | expected exception.<class name>.status",
        "exception.java.lang.IllegalStateException.title=x     | has no status",
        "status.404.title=Nicht \\u00zz da                     | malformed unicode escape",
    })
    void shouldRefuseAnInvalidFileNamingFileLineAndKey(String line, String problem) {
        ClassLoader loader = files(Map.of("bad.properties", "# first line\n" + line.trim() + "\n"));

        assertThatThrownBy(() -> ProblemMessages.load("bad", loader))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("bad.properties line 2, key '")
                .hasMessageContaining(problem.trim());
    }

    @Test
    void shouldNameThePlaceholderAndWhatTheExceptionProvides() {
        String key = "exception." + OrderMissing.class.getName();
        ClassLoader loader = files(Map.of("bad.properties", key + ".status=404\n" + key + ".detail=Order {orderNo}\n"));

        assertThatThrownBy(() -> ProblemMessages.load("bad", loader))
                .hasMessageContaining("bad.properties line 2, key '" + key + ".detail'")
                .hasMessageContaining("placeholder {orderNo} names nothing")
                .hasMessageContaining("[orderId, status]");
    }

    @Test
    void shouldRefuseStructuralKeysInATranslationDuplicatesAndBadEncoding() throws IOException {
        ClassLoader loader = files(Map.of("t.properties", "status.404.title=a\nstatus.404.title=b\n",
                "t_de.properties", "exception.java.lang.IllegalStateException.status=404\n"));
        Files.write(dir.resolve("t_fr.properties"), new byte[] {'k', '=', (byte) 0xC3, (byte) 0x28});

        assertThatThrownBy(() -> ProblemMessages.load("t", loader))
                .hasMessageContaining("3 problems")
                .hasMessageContaining("t.properties line 2, key 'status.404.title': the key appears twice")
                .hasMessageContaining("t_de.properties line 1, key 'exception.java.lang.IllegalStateException.status'")
                .hasMessageContaining("belongs in the default file")
                .hasMessageContaining("t_fr.properties: not valid UTF-8");
    }

    @Test
    void shouldAcceptTextsForAClassWhoseStatusComesFromElsewhere() {
        ClassLoader loader = files(Map.of("b.properties", "exception.java.lang.IllegalStateException.title=Oops\n"));

        assertThatThrownBy(() -> ProblemMessages.load("b", loader)).hasMessageContaining("has no status");
        assertThat(MessageBundle.load("b", loader, type -> type == IllegalStateException.class).mappings())
                .containsKey("java.lang.IllegalStateException");
    }

    @Test
    void shouldReportATranslationWhoseNameIsNotALocale() {
        ClassLoader loader = files(Map.of("n.properties", "status.404.title=x\n", "n_DE.properties", "status.404.title=y\n"));

        assertThatThrownBy(() -> ProblemMessages.load("n", loader))
                .hasMessageContaining("n_DE.properties: the part after '_' is not a locale");
    }
}
