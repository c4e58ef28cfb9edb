package dev.problemguide.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.problemguide.jersey.pages.ProblemTypePages;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nu.validator.client.EmbeddedValidator;
import org.glassfish.grizzly.http.server.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample's problem type pages over real HTTP: every type it answers opens its page, every page in every
 * language passes the W3C Nu HTML checker (vnu) without error or warning, and the generator writes the same pages
 * as files, which pass it too and link only to each other.
 */
class TypePagesIT {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");
    private static HttpServer server;
    private static URI base;
    private static HttpClient client;

    @BeforeAll
    static void start() {
        server = SampleServer.start(0);
        base = SampleServer.baseUri(server);
        // HTTP/1.1 without an h2c upgrade attempt: with it, the POST examples got no answer here.
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    @AfterAll
    static void stop() {
        server.shutdownNow();
    }

    private static HttpResponse<String> get(URI uri, String accept) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void shouldOpenThePageOfEveryTypeTheSampleAnswers() throws Exception {
        List<String> opened = new ArrayList<>();
        for (Showcase.Example example : Showcase.EXAMPLES) {
            URI called = base.resolve(example.path().substring(1));
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(called)
                    .method(example.method(), example.jsonBody() == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(example.jsonBody()))
                    .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
            JsonNode problem = MAPPER.readTree(answer.body());
            if (problem.path("type").asText().equals("about:blank")) {
                continue;
            }
            // A client resolves a relative type against the URI it called (RFC 9457 section 3.1.1).
            HttpResponse<String> page = get(called.resolve(problem.path("type").asText()), "text/html");

            assertThat(page.statusCode()).as(example.shows()).isEqualTo(200);
            assertThat(page.body()).contains("<h1>" + problem.path("title").asText() + "</h1>");
            opened.add(problem.path("type").asText());
        }
        assertThat(opened).contains("/problems/order-not-found", "/problems/customer-not-found");
    }

    @Test
    void shouldServePagesThatTheNuHtmlCheckerPassesInEveryLanguage() throws Exception {
        JsonNode index = MAPPER.readTree(get(SampleServer.typePagesUri(base), "application/json").body());
        List<String> checked = new ArrayList<>();
        for (JsonNode language : index.path("languages")) {
            String lang = "?lang=" + language.asText();
            checked.add(assertValid(get(SampleServer.typePagesUri(base).resolve(lang), "text/html").body(), lang));
            for (JsonNode type : index.path("types")) {
                URI page = SampleServer.typePagesUri(base).resolve(type.path("page").asText() + lang);
                checked.add(assertValid(get(page, "text/html").body(), page.toString()));
            }
        }
        assertThat(checked).hasSize(2 * (1 + index.path("types").size())).hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void shouldWriteTheSamePagesAsFilesThatLinkOnlyToEachOther(@TempDir Path folder) throws Exception {
        List<Path> written = ProblemTypePages.write(new SampleApplication(), folder);

        JsonNode index = MAPPER.readTree(get(SampleServer.typePagesUri(base), "application/json").body());
        assertThat(MAPPER.readTree(Files.readString(folder.resolve("index.json")))).isEqualTo(index);
        for (JsonNode type : index.path("types")) {
            String name = type.path("page").asText();
            JsonNode served = MAPPER.readTree(get(SampleServer.typePagesUri(base).resolve(name + "?lang=de"),
                    "application/json").body());
            assertThat(MAPPER.readTree(Files.readString(folder.resolve("de/" + name + ".json")))).isEqualTo(served);
        }
        try (Stream<Path> files = Files.walk(folder)) {
            List<Path> html = files.filter(f -> f.toString().endsWith(".html")).toList();
            assertThat(written).containsAll(html).hasSize(2 * html.size());
            for (Path file : html) {
                String text = Files.readString(file);
                assertValid(text, file.toString());
                Matcher href = HREF.matcher(text);
                while (href.find()) {
                    assertThat(file.resolveSibling(href.group(1))).as(file + " -> " + href.group(1)).exists();
                }
            }
        }
    }

    @Test
    void shouldUseACheckerThatFindsWhatIsWrong() throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        JsonNode report = MAPPER.readTree(validator.validate(new ByteArrayInputStream(
                "<!DOCTYPE html><html><title>x</title><p><div>x</p>".getBytes(StandardCharsets.UTF_8))));

        assertThat(report.path("messages").findValuesAsText("type")).contains("error");
    }

    /** Runs the Nu HTML checker on a page; any error, and any warning, fails. */
    private static String assertValid(String html, String what) throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        JsonNode report = MAPPER.readTree(validator.validate(
                new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8))));

        assertThat(report.path("messages")).as(what + ": " + report.path("messages")).isEmpty();
        assertThat(html).startsWith("<!DOCTYPE html>");
        return what;
    }
}
