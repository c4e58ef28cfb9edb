package dev.problemguide.jersey.internal.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.problemguide.Problem;
import dev.problemguide.ProblemExtension;
import dev.problemguide.ProblemFactory;
import dev.problemguide.ProblemMapping;
import dev.problemguide.jersey.internal.config.FeatureConfig;
import dev.problemguide.jersey.internal.config.FeatureOptions;
import dev.problemguide.jersey.internal.pipeline.ErrorContext;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MappingTableTest {

    @ProblemMapping(status = 404, type = "thing-missing", title = "Thing missing", detail = "No such thing.")
    static class ThingMissing extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    static class SpecificThingMissing extends ThingMissing {
        private static final long serialVersionUID = 1L;

        @ProblemExtension
        public boolean isArchived() {
            return true;
        }
    }

    @ProblemMapping(status = 409)
    static class Clash extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    static MappingTable mappings(Map<Class<? extends Throwable>, Problem> configured) {
        return new MappingTable(new FeatureConfig(ProblemFactory.standard(), null,
                Map.of(FeatureOptions.TYPE_BASE_URI, URI.create("https://errors.example.com/p/")), configured, Set.of(),
                List.of()));
    }

    private static ErrorContext context() {
        return new ErrorContext(404, null, null, null, true);
    }

    @Test
    void shouldMapAnAnnotatedClassAndResolveItsTypeAgainstTheBase() {
        Mapping mapped = mappings(Map.of()).find(ThingMissing.class);

        assertThat(mapped.draft(new ThingMissing(), context()).problem()).isEqualTo(
                Problem.builder().status(404)
                .type(URI.create("https://errors.example.com/p/thing-missing")).title("Thing missing")
                .detail("No such thing.").build());
    }

    @Test
    void shouldInheritTheMappingAndAddTheSubclassesMembers() {
        Mapping mapped = mappings(Map.of()).find(SpecificThingMissing.class);

        assertThat(mapped.status()).isEqualTo(404);
        assertThat(mapped.draft(new SpecificThingMissing(), context()).problem().extensions()).containsExactly(Map.entry("archived", true));
    }

    @Test
    void shouldTakeEachMemberFromTheBuilderBeforeTheAnnotationOfTheSameClass() {
        MappingTable mappings = mappings(Map.of(ThingMissing.class, Problem.builder().status(410).build()));

        assertThat(mappings.find(SpecificThingMissing.class).status()).isEqualTo(410);
        assertThat(mappings.find(SpecificThingMissing.class).template().type())
                .isEqualTo(URI.create("https://errors.example.com/p/thing-missing"));
    }

    @Test
    void shouldPreferTheClosestClass() {
        MappingTable mappings = mappings(Map.of(RuntimeException.class, Problem.builder().status(400).build()));

        assertThat(mappings.find(Clash.class).status()).isEqualTo(409);
        assertThat(mappings.find(IllegalStateException.class).status()).isEqualTo(400);
        assertThat(mappings.find(Exception.class)).isNull();
    }

    @Test
    void shouldReturnNullForUnmappedClassesAndCacheResults() {
        MappingTable mappings = mappings(Map.of());

        assertThat(mappings.find(IllegalStateException.class)).isNull();
        assertThat(mappings.find(Clash.class)).isSameAs(mappings.find(Clash.class));
    }
}
