package dev.problemguide.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Keeps the README true: its commands, its sample table and its quick start are checked against the code. */
class ReadmeIT {

    private static String readme() throws IOException {
        return Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    }

    @Test
    void shouldShowExactlyTheTwoSetUpCommandsAndTheCiScriptShouldRunTheTestCommand() throws IOException {
        String readme = readme();

        assertThat(readme).contains("mvn -B -q -pl samples -am package exec:java -DskipTests\n");
        assertThat(readme).contains("mvn -B verify\n");
        assertThat(Files.readString(Path.of("..", ".ci", "run"))).contains("mvn -B verify");
    }

    @Test
    void shouldListEveryCommandTheSamplePrintsWithItsStatus() throws IOException {
        String readme = readme();
        URI base = URI.create("http://127.0.0.1:" + SampleServer.DEFAULT_PORT + "/");

        for (Showcase.Example example : Showcase.EXAMPLES) {
            String row = "| `" + example.curl(base) + "` | " + example.status();
            assertThat(readme).as("README row for %s", example.shows()).contains(row);
        }
    }

    @Test
    void shouldShowTheQuickStartThatIsCompiledAndTested() throws IOException {
        String source = Files.readString(Path.of("src/main/java/dev/problemguide/samples/QuickStart.java"));
        String snippet = source.substring(source.indexOf("// quick-start:begin\n") + "// quick-start:begin\n".length(),
                source.indexOf("    // quick-start:end"));
        String unindented = Arrays.stream(snippet.split("\n"))
                .map(line -> line.startsWith("    ") ? line.substring(4) : line)
                .collect(Collectors.joining("\n", "", "\n"));

        assertThat(readme()).contains("```java\n" + unindented + "```");
    }

    @Test
    void shouldShowAMessagesFileThatLoadsAndValidates() throws IOException {
        String readme = readme();
        int start = readme.indexOf("```properties\n") + "```properties\n".length();
        String example = readme.substring(start, readme.indexOf("```", start));
        Path dir = Files.createTempDirectory("readme-messages");
        Files.writeString(dir.resolve("readme-example.properties"), example);

        dev.problemguide.ProblemMessages messages;
        try (java.net.URLClassLoader loader = new java.net.URLClassLoader(new java.net.URL[] {dir.toUri().toURL()},
                getClass().getClassLoader())) {
            messages = dev.problemguide.ProblemMessages.load("readme-example", loader);
        }

        assertThat(messages.title(404, java.util.Locale.ROOT)).isEqualTo("Not Found");
        assertThat(messages.detail(409, java.util.Locale.ROOT)).isEqualTo("Conflict (status 409).");
        assertThat(messages.exceptions()).containsKeys("java.util.NoSuchElementException",
                "dev.problemguide.samples.OrderNotFoundException");
    }
}
