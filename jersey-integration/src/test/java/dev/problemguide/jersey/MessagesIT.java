package dev.problemguide.jersey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.problemguide.ProblemMapping;
import dev.problemguide.json.testsupport.LoopbackServer;
import dev.problemguide.json.testsupport.ProblemSchema;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.InputMismatchException;
import java.util.NoSuchElementException;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Texts and exception mappings from a messages file, in two languages, over real HTTP. */
class MessagesIT {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static LoopbackServer server;

    /** Mapped by the messages file only; its getter feeds a placeholder. */
    public static class OrderGone extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String orderId;

        public OrderGone(String orderId) {
            super("internal " + TestApi.SECRET);
            this.orderId = orderId;
        }

        public String getOrderId() {
            return orderId;
        }

        public String getInternalNote() {
            return TestApi.SECRET;
        }
    }

    /** Mapped by annotation; the file overrides its title. */
    @ProblemMapping(status = 409, title = "Title from the annotation", detail = "Detail from the annotation")
    public static class Annotated extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /** Fails in the ways the file maps. */
    @Path("shop")
    public static class ShopResource {
        @GET
        @Path("gone/{id}")
        public String gone(@PathParam("id") String id) {
            throw new OrderGone(id);
        }

        @GET
        @Path("third-party")
        public String thirdParty() {
            throw new NoSuchElementException(TestApi.SECRET);
        }

        @GET
        @Path("third-party-subclass")
        public String thirdPartySubclass() {
            throw new InputMismatchException(TestApi.SECRET);
        }

        @GET
        @Path("annotated")
        public String annotated() {
            throw new Annotated();
        }

        @GET
        @Path("explicit")
        public String explicit() {
            throw new NotFoundException("Order 7 does not exist");
        }

        @GET
        @Path("conflict")
        public Response conflict() {
            return Response.status(409).build();
        }
    }

    @BeforeAll
    static void start() {
        server = LoopbackServer.start(new ResourceConfig(ShopResource.class)
                .property(ProblemProperties.MESSAGES, "messages/shop"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode problem(LoopbackServer.Answer answer, int status) throws IOException {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
        ProblemSchema.assertValid(answer.body());
        assertThat(answer.body()).doesNotContain(TestApi.SECRET);
        return MAPPER.readTree(answer.body());
    }

    @Test
    void shouldOverrideTheGuidesTextsPerStatus() throws IOException {
        LoopbackServer.Answer answer = server.get("nowhere");

        JsonNode json = problem(answer, 404);
        assertThat(json.path("title").asText()).isEqualTo("Not here");
        assertThat(json.path("detail").asText()).isEqualTo("We could not find what you asked for.");
        assertThat(answer.header("Content-Language")).isNull();
        assertThat(answer.header("Vary")).contains("Accept-Language");
        assertThat(problem(server.get("shop/conflict"), 409).path("detail").asText()).isEqualTo("Conflict (status 409).");
    }

    @Test
    void shouldNeverReplaceAnExplicitDetail() throws IOException {
        JsonNode json = problem(server.get("shop/explicit"), 404);

        assertThat(json.path("title").asText()).isEqualTo("Not here");
        assertThat(json.path("detail").asText()).isEqualTo("Order 7 does not exist");
    }

    @Test
    void shouldMapAThirdPartyExceptionAndItsSubclassesFromTheFile() throws IOException {
        for (String path : new String[] {"shop/third-party", "shop/third-party-subclass"}) {
            JsonNode json = problem(server.get(path), 404);

            assertThat(json.path("type").asText()).isEqualTo("https://api.example.com/problems/missing");
            assertThat(json.path("title").asText()).isEqualTo("Nothing there");
            assertThat(json.path("detail").asText()).isEqualTo("We could not find what you asked for.");
        }
    }

    @Test
    void shouldFillPlaceholdersFromTheExceptionsGettersAsPlainText() throws IOException {
        JsonNode json = problem(server.get("shop/gone/A-17"), 410);
        JsonNode tricky = problem(server.get("shop/gone/%7Bstatus%7D"), 410);

        assertThat(json.path("title").asText()).isEqualTo("Order gone");
        assertThat(json.path("detail").asText()).isEqualTo("Order A-17 was removed ({archived}).");
        assertThat(json.has("orderId")).isFalse();
        assertThat(tricky.path("detail").asText()).isEqualTo("Order {status} was removed ({archived}).");
    }

    @Test
    void shouldLetTheFileWinOverTheAnnotationMemberByMember() throws IOException {
        JsonNode json = problem(server.get("shop/annotated"), 409);

        assertThat(json.path("title").asText()).isEqualTo("Title from the file");
        assertThat(json.path("detail").asText()).isEqualTo("Detail from the annotation");
    }

    @Test
    void shouldAnswerInTheLanguageTheClientPrefers() throws IOException {
        LoopbackServer.Answer german = server.get("nowhere", "Accept-Language", "de-CH;q=0.9, fr;q=0.8");
        LoopbackServer.Answer gone = server.get("shop/gone/9", "Accept-Language", "fr;q=0.5, de;q=0.7");

        JsonNode json = problem(german, 404);
        assertThat(json.path("title").asText()).isEqualTo("Nicht gefunden");
        assertThat(german.header("Content-Language")).isEqualTo("de");
        assertThat(german.header("Vary")).contains("Accept-Language");
        assertThat(problem(gone, 410).path("detail").asText()).isEqualTo("Bestellung 9 wurde entfernt.");
        assertThat(problem(gone, 410).path("title").asText()).isEqualTo("Order gone");
        assertThat(gone.header("Content-Language")).isEqualTo("de");
    }

    @Test
    void shouldFallBackToTheDefaultTextsForOtherOrMalformedLanguages() throws IOException {
        for (String header : new String[] {"fr", "en, de;q=0.5", "de;q=abc", ";;;", "x".repeat(3000), "*"}) {
            LoopbackServer.Answer answer = server.get("nowhere", "Accept-Language", header);

            assertThat(problem(answer, 404).path("title").asText()).as(header).isEqualTo("Not here");
            assertThat(answer.header("Content-Language")).as(header).isNull();
        }
    }

    @Test
    void shouldStopTheApplicationOnAnInvalidFile() {
        assertThatThrownBy(() -> new ApplicationHandler(new ResourceConfig(ShopResource.class)
                .register(ProblemFeature.builder().messages("messages/broken").build())))
                .hasStackTraceContaining("messages/broken.properties line 2, key 'status.4044.title'")
                .hasStackTraceContaining("status must be from 100 to 599, but was 4044");
    }

    @Test
    void shouldStopTheApplicationWhenANamedFileDoesNotExist() {
        assertThatThrownBy(() -> new ApplicationHandler(new ResourceConfig(ShopResource.class)
                .property(ProblemProperties.MESSAGES, "messages/absent")))
                .hasStackTraceContaining("No messages file messages/absent.properties");
    }
}
