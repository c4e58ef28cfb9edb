package dev.problemguide.jersey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.problemguide.json.testsupport.LoopbackServer;
import dev.problemguide.json.testsupport.ProblemSchema;
import java.io.IOException;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Malformed JSON, wrong types, Bean Validation and parameter conversion, over real HTTP. */
class InputErrorsIT {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String MARKER = TestApi.SECRET;
    private static final String JSON = "application/json";

    /** The ways an application gets Jersey's JacksonFeature next to ours. */
    static Stream<Arguments> applications() {
        Supplier<ResourceConfig> explicitAfter = () -> new ResourceConfig(InputApi.class)
                .register(ProblemFeature.class).register(JacksonFeature.class);
        Supplier<ResourceConfig> explicitBefore = () -> new ResourceConfig(InputApi.class)
                .register(JacksonFeature.class).register(ProblemFeature.class);
        Supplier<ResourceConfig> autoDiscovered = () -> new ResourceConfig(InputApi.class);
        return Stream.of(Arguments.of("JacksonFeature after", explicitAfter),
                Arguments.of("JacksonFeature before", explicitBefore),
                Arguments.of("both auto-discovered", autoDiscovered));
    }

    private static JsonNode problem(LoopbackServer.Answer answer, int status) throws IOException {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
        ProblemSchema.assertValid(answer.body());
        assertThat(answer.body()).doesNotContain(MARKER).doesNotContain("com.fasterxml").doesNotContain("Source:")
                .doesNotContain("java.").doesNotContain("Exception").doesNotContain("Cannot deserialize")
                .doesNotContain("Unrecognized");
        JsonNode json = MAPPER.readTree(answer.body());
        assertThat(json.path("status").asInt()).isEqualTo(status);
        return json;
    }

    private static String post(LoopbackServer server, String body) {
        return server.send("POST", "input/orders", JSON, body).body();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("applications")
    void shouldAnswerMalformedJsonWithA400InPlainWords(String name, Supplier<ResourceConfig> app) throws IOException {
        try (LoopbackServer server = LoopbackServer.start(app.get())) {
            JsonNode json = problem(server.send("POST", "input/orders", JSON,
                    "{\"customer_ref\": \"" + MARKER + "\", \"items\": [{\"productName\": }"), 400);

            assertThat(json.path("title").asText()).isEqualTo("Bad Request");
            assertThat(json.path("detail").asText()).startsWith("The request body is not valid JSON (line 1, column");
            assertThat(json.path("errors").get(0).path("detail").asText()).isEqualTo("malformed JSON");
            assertThat(json.path("errors").get(0).path("pointer").asText()).isEqualTo("#/items/0/productName");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("applications")
    void shouldPointAtAValueOfTheWrongType(String name, Supplier<ResourceConfig> app) throws IOException {
        try (LoopbackServer server = LoopbackServer.start(app.get())) {
            JsonNode json = problem(server.send("POST", "input/orders", JSON, "{\"qty\":\"" + MARKER + "\"}"), 400);

            assertThat(json.path("errors").toString())
                    .isEqualTo("[{\"detail\":\"expected an integer\",\"pointer\":\"#/qty\"}]");
            assertThat(json.path("detail").asText())
                    .isEqualTo("The request body is JSON, but does not have the expected structure.");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("applications")
    void shouldPointAtAnUnknownPropertyAndIntoLists(String name, Supplier<ResourceConfig> app) throws IOException {
        try (LoopbackServer server = LoopbackServer.start(app.get())) {
            JsonNode unknown = problem(server.send("POST", "input/orders", JSON, "{\"bogus/~x\":\"" + MARKER + "\"}"),
                    400);
            JsonNode nested = problem(server.send("POST", "input/orders", JSON,
                    "{\"items\":[{\"quantity\":1},{\"quantity\":[\"" + MARKER + "\"]}]}"), 400);

            assertThat(unknown.path("errors").toString())
                    .isEqualTo("[{\"detail\":\"unknown property\",\"pointer\":\"#/bogus~1~0x\"}]");
            assertThat(nested.path("errors").toString())
                    .isEqualTo("[{\"detail\":\"expected an integer\",\"pointer\":\"#/items/1/quantity\"}]");
        }
    }

    @Test
    void shouldAnswerAFormResourceSentAnotherBodyWithA415() throws IOException {
        try (LoopbackServer server = LoopbackServer.start(new ResourceConfig(InputApi.class))) {
            JsonNode problem = problem(server.send("POST", "input/form", JSON, "{\"name\": \"x\"}"), 415);

            assertThat(problem.path("detail").asText()).contains("application/x-www-form-urlencoded");
            assertThat(server.send("POST", "input/form", "application/x-www-form-urlencoded", "name=x").body())
                    .isEqualTo("hello x");
        }
    }

    @Test
    void shouldAnswerAnEmptyOrTruncatedBody() throws IOException {
        try (LoopbackServer server = LoopbackServer.start(new ResourceConfig(InputApi.class))) {
            JsonNode truncated = problem(server.send("POST", "input/orders", JSON, "{\"qty\": 5"), 400);
            JsonNode deep = problem(server.send("POST", "input/orders", JSON,
                    "{\"items\":" + "[".repeat(5000) + "]".repeat(5000) + "}"), 400);

            assertThat(truncated.path("errors").get(0).path("detail").asText()).isEqualTo("unexpected end of input");
            assertThat(deep.path("errors").get(0).path("detail").asText()).isNotBlank();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("applications")
    void shouldAnswerAnInvalidBodyWith422AndJsonPointers(String name, Supplier<ResourceConfig> app)
            throws IOException {
        try (LoopbackServer server = LoopbackServer.start(app.get())) {
            JsonNode json = problem(server.send("POST", "input/orders", JSON,
                    "{\"customer_ref\":\" \",\"qty\":500,\"items\":[{\"productName\":\"mug\",\"quantity\":1},"
                            + "{\"productName\":\"\",\"quantity\":0}],\"tags\":[\"ok\",\"\"]}"), 422);

            assertThat(json.path("title").asText()).isEqualTo("Unprocessable Entity");
            assertThat(json.path("errors").findValuesAsText("pointer")).containsExactly(
                    "#/customer_ref", "#/items/1/productName", "#/items/1/quantity", "#/qty", "#/tags/1");
            assertThat(json.path("errors").get(0).path("detail").asText()).isEqualTo("must not be blank");
            assertThat(json.path("errors").get(3).path("detail").asText()).isEqualTo("must be less than or equal to 99");
        }
    }

    @Test
    void shouldFollowTheApplicationsNamingStrategyInPointers() throws IOException {
        ResourceConfig app = new ResourceConfig(InputApi.class, InputApi.SnakeCaseMapper.class, JacksonFeature.class);
        try (LoopbackServer server = LoopbackServer.start(app)) {
            JsonNode json = problem(server.send("POST", "input/orders", JSON,
                    "{\"customer_ref\":\"c1\",\"qty\":5,\"items\":[{\"product_name\":\"\",\"quantity\":1}]}"), 422);
            JsonNode typed = problem(server.send("POST", "input/orders", JSON,
                    "{\"items\":[{\"product_name\":\"x\",\"quantity\":\"many\"}]}"), 400);

            assertThat(json.path("errors").findValuesAsText("pointer")).containsExactly("#/items/0/product_name");
            assertThat(typed.path("errors").findValuesAsText("pointer")).containsExactly("#/items/0/quantity");
        }
    }

    @Test
    void shouldNameInvalidParametersByTheirAnnotations() throws IOException {
        try (LoopbackServer server = LoopbackServer.start(new ResourceConfig(InputApi.class))) {
            JsonNode json = problem(server.get("input/orders?limit=1000&q=" + MARKER + "&page=0",
                    "X-Tenant", " "), 422);

            assertThat(json.path("errors").toString()).isEqualTo("["
                    + "{\"detail\":\"must not be blank\",\"in\":\"header\",\"name\":\"X-Tenant\"},"
                    + "{\"detail\":\"must be less than or equal to 100\",\"in\":\"query\",\"name\":\"limit\"},"
                    + "{\"detail\":\"must be greater than or equal to 1\",\"in\":\"query\",\"name\":\"page\"},"
                    + "{\"detail\":\"size must be between 0 and 5\",\"in\":\"query\",\"name\":\"q\"}]");
        }
    }

    @Test
    void shouldLocaliseViolationMessagesByAcceptLanguage() throws IOException {
        // The answer is in one language: German, since the messages files translate the 422 too.
        try (LoopbackServer server = LoopbackServer.start(new ResourceConfig(InputApi.class)
                .register(ProblemFeature.builder().messages("messages/lang").build()))) {
            JsonNode json = problem(server.get("input/orders?limit=1000", "X-Tenant", "t",
                    "Accept-Language", "de-CH;q=0.9, fr;q=0.8"), 422);

            assertThat(json.path("errors").get(0).path("detail").asText()).isEqualTo("muss kleiner-gleich 100 sein");
            assertThat(json.path("title").asText()).isEqualTo("Ungültige Eingabe");
        }
        // Without translated status texts, the whole answer can only be in the default language.
        try (LoopbackServer server = LoopbackServer.start(new ResourceConfig(InputApi.class))) {
            LoopbackServer.Answer answer = server.get("input/orders?limit=1000", "X-Tenant", "t",
                    "Accept-Language", "de-CH;q=0.9, fr;q=0.8");
            assertThat(problem(answer, 422).path("errors").get(0).path("detail").asText())
                    .isEqualTo("must be less than or equal to 100");
            assertThat(answer.header("Content-Language")).isNull();
        }
    }

    @Test
    void shouldUse400ForValidationWhenConfigured() throws IOException {
        try (LoopbackServer server = LoopbackServer.start(new ResourceConfig(InputApi.class)
                .property(ProblemProperties.VALIDATION_STATUS, "400"))) {
            assertThat(problem(server.get("input/orders?limit=1000&page=1", "X-Tenant", "t"), 400).path("errors").size())
                    .isEqualTo(1);
        }
    }

    @Test
    void shouldAnswerAReturnValueViolationWithA500WithoutDetails() throws IOException {
        try (LoopbackServer server = LoopbackServer.start(new ResourceConfig(InputApi.class))) {
            JsonNode json = problem(server.get("input/broken-return"), 500);

            assertThat(json.has("errors")).isFalse();
            assertThat(json.has("traceId")).isTrue();
        }
    }

    @Test
    void shouldAnswerTheApplicationsOwnJacksonFailureWithA500() throws IOException {
        try (LoopbackServer server = LoopbackServer.start(new ResourceConfig(InputApi.class)
                .register(JacksonFeature.class))) {
            JsonNode json = problem(server.get("input/app-jackson"), 500);

            assertThat(json.has("errors")).isFalse();
        }
    }

    @Test
    void shouldAnswerABadParameterWith404AsJakartaRestDemandsOr400WhenConfigured() throws IOException {
        try (LoopbackServer standard = LoopbackServer.start(new ResourceConfig(InputApi.class));
             LoopbackServer lenient = LoopbackServer.start(new ResourceConfig(InputApi.class)
                     .register(ProblemFeature.builder().paramConversionStatus(400).build()))) {
            JsonNode query = problem(standard.get("input/count?n=" + MARKER), 404);
            JsonNode path = problem(standard.get("input/orders/abc"), 404);
            JsonNode configured = problem(lenient.get("input/count?n=x"), 400);

            assertThat(query.path("errors").toString())
                    .isEqualTo("[{\"detail\":\"expected a number\",\"in\":\"query\",\"name\":\"n\"}]");
            assertThat(path.path("errors").toString())
                    .isEqualTo("[{\"detail\":\"expected a number\",\"in\":\"path\",\"name\":\"id\"}]");
            assertThat(configured.path("errors").get(0).path("name").asText()).isEqualTo("n");
        }
    }

    @Test
    void shouldAnswerANestingLimitInPlainWords() throws IOException {
        try (LoopbackServer server = LoopbackServer.start(new ResourceConfig(InputApi.class))) {
            JsonNode json = problem(server.send("POST", "input/any", JSON, "[".repeat(1500) + "]".repeat(1500)), 400);

            assertThat(json.path("errors").get(0).path("detail").asText())
                    .isEqualTo("the input exceeds a size or nesting limit");
        }
    }

    @Test
    void shouldNeverLetABroadMappingSwallowJakartaRestOrInputErrors() throws IOException {
        ResourceConfig app = new ResourceConfig(InputApi.class)
                .register(ProblemFeature.builder().map(RuntimeException.class, 503).build());
        try (LoopbackServer server = LoopbackServer.start(app)) {
            problem(server.get("nowhere"), 404);
            problem(server.send("DELETE", "input/count", null, null), 405);
            problem(server.send("POST", "input/orders", JSON, "{"), 400);
            problem(server.get("input/orders?limit=1000&page=1", "X-Tenant", "t"), 422);
            problem(server.get("input/count?n=x"), 404);
            problem(server.get("input/broken-return"), 500);
        }
    }

    @Test
    void shouldNameParametersDeclaredOnAnInterfaceOrAsResourceFields() throws IOException {
        try (LoopbackServer server = LoopbackServer.start(new ResourceConfig(InputApi.GeneratedResource.class,
                InputApi.FieldedResource.class))) {
            assertThat(problem(server.get("generated/items?limit=50"), 422).path("errors").toString()).isEqualTo(
                    "[{\"detail\":\"must be less than or equal to 10\",\"in\":\"query\",\"name\":\"limit\"}]");
            assertThat(problem(server.get("fielded?q=toolong"), 422).path("errors").toString()).isEqualTo(
                    "[{\"detail\":\"size must be between 0 and 3\",\"in\":\"query\",\"name\":\"q\"}]");
        }
    }

    @Test
    void shouldTakeJsonNamesFromAJacksonProviderRegisteredWithItsOwnMapper() throws IOException {
        ObjectMapper snake = new ObjectMapper()
                .setPropertyNamingStrategy(com.fasterxml.jackson.databind.PropertyNamingStrategies.SNAKE_CASE);
        ResourceConfig app = new ResourceConfig(InputApi.class)
                .register(new com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider(snake))
                .register(ProblemFeature.class)
                .property("jersey.config.disableAutoDiscovery", true);
        try (LoopbackServer server = LoopbackServer.start(app)) {
            JsonNode json = problem(server.send("POST", "input/orders", JSON,
                    "{\"customer_ref\":\"c1\",\"qty\":5,\"items\":[{\"product_name\":\"\",\"quantity\":1}]}"), 422);

            assertThat(json.path("errors").findValuesAsText("pointer")).containsExactly("#/items/0/product_name");
        }
    }

    @Test
    void shouldNegotiateTheLanguageOfViolationMessagesAndSayWhichItUsed() throws IOException {
        try (LoopbackServer server = LoopbackServer.start(new ResourceConfig(InputApi.class)
                .register(ProblemFeature.builder().messages("messages/lang").build()))) {
            LoopbackServer.Answer answer = server.get("input/orders?limit=1000&page=1", "X-Tenant", "t",
                    "Accept-Language", "xx, de;q=0.9");
            LoopbackServer.Answer english = server.get("input/orders?limit=1000&page=1", "X-Tenant", "t",
                    "Accept-Language", "en-GB, de;q=0.9");

            assertThat(problem(answer, 422).path("errors").get(0).path("detail").asText())
                    .isEqualTo("muss kleiner-gleich 100 sein");
            assertThat(answer.header("Content-Language")).isEqualTo("de");
            assertThat(answer.header("Vary")).contains("Accept-Language");
            assertThat(problem(english, 422).path("errors").get(0).path("detail").asText())
                    .isEqualTo("must be less than or equal to 100");
            assertThat(english.header("Content-Language")).isNull();
        }
    }

    @Test
    void shouldTreatANumberOutOfRangeAsAValueProblemNotASyntaxError() throws IOException {
        try (LoopbackServer server = LoopbackServer.start(new ResourceConfig(InputApi.class))) {
            JsonNode json = problem(server.send("POST", "input/orders", JSON,
                    "{\"qty\":99999999999999999999999}"), 400);

            assertThat(json.path("detail").asText()).doesNotContain("not valid JSON");
            assertThat(json.path("errors").toString())
                    .isEqualTo("[{\"detail\":\"number out of range for an integer\",\"pointer\":\"#/qty\"}]");
        }
    }

    @Test
    void shouldNotPointIntoTheBodyWhenItEndsTooEarly() throws IOException {
        try (LoopbackServer server = LoopbackServer.start(new ResourceConfig(InputApi.class))) {
            JsonNode json = problem(server.send("POST", "input/orders", JSON,
                    "{\"items\":[{\"productName\":\"m\","), 400);

            assertThat(json.path("errors").toString()).isEqualTo("[{\"detail\":\"unexpected end of input\"}]");
        }
    }

    @Test
    void shouldExplainValidationFailuresAnsweredWith400() throws IOException {
        try (LoopbackServer server = LoopbackServer.start(new ResourceConfig(InputApi.class)
                .property(ProblemProperties.VALIDATION_STATUS, "400"))) {
            assertThat(problem(server.get("input/orders?limit=1000&page=1", "X-Tenant", "t"), 400).path("detail")
                    .asText()).isEqualTo("The request has values that are not valid; each is listed in errors.");
        }
    }

    @Test
    void shouldPointAtTheFlatNamesOfJsonUnwrappedMembers() throws IOException {
        try (LoopbackServer server = LoopbackServer.start(new ResourceConfig(InputApi.class))) {
            JsonNode json = problem(server.send("POST", "input/shipments", JSON,
                    "{\"carrier\":\" \",\"ship_street\":\"a very long street name\",\"ship_zip\":\"1234567\"}"), 422);

            assertThat(json.path("errors").findValuesAsText("pointer"))
                    .containsExactly("#/carrier", "#/ship_street", "#/ship_zip");
        }
    }

    @Test
    void shouldCapTheErrorsListAndSayHowManyWereLeftOut() throws IOException {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            items.append(i == 0 ? "" : ",").append("{\"productName\":\"\",\"quantity\":0}");
        }
        String body = "{\"customer_ref\":\"\",\"qty\":0,\"items\":[" + items + "]}";
        ResourceConfig capped = new ResourceConfig(InputApi.class).register(ProblemFeature.builder().maxErrors(25).build());
        try (LoopbackServer server = LoopbackServer.start(capped)) {
            LoopbackServer.Answer answer = server.send("POST", "input/orders", JSON, body);
            JsonNode json = problem(answer, 422);

            assertThat(json.path("errors")).hasSize(25);
            assertThat(json.path("errorsOmitted").asInt()).isEqualTo(2 * 2_000 + 2 - 25);
            assertThat(answer.body().length()).isLessThan(16 * 1024).isLessThan(body.length());
        }
        try (LoopbackServer server = LoopbackServer.start(new ResourceConfig(InputApi.class))) {
            LoopbackServer.Answer answer = server.send("POST", "input/orders", JSON, body);
            JsonNode json = problem(answer, 422);
            assertThat(json.path("errors")).hasSize(100);
            assertThat(answer.body().length()).isLessThan(16 * 1024);
            assertThat(json.path("errorsOmitted").asInt()).isEqualTo(2 * 2_000 + 2 - 100);
        }
    }

    @Test
    void shouldNotEchoAnOverlongMemberName() throws IOException {
        String name = "k".repeat(40_000);
        try (LoopbackServer server = LoopbackServer.start(new ResourceConfig(InputApi.class))) {
            LoopbackServer.Answer answer = server.send("POST", "input/orders", JSON, "{\"" + name + "\":1}");
            JsonNode json = problem(answer, 400);

            assertThat(json.path("errors").get(0).path("detail").asText()).isEqualTo("unknown property");
            assertThat(json.path("errors").get(0).has("pointer")).isFalse();
            assertThat(answer.body().length()).isLessThan(1024);
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        // French: the validator has French messages, but the messages files have no French 422: German next.
        "fr;q=0.9, de;q=0.8 | de | Ungültige Eingabe",
        "de                 | de | Ungültige Eingabe",
        // No language the whole answer can be in: everything in the default texts.
        "fr                 |    | Invalid input",
        "es;q=0.9, en;q=0.5 |    | Invalid input"
    })
    void shouldAnswerValidationFailuresInOneLanguage(String acceptLanguage, String language, String title)
            throws IOException {
        ResourceConfig application = new ResourceConfig(InputApi.class)
                .register(ProblemFeature.builder().messages("messages/lang").build());
        try (LoopbackServer server = LoopbackServer.start(application)) {
            LoopbackServer.Answer answer = server.send("POST", "input/orders", JSON,
                    "{\"customer_ref\":\"\",\"qty\":5,\"items\":[{\"productName\":\"mug\",\"quantity\":1}]}",
                    "Accept-Language", acceptLanguage);
            JsonNode json = problem(answer, 422);

            assertThat(json.path("title").asText()).isEqualTo(title);
            assertThat(answer.header("Content-Language")).isEqualTo(language);
            String detail = json.path("errors").get(0).path("detail").asText();
            if ("de".equals(language)) {
                assertThat(detail).isEqualTo("darf nicht leer sein");
            } else {
                assertThat(detail).isEqualTo("must not be blank");
            }
        }
    }

    @Test
    void shouldKeepTheAnswerSmallWhenTheClientChoosesLongNames() throws IOException {
        StringBuilder labels = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            labels.append(i == 0 ? "" : ",").append('"').append(String.format("%03d", i)).append("x".repeat(200))
                    .append("\":\"\"");
        }
        String body = "{\"customer_ref\":\"c\",\"qty\":5,\"items\":[{\"productName\":\"mug\",\"quantity\":1}],"
                + "\"labels\":{" + labels + "}}";
        try (LoopbackServer server = LoopbackServer.start(new ResourceConfig(InputApi.class))) {
            LoopbackServer.Answer answer = server.send("POST", "input/orders", JSON, body);
            JsonNode json = problem(answer, 422);

            assertThat(answer.body().length()).isLessThan(16 * 1024);
            assertThat(json.path("errors").size()).isBetween(1, 99);
            assertThat(json.path("errors").size() + json.path("errorsOmitted").asInt()).isEqualTo(200);
        }
    }
}
