package dev.problemguide.spring.boot.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.problemguide.internal.OptionRegistry;
import dev.problemguide.jersey.ProblemFeature;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** Options from Boot's configuration onto Boot's ResourceConfig, and the metadata IDEs complete them from. */
class ProblemResourceConfigsTest {

    private static StandardEnvironment environment(Map<String, Object> properties, Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("application", properties));
        // Boot reads a source as environment variables by its name, the one the JVM's variables have.
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        variables));
        return environment;
    }

    @ParameterizedTest
    @CsvSource({"problemguide.maxErrors, problemguide.max-errors", "problemguide.log.serverErrors,"
            + " problemguide.log.server-errors", "problemguide.instance, problemguide.instance"})
    void shouldNameEachOptionAsBootCanonicalNamesDo(String option, String canonical) {
        assertThat(ProblemResourceConfigs.canonical(option)).isEqualTo(canonical);
    }

    @Test
    void shouldReadOptionsInEveryFormBootAccepts() {
        ProblemResourceConfigs configs = new ProblemResourceConfigs(environment(
                Map.of("problemguide.max-errors", "7", "problemguide.validationStatus", "400",
                        "problemguide.log.client-errors", "OFF"),
                Map.of("PROBLEMGUIDE_TRUSTCLIENTTRACEIDS", "false")));

        assertThat(configs.options(getClass().getClassLoader())).containsExactlyInAnyOrderEntriesOf(Map.of(
                "problemguide.maxErrors", "7", "problemguide.validationStatus", "400",
                "problemguide.log.clientErrors", "OFF", "problemguide.trustClientTraceIds", "false"));
    }

    @ParameterizedTest
    @CsvSource({"problemguide.max-errors, 0, '0'", "problemguide.validation-status, 418, '418'",
        "problemguide.instance, url, 'url'", "problemguide.messages, no-such-file, no-such-file.properties",
        "problemguide.max-erors, 5, problemguide.max-erors", "problemguide.log.level, DEBUG, problemguide.log.level"})
    void shouldStopBootAsItStartsOnAnOptionTheFeatureRefuses(String name, String value, String said) {
        ProblemResourceConfigs configs = new ProblemResourceConfigs(environment(Map.of(name, value), Map.of()));

        assertThatThrownBy(() -> configs.postProcessBeforeInitialization(new ResourceConfig(), "jersey"))
                .isInstanceOf(RuntimeException.class).hasMessageContaining(said);
    }

    @Test
    void shouldRegisterTheFeatureAndSetTheOptionsUnlessTheApplicationDid() {
        ProblemResourceConfigs configs = new ProblemResourceConfigs(environment(
                Map.of("problemguide.max-errors", "7", "problemguide.validation-status", "400"), Map.of()));
        ResourceConfig application = new ResourceConfig().property("problemguide.validationStatus", 422);

        Object processed = configs.postProcessBeforeInitialization(application, "jersey");

        assertThat(processed).isSameAs(application);
        assertThat(application.isRegistered(ProblemFeature.class)).isTrue();
        assertThat(application.getProperty("problemguide.maxErrors")).isEqualTo("7");
        assertThat(application.getProperty("problemguide.validationStatus")).isEqualTo(422);
        assertThat(configs.postProcessBeforeInitialization("not Jersey's", "other")).isEqualTo("not Jersey's");
    }

    @Test
    void shouldDescribeEveryOptionInTheMetadataAndNothingElse() throws IOException {
        JsonNode metadata;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            metadata = new ObjectMapper().readTree(in);
        }
        Set<String> described = new TreeSet<>();
        metadata.path("properties").forEach(property -> {
            described.add(property.path("name").asText());
            assertThat(property.path("description").asText()).as(property.toString()).isNotBlank();
            assertThat(property.path("type").asText()).startsWith("java.");
        });
        Set<String> options = new TreeSet<>();
        OptionRegistry.load(getClass().getClassLoader()).names()
                .forEach(name -> options.add(ProblemResourceConfigs.canonical(name)));
        // problemguide-openapi's two options are there for applications that have it; this test's class path has not.
        options.add("problemguide.openapi.enabled");
        options.add("problemguide.openapi.statuses");

        assertThat(described).isEqualTo(options);
    }
}
