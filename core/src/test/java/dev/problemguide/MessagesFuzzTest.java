package dev.problemguide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random messages files — keys valid and invalid, escapes, placeholders, braces: either loading succeeds
 * and every status text the file configures is served exactly, or it fails with one clear message that
 * names the file. Never another kind of failure, never a half-applied file.
 */
class MessagesFuzzTest {

    private static final Pattern STATUS_TITLE = Pattern.compile("status\\.(\\d{3})\\.title");

    @Provide
    Arbitrary<List<String>> files() {
        Arbitrary<String> key = Arbitraries.oneOf(
                Arbitraries.integers().between(90, 610).map(c -> "status." + c + ".title"),
                Arbitraries.integers().between(90, 610).map(c -> "status." + c + ".detail"),
                Arbitraries.of("status.x.title", "statuses.404.title", "exception.java.lang.IllegalStateException.status",
                        "exception.java.lang.IllegalStateException.title", "exception.com.nowhere.Gone.status",
                        "exception.java.util.NoSuchElementException.detail", "title", "", "status.404"));
        Arbitrary<String> value = Arbitraries.oneOf(
                Arbitraries.strings().alpha().numeric().withChars(" .,!-").ofMaxLength(30),
                Arbitraries.of("{status}", "Error {status}!", "{{literal}}", "{unknown}", "{", "}", "\\u00e9t\\u00e9",
                        "\\uZZZZ", "trailing \\\\", "404", "abc", "https://x.example/p", "not a uri", "ünïcödé"));
        return Combinators.combine(key, value).as((k, v) -> k + "=" + v).list().ofMinSize(1).ofMaxSize(12);
    }

    @Property(tries = 300)
    void shouldEitherServeEveryConfiguredTextOrFailClearly(@ForAll("files") List<String> lines) throws IOException {
        Path dir = Files.createTempDirectory("messages-fuzz");
        try {
            Files.writeString(dir.resolve("fuzz.properties"), String.join("\n", lines), StandardCharsets.UTF_8);
            ProblemMessages messages;
            try {
                messages = ProblemMessages.load("fuzz", loader(dir));
            } catch (IllegalStateException e) {
                assertThat(e.getMessage()).startsWith("Invalid Problem Guide messages").contains("fuzz.properties");
                return;
            }
            ProblemFactory factory = ProblemFactory.builder().textSource(messages).build();
            for (String line : lines) {
                String key = line.substring(0, line.indexOf('='));
                Matcher matcher = STATUS_TITLE.matcher(key);
                if (matcher.matches()) {
                    int status = Integer.parseInt(matcher.group(1));
                    String configured = messages.title(status, Locale.ROOT);
                    assertThat(configured).as(line).isNotNull();
                    assertThat(factory.texts(status).title()).isEqualTo(configured);
                }
            }
        } finally {
            try (var files = Files.list(dir)) {
                files.forEach(f -> f.toFile().delete());
            }
            Files.delete(dir);
        }
    }

    private static ClassLoader loader(Path dir) {
        try {
            return new URLClassLoader(new URL[] {dir.toUri().toURL()}, MessagesFuzzTest.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new UncheckedIOException(e);
        }
    }
}
