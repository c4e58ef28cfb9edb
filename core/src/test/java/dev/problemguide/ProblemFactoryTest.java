package dev.problemguide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProblemFactoryTest {

    /** A source backed by a map of "status|locale-tag|title-or-detail" keys, counting its calls. */
    private static final class MapSource implements StatusTextSource {
        final Map<String, String> texts;
        final Set<Locale> locales;
        final AtomicInteger calls = new AtomicInteger();

        MapSource(Map<String, String> texts, Set<Locale> locales) {
            this.texts = texts;
            this.locales = locales;
        }

        @Override
        public String title(int status, Locale locale) {
            calls.incrementAndGet();
            return texts.get(status + "|" + locale.toLanguageTag() + "|title");
        }

        @Override
        public String detail(int status, Locale locale) {
            calls.incrementAndGet();
            return texts.get(status + "|" + locale.toLanguageTag() + "|detail");
        }

        @Override
        public Set<Locale> locales() {
            return locales;
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 404, 409, 417, 422, 429, 500, 503, 506, 599})
    void shouldCreateProblemsWithTheGuidesTexts(int status) {
        StatusGuideEntry entry = StatusGuide.standard().entry(status);

        Problem problem = ProblemFactory.standard().create(status);

        assertThat(problem.type()).isEqualTo(Problem.DEFAULT_TYPE);
        assertThat(problem.status()).isEqualTo(status);
        assertThat(problem.title()).isEqualTo(entry.reasonPhrase());
        assertThat(problem.detail()).isEqualTo(entry.description());
        assertThat(problem.extensions()).isEmpty();
    }

    @Test
    void shouldPrecomputeProblemsInsteadOfBuildingThemPerCall() {
        assertThat(ProblemFactory.standard().create(404)).isSameAs(ProblemFactory.standard().create(404));
        assertThat(ProblemFactory.standard().texts(460).title()).isEqualTo("Client Error");
    }

    @Test
    void shouldFillOnlyWhatTheProblemLacks() {
        ProblemFactory factory = ProblemFactory.standard();
        Problem explicit = Problem.builder().status(404).detail("Order 42 does not exist").build();

        Problem enriched = factory.enrich(explicit);

        assertThat(enriched.title()).isEqualTo("Not Found");
        assertThat(enriched.detail()).isEqualTo("Order 42 does not exist");
        Problem complete = enriched.withTitle("Order missing");
        assertThat(factory.enrich(complete)).isSameAs(complete);
        Problem statusless = Problem.builder().title("t").build();
        assertThat(factory.enrich(statusless)).isSameAs(statusless);
    }

    @Test
    void shouldPreferSourcesInOrderThenTheGuide() {
        MapSource first = new MapSource(Map.of("404|und|title", "Missing"), Set.of());
        MapSource second = new MapSource(Map.of("404|und|title", "Ignored", "404|und|detail", "Nothing here."),
                Set.of());

        ProblemFactory factory = ProblemFactory.builder().textSource(first).textSource(second).build();

        assertThat(factory.texts(404)).isEqualTo(new StatusTexts("Missing", "Nothing here.", null));
        assertThat(factory.texts(409).title()).isEqualTo("Conflict");
        assertThat(factory.create(404).title()).isEqualTo("Missing");
    }

    @Test
    void shouldResolveLocalesWithFallbackToLanguageAndDefault() {
        MapSource source = new MapSource(Map.of(
                "404|de|title", "Nicht gefunden",
                "404|de-CH|detail", "Nüt gfunde.",
                "404|und|detail", "Gone fishing."), Set.of(Locale.GERMAN, Locale.forLanguageTag("de-CH")));
        ProblemFactory factory = ProblemFactory.builder().textSource(source).build();

        assertThat(factory.locales()).containsExactlyInAnyOrder(Locale.GERMAN, Locale.forLanguageTag("de-CH"));
        assertThat(factory.texts(404, Locale.forLanguageTag("de-CH")))
                .isEqualTo(new StatusTexts("Nicht gefunden", "Nüt gfunde.", Locale.forLanguageTag("de-CH")));
        assertThat(factory.texts(404, Locale.GERMAN))
                .isEqualTo(new StatusTexts("Nicht gefunden", "Gone fishing.", Locale.GERMAN));
        assertThat(factory.texts(404, Locale.forLanguageTag("de-AT")))
                .as("an unknown region falls back to its language")
                .isEqualTo(factory.texts(404, Locale.GERMAN));
        assertThat(factory.texts(404, Locale.FRENCH)).isEqualTo(new StatusTexts("Not Found", "Gone fishing.", null));
        assertThat(factory.texts(409, Locale.GERMAN)).isEqualTo(factory.texts(409));
        assertThat(factory.enrich(Problem.builder().status(404).build(), Locale.GERMAN).title())
                .isEqualTo("Nicht gefunden");
    }

    @Test
    void shouldAskSourcesOnlyWhenBuilt() {
        MapSource source = new MapSource(Map.of(), Set.of(Locale.GERMAN));
        ProblemFactory factory = ProblemFactory.builder().textSource(source).build();
        int callsAtBuild = source.calls.get();

        for (int i = 0; i < 100; i++) {
            factory.enrich(Problem.builder().status(404).build(), Locale.GERMAN);
            factory.texts(500, Locale.FRENCH);
        }

        assertThat(callsAtBuild).isPositive();
        assertThat(source.calls.get()).isEqualTo(callsAtBuild);
    }

    @Test
    void shouldRejectStatusesOutOfRangeAndNullArguments() {
        assertThatThrownBy(() -> ProblemFactory.standard().create(600)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProblemFactory.standard().texts(99, Locale.GERMAN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProblemFactory.standard().enrich(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ProblemFactory.builder().textSource(null)).isInstanceOf(NullPointerException.class);
    }
}
