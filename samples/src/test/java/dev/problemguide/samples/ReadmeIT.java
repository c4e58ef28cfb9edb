package dev.problemguide.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.problemguide.Problem;
import dev.problemguide.ProblemMessages;
import dev.problemguide.jersey.ProblemFeature;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;

/** Keeps the README true: its commands, its sample table and its quick start are checked against the code. */
class ReadmeIT {

    private static String readme() throws IOException {
        return Files.readString(Paths.get("..", "README.md"), StandardCharsets.UTF_8);
    }

    @Test
    void shouldShowExactlyTheTwoSetUpCommandsAndTheCiScriptShouldRunTheTestCommand() throws IOException {
        String readme = readme();

        assertThat(readme).contains("mvn -B -q -pl samples -am package exec:java -DskipTests\n");
        assertThat(readme).contains("mvn -B verify\n");
        assertThat(Files.readString(Paths.get("..", ".ci", "run"))).contains("mvn -B verify");
    }

    @Test
    void shouldListEveryCommandTheSamplePrintsWithItsStatus() throws IOException {
        String readme = readme();
        URI base = URI.create("http://127.0.0.1:" + SampleServer.DEFAULT_PORT + "/");

        for (Showcase.Example example : Showcase.EXAMPLES) {
            String row = "| `" + example.curl(base) + "` | " + example.status();
            assertThat(readme).as("README row for %s", example.shows()).contains(row);
        }
        assertThat(readme).as("the command for the OpenAPI document")
                .contains("`" + SampleServer.openApiCurl(base) + "`");
        assertThat(readme).as("where the type pages are").contains(SampleServer.typePagesUri(base).toString());
        assertThat(readme).as("the command for the counters").contains("`" + SampleServer.metricsCurl(base) + "`");
    }

    @Test
    void shouldShowTheQuickStartThatIsCompiledAndTested() throws IOException {
        String source = Files.readString(Paths.get("src/main/java/dev/problemguide/samples/QuickStart.java"));
        String snippet = source.substring(source.indexOf("// quick-start:begin\n") + "// quick-start:begin\n".length(),
                source.indexOf("    // quick-start:end"));
        String unindented = Arrays.stream(snippet.split("\n"))
                .map(line -> line.startsWith("    ") ? line.substring(4) : line)
                .collect(Collectors.joining("\n", "", "\n"));

        assertThat(readme()).contains("```java\n" + unindented + "```");
    }

    /** Throws what the README's messages file maps. */
    @Path("missing")
    public static class Missing {
        @GET
        public String get() {
            throw new NoSuchElementException("SECRET internal text");
        }
    }

    @Test
    void shouldShowAMessagesFileThatLoadsAndValidatesAndMapsItsException() throws Exception {
        String readme = readme();
        int start = readme.indexOf("```properties\n") + "```properties\n".length();
        String example = readme.substring(start, readme.indexOf("```", start));
        var dir = Files.createTempDirectory("readme-messages");
        Files.writeString(dir.resolve("readme-example.properties"), example);

        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            ProblemMessages messages = ProblemMessages.load("readme-example", loader);
            assertThat(messages.title(404, Locale.ROOT)).isEqualTo("Not Found");
            assertThat(messages.detail(409, Locale.ROOT)).isEqualTo("Conflict (status 409).");

            // The file's exception mapping, through a real (in-memory) Jersey application that reads it.
            thread.setContextClassLoader(loader);
            ApplicationHandler application = new ApplicationHandler(new ResourceConfig(Missing.class)
                    .register(ProblemFeature.builder().messages("readme-example").build()));
            ContainerResponse response = application.apply(new ContainerRequest(URI.create("http://localhost/"),
                    URI.create("http://localhost/missing"), "GET", null, new MapPropertiesDelegate(),
                    application.getConfiguration())).get(10, TimeUnit.SECONDS);
            assertThat(response.getStatus()).isEqualTo(404);
            Problem problem = (Problem) response.getEntity();
            assertThat(problem.type()).hasToString("https://api.example.com/problems/not-found");
            assertThat(problem.detail()).isEqualTo("We could not find what you asked for.");
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
