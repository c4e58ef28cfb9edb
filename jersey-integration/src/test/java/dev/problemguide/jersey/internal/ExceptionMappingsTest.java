package dev.problemguide.jersey.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.problemguide.Problem;
import dev.problemguide.ProblemExtension;
import dev.problemguide.ProblemFactory;
import dev.problemguide.ProblemMapping;
import dev.problemguide.jersey.InstanceStrategy;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExceptionMappingsTest {

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

    static ExceptionMappings mappings(Map<Class<? extends Throwable>, Problem> configured) {
        return new ExceptionMappings(new ProblemOptions(ProblemFactory.standard(), null,
                URI.create("https://errors.example.com/p/"), InstanceStrategy.REQUEST_PATH, true, Level.ERROR,
                Level.DEBUG, 422, 404, configured, List.of()));
    }

    @Test
    void shouldMapAnAnnotatedClassAndResolveItsTypeAgainstTheBase() {
        ExceptionMappings.MappedException mapped = mappings(Map.of()).find(ThingMissing.class);

        assertThat(mapped.problemFor(new ThingMissing(), new Occurrence(404, null, null, null))).isEqualTo(
                Problem.builder().status(404)
                .type(URI.create("https://errors.example.com/p/thing-missing")).title("Thing missing")
                .detail("No such thing.").build());
    }

    @Test
    void shouldInheritTheMappingAndAddTheSubclassesMembers() {
        ExceptionMappings.MappedException mapped = mappings(Map.of()).find(SpecificThingMissing.class);

        assertThat(mapped.status()).isEqualTo(404);
        assertThat(mapped.problemFor(new SpecificThingMissing(), new Occurrence(404, null, null, null)).extensions()).containsExactly(Map.entry("archived", true));
    }

    @Test
    void shouldTakeEachMemberFromTheBuilderBeforeTheAnnotationOfTheSameClass() {
        ExceptionMappings mappings = mappings(Map.of(ThingMissing.class, Problem.builder().status(410).build()));

        assertThat(mappings.find(SpecificThingMissing.class).status()).isEqualTo(410);
        assertThat(mappings.find(SpecificThingMissing.class).template().type())
                .isEqualTo(URI.create("https://errors.example.com/p/thing-missing"));
    }

    @Test
    void shouldPreferTheClosestClass() {
        ExceptionMappings mappings = mappings(Map.of(RuntimeException.class, Problem.builder().status(400).build()));

        assertThat(mappings.find(Clash.class).status()).isEqualTo(409);
        assertThat(mappings.find(IllegalStateException.class).status()).isEqualTo(400);
        assertThat(mappings.find(Exception.class)).isNull();
    }

    @Test
    void shouldReturnNullForUnmappedClassesAndCacheResults() {
        ExceptionMappings mappings = mappings(Map.of());

        assertThat(mappings.find(IllegalStateException.class)).isNull();
        assertThat(mappings.find(Clash.class)).isSameAs(mappings.find(Clash.class));
    }
}
