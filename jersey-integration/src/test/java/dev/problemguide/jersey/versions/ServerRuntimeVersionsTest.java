package dev.problemguide.jersey.versions;

import static dev.problemguide.json.testsupport.JarVersions.version;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.validation.Validation;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import org.glassfish.jersey.client.JerseyClientBuilder;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.inject.hk2.Hk2InjectionManagerFactory;
import org.glassfish.jersey.internal.util.PropertiesHelper;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.test.JerseyTest;
import org.glassfish.jersey.test.grizzly.GrizzlyTestContainerFactory;
import org.junit.jupiter.api.Test;

/**
 * jersey-integration's tests, here and where a compat module runs them again (its test-jar), run on the Jersey, Jakarta REST and Jakarta Validation
 * API versions the build pins here (system properties {@value #EXPECTED_JERSEY}, {@value #EXPECTED_API} and
 * {@value #EXPECTED_VALIDATION}); each version is read from the {@code pom.properties} of the jar that the class
 * was actually loaded from.
 */
class ServerRuntimeVersionsTest {

    static final String EXPECTED_JERSEY = "problemguide.expected.jersey.version";
    static final String EXPECTED_API = "problemguide.expected.jakarta.ws.rs.version";
    static final String EXPECTED_VALIDATION = "problemguide.expected.jakarta.validation.version";

    @Test
    void shouldRunOnTheJerseyTheBuildPins() throws IOException {
        String expected = System.getProperty(EXPECTED_JERSEY);
        assumeTrue(expected != null, "run by Maven, which sets " + EXPECTED_JERSEY);

        String server = version(ResourceConfig.class, "org.glassfish.jersey.core", "jersey-server");
        System.out.println("jersey-integration's tests run on jersey-server " + server);
        assertThat(server).isEqualTo(expected);
        assertThat(version(PropertiesHelper.class, "org.glassfish.jersey.core", "jersey-common")).isEqualTo(expected);
        assertThat(version(JerseyClientBuilder.class, "org.glassfish.jersey.core", "jersey-client"))
                .isEqualTo(expected);
        assertThat(version(Hk2InjectionManagerFactory.class, "org.glassfish.jersey.inject", "jersey-hk2"))
                .isEqualTo(expected);
        assertThat(version(GrizzlyHttpServerFactory.class, "org.glassfish.jersey.containers",
                "jersey-container-grizzly2-http")).isEqualTo(expected);
        assertThat(version(JacksonFeature.class, "org.glassfish.jersey.media", "jersey-media-json-jackson"))
                .isEqualTo(expected);
        assertThat(version(JerseyTest.class, "org.glassfish.jersey.test-framework", "jersey-test-framework-core"))
                .isEqualTo(expected);
        assertThat(version(GrizzlyTestContainerFactory.class, "org.glassfish.jersey.test-framework.providers",
                "jersey-test-framework-provider-grizzly2")).isEqualTo(expected);
    }

    @Test
    void shouldRunOnTheJerseyBeanValidationTheBuildPinsWhenPresent() throws IOException {
        String expected = System.getProperty(EXPECTED_JERSEY);
        assumeTrue(expected != null, "run by Maven, which sets " + EXPECTED_JERSEY);
        Class<?> feature;
        try {
            feature = Class.forName("org.glassfish.jersey.server.validation.ValidationFeature");
        } catch (ClassNotFoundException absent) {
            System.out.println("jersey-integration's tests run without jersey-bean-validation");
            return; // the without-validation run leaves it out on purpose
        }
        String validation = version(feature, "org.glassfish.jersey.ext", "jersey-bean-validation");
        System.out.println("jersey-integration's tests run on jersey-bean-validation " + validation);
        assertThat(validation).isEqualTo(expected);
    }

    @Test
    void shouldRunOnTheJakartaApisTheBuildPins() throws IOException {
        String expectedApi = System.getProperty(EXPECTED_API);
        String expectedValidation = System.getProperty(EXPECTED_VALIDATION);
        assumeTrue(expectedApi != null && expectedValidation != null,
                "run by Maven, which sets " + EXPECTED_API + " and " + EXPECTED_VALIDATION);

        String api = version(Response.class, "jakarta.ws.rs", "jakarta.ws.rs-api");
        String validation = version(Validation.class, "jakarta.validation", "jakarta.validation-api");
        System.out.println("jersey-integration's tests run on jakarta.ws.rs-api " + api
                + " and jakarta.validation-api " + validation);
        assertThat(api).isEqualTo(expectedApi);
        assertThat(validation).isEqualTo(expectedValidation);
    }
}
