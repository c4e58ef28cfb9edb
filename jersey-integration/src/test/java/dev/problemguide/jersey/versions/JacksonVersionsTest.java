package dev.problemguide.jersey.versions;

import static dev.problemguide.json.testsupport.JarVersions.version;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * jersey-integration's tests, here and where a compat module runs them again, run on the Jackson version the build pins here (system
 * property {@value #EXPECTED_JACKSON}; jackson-annotations, which has had no patch number since 2.20, against
 * {@value #EXPECTED_ANNOTATIONS} when that is set). Each version is read from the {@code pom.properties} of the jar
 * that the class was actually loaded from, and jackson-databind's own {@code PackageVersion} is checked too.
 */
class JacksonVersionsTest {

    static final String EXPECTED_JACKSON = "problemguide.expected.jackson.version";
    static final String EXPECTED_ANNOTATIONS = "problemguide.expected.jackson.annotations.version";

    @Test
    void shouldRunOnTheJacksonTheBuildPins() throws IOException {
        String expected = System.getProperty(EXPECTED_JACKSON);
        assumeTrue(expected != null, "run by Maven, which sets " + EXPECTED_JACKSON);

        String databind = version(ObjectMapper.class, "com.fasterxml.jackson.core", "jackson-databind");
        System.out.println("jersey-integration's tests run on jackson-databind " + databind);
        assertThat(databind).isEqualTo(expected);
        assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString()).isEqualTo(expected);
        assertThat(version(JsonFactory.class, "com.fasterxml.jackson.core", "jackson-core")).isEqualTo(expected);
        assertThat(version(JsonProperty.class, "com.fasterxml.jackson.core", "jackson-annotations"))
                .isEqualTo(System.getProperty(EXPECTED_ANNOTATIONS, expected));
        assertThat(version(JavaTimeModule.class, "com.fasterxml.jackson.datatype", "jackson-datatype-jsr310"))
                .isEqualTo(expected);
        assertThat(version(JacksonJsonProvider.class, "com.fasterxml.jackson.jakarta.rs",
                "jackson-jakarta-rs-json-provider")).isEqualTo(expected);
    }
}
