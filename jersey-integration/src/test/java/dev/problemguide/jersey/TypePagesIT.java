package dev.problemguide.jersey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.problemguide.ProblemExtension;
import dev.problemguide.json.testsupport.LoopbackServer;
import dev.problemguide.json.testsupport.ProblemSchema;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The problem type pages over real HTTP: index, pages, their JSON form, languages, escaping, what they refuse. */
class TypePagesIT {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static LoopbackServer server;

    /** Mapped by the messages file, with two extension members. */
    public static class OrderGone extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String orderId;

        public OrderGone(String orderId) {
            super("internal " + TestApi.SECRET);
            this.orderId = orderId;
        }

        @ProblemExtension
        public String getOrderId() {
            return orderId;
        }

        @ProblemExtension
        public int getAttempts() {
            return 3;
        }
    }

    /** Mapped by the messages file to texts that hold markup. */
    public static class Hostile extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /** Fails in the ways the file maps. */
    @Path("shop")
    public static class ShopResource {
        @GET
        @Path("gone/{id}")
        public String gone(@PathParam("id") String id) throws OrderGone, Hostile {
            throw new OrderGone(id);
        }
    }

    /** Takes the pages' path for itself. */
    @Path("problems")
    public static class Clash {
        @GET
        public String get() {
            return "mine";
        }
    }

    /** Takes a path below the pages' from the root. */
    @Path("/")
    public static class ClashBelow {
        @GET
        @Path("problems/special")
        public String get() {
            return "mine";
        }
    }

    /** Takes every page's path with a template. */
    @Path("problems/{id}")
    public static class ClashTemplate {
        @GET
        public String get() {
            return "mine";
        }
    }

    @BeforeAll
    static void start() {
        server = LoopbackServer.start(new ResourceConfig(ShopResource.class).register(ProblemFeature.builder()
                .messages("messages/pages")
                .typeBaseUri(URI.create("/problems/"))
                .typePages("/problems/")
                .build()));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void shouldOpenThePageOfTheTypeAProblemCarries() throws IOException {
        LoopbackServer.Answer problem = server.get("shop/gone/A-17");
        String type = MAPPER.readTree(problem.body()).path("type").asText();

        assertThat(type).isEqualTo("/problems/order-gone");
        LoopbackServer.Answer page = server.get(type.substring(1), "Accept", "text/html,*/*;q=0.8");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).isEqualToIgnoringCase("text/html;charset=UTF-8");
        assertThat(page.header("Vary")).contains("Accept").contains("Accept-Language");
        assertThat(page.header("Content-Language")).isEqualTo("en");
        assertThat(page.header("Content-Security-Policy")).startsWith("default-src 'none'; style-src 'sha256-");
        assertThat(page.body()).contains("<h1>Order gone</h1>", "410 Gone", "<code>/problems/order-gone</code>",
                "Order <code class=\"placeholder\">{orderId}</code> was removed ({archived}).",
                "<td><code>attempts</code></td><td>integer</td>", "&quot;orderId&quot; : &quot;…&quot;",
                "Each answer also has its <code>instance</code>.</p>",
                "<a href=\"/problems/\">Problem types</a>",
                "<a href=\"/problems/order-gone?lang=de\" hreflang=\"de\" lang=\"de\">Deutsch</a>");
        assertThat(page.body()).doesNotContain("TypePagesIT", "<script");
    }

    @Test
    void shouldListEveryTypeAndEveryErrorStatusInTheIndex() {
        for (String path : new String[] {"problems", "problems/"}) {
            LoopbackServer.Answer index = server.get(path);

            assertThat(index.status()).as(path).isEqualTo(200);
            assertThat(index.header("Content-Type")).isEqualToIgnoringCase("text/html;charset=UTF-8");
            assertThat(index.body()).contains("<a href=\"/problems/order-gone\"><code>/problems/order-gone</code></a>",
                    "<a href=\"/problems/hostile\">",
                    "<tr id=\"status-404\"><td>404</td><td>Not Found</td><td>We could not find what you asked for.",
                    "<tr id=\"status-503\">");
        }
    }

    @Test
    void shouldAnswerTheSameContentAsJsonWhenAsked() throws IOException {
        LoopbackServer.Answer page = server.get("problems/order-gone", "Accept", "application/json");
        LoopbackServer.Answer index = server.get("problems/", "Accept", "application/json");

        assertThat(page.header("Content-Type")).isEqualTo("application/json");
        assertThat(MAPPER.readTree(page.body())).isEqualTo(fixture("order-gone.json"));
        JsonNode json = MAPPER.readTree(index.body());
        assertThat(json.path("types")).hasSize(2);
        assertThat(json.path("types").get(0).path("page").asText()).isEqualTo("hostile");
        assertThat(json.path("types").get(1)).isEqualTo(MAPPER.readTree(
                "{\"type\":\"/problems/order-gone\",\"status\":410,\"title\":\"Order gone\",\"page\":\"order-gone\"}"));
        assertThat(json.path("statuses").findValuesAsText("status")).contains("400", "404", "422", "500", "503");
        assertThat(json.path("languages")).hasSize(2);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "problems/order-gone          | de-CH, en;q=0.5 | de",
        "problems/order-gone?lang=de  | fr              | de",
        "problems/order-gone?lang=DE  |                 | de",
        "problems/order-gone?lang=xx  | de              | de",
        "problems/order-gone?lang=en  | de              | en",
        "problems/order-gone          | fr, *;q=0.1     | en",
        "problems/order-gone          | ;;;de           | en"})
    void shouldNegotiateTheLanguage(String path, String acceptLanguage, String expected) throws IOException {
        LoopbackServer.Answer page = acceptLanguage == null ? server.get(path, "Accept", "application/json")
                : server.get(path, "Accept", "application/json", "Accept-Language", acceptLanguage);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Language")).isEqualTo(expected);
        assertThat(MAPPER.readTree(page.body()))
                .isEqualTo(fixture(expected.equals("de") ? "order-gone_de.json" : "order-gone.json"));
    }

    @Test
    void shouldShowGermanTextsWithTheLanguageMarkedAndKeepTheChoiceInLinks() {
        LoopbackServer.Answer page = server.get("problems/order-gone?lang=de");
        LoopbackServer.Answer index = server.get("problems/?lang=de");

        assertThat(page.body()).contains("<h1 lang=\"de\">Bestellung entfernt</h1>",
                "<a href=\"/problems/?lang=de\">Problem types</a>", "href=\"/problems/order-gone?lang=en\"");
        assertThat(index.body()).contains("href=\"/problems/order-gone?lang=de\"",
                "<td lang=\"de\">Nicht gefunden</td>", "<tr id=\"status-400\"><td>400</td><td>Bad Request</td>");
    }

    @Test
    void shouldRenderTextsThatHoldMarkupAsText() {
        LoopbackServer.Answer page = server.get("problems/hostile");
        LoopbackServer.Answer index = server.get("problems");

        assertThat(page.body()).contains("<h1>&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; &amp; "
                + "&quot;quotes&quot;</h1>", "&lt;/p&gt;&lt;img src=x onerror=alert(1)&gt;\uFFFD</p>");
        assertThat(page.body() + index.body()).doesNotContain("<script", "<img", "\u0007");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "GET    | problems/nothing-here  | text/html        | 404",
        "GET    | problems/order-gone/x  | text/html        | 404",
        "GET    | problems/..%2Fshop     | text/html        | 404",
        "DELETE | problems/order-gone    | text/html        | 405",
        "POST   | problems/              | text/html        | 405",
        "GET    | problems/order-gone    | image/png        | 406"})
    void shouldAnswerWhatThePagesDoNotServeWithAProblem(String method, String path, String accept, int status)
            throws IOException {
        LoopbackServer.Answer answer = server.send(method, path, null, null, "Accept", accept);

        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
        ProblemSchema.assertValid(answer.body());
    }

    @Test
    void shouldAnswerHeadWithoutABody() {
        LoopbackServer.Answer head = server.send("HEAD", "problems/order-gone", null, null);

        assertThat(head.status()).isEqualTo(200);
        assertThat(head.header("Content-Type")).isEqualToIgnoringCase("text/html;charset=UTF-8");
        assertThat(head.body()).isEmpty();
    }

    @Test
    void shouldServeNoPagesByDefault() {
        try (LoopbackServer plain = LoopbackServer.start(new ResourceConfig(ShopResource.class))) {
            assertThat(plain.get("problems/").status()).isEqualTo(404);
        }
    }

    @ParameterizedTest
    @ValueSource(classes = {Clash.class, ClashBelow.class, ClashTemplate.class})
    void shouldStopTheApplicationWhenAResourceHasAPathAtOrBelowThePages(Class<?> resource) {
        assertThatThrownBy(() -> new ApplicationHandler(new ResourceConfig(resource)
                .property(ProblemProperties.TYPE_PAGES, "problems")))
                .hasStackTraceContaining("The problem type pages cannot be served at 'problems'")
                .hasStackTraceContaining(resource.getName());
    }

    @Test
    void shouldTakeThePathAsAPropertyWithItsSlashes() {
        try (LoopbackServer slashes = LoopbackServer.start(new ResourceConfig(ShopResource.class)
                .property(ProblemProperties.TYPE_PAGES, " /problems/ "))) {
            assertThat(slashes.get("problems/").status()).isEqualTo(200);
        }
    }

    @Test
    void shouldMarkTheLanguageOfEachTextAsTheTextIsIn() throws IOException {
        LoopbackServer.Answer index = server.get("problems/?lang=de");
        LoopbackServer.Answer hostile = server.get("problems/hostile?lang=de", "Accept", "application/json");

        // Only the title of 404 is translated: its detail stays English, and says so.
        assertThat(index.body()).contains("<td lang=\"de\">Nicht gefunden</td><td>We could not find what you asked");
        assertThat(index.body()).contains("<td lang=\"de\">Bestellung entfernt</td>", "<td>&lt;script&gt;");
        // No German text for this type at all: the page is in English, and says so.
        assertThat(hostile.header("Content-Language")).isEqualTo("en");
        assertThat(MAPPER.readTree(hostile.body()).path("language").asText()).isEqualTo("en");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "problemguide.typePages    | ../problems",
        "problemguide.typePages    | pro blems",
        "problemguide.typePages    | /",
        "problemguide.typeBaseUri  | //evil.example/problems/",
        "problemguide.typeBaseUri  | problems/",
        "problemguide.typeBaseUri  | /problems/?x=1"})
    void shouldRefuseAPathThatIsNotOne(String property, String value) {
        assertThatThrownBy(() -> new ApplicationHandler(new ResourceConfig(ShopResource.class)
                .property(property, value)))
                .hasStackTraceContaining(property + " must be");
    }

    private static JsonNode fixture(String name) throws IOException {
        try (InputStream in = TypePagesIT.class.getResourceAsStream("/pages/" + name)) {
            return MAPPER.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
