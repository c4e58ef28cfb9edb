package dev.problemguide.client;

import static dev.problemguide.json.testsupport.JarVersions.version;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import org.glassfish.jersey.client.JerseyClientBuilder;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.internal.util.PropertiesHelper;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;

/**
 * The Jersey and Jakarta REST API that the client's tests run on are the ones the build says: here Jersey 4.0,
 * in a compat module (compat/jersey-3.1) the version it pins. The build hands the expected versions over as the
 * system properties {@value #EXPECTED_JERSEY} and {@value #EXPECTED_API}; each version is read from the
 * {@code pom.properties} of the jar that the class was actually loaded from.
 */
class RuntimeVersionsTest {

    static final String EXPECTED_JERSEY = "problemguide.expected.jersey.version";
    static final String EXPECTED_API = "problemguide.expected.jakarta.ws.rs.version";

    @Test
    void shouldRunOnTheJerseyTheBuildPins() throws IOException {
        String expected = System.getProperty(EXPECTED_JERSEY);
        assumeTrue(expected != null, "run by Maven, which sets " + EXPECTED_JERSEY);

        String client = version(JerseyClientBuilder.class, "org.glassfish.jersey.core", "jersey-client");
        System.out.println("Client tests run on jersey-client " + client);
        assertThat(ClientBuilder.newBuilder()).isInstanceOf(JerseyClientBuilder.class);
        assertThat(client).isEqualTo(expected);
        assertThat(version(PropertiesHelper.class, "org.glassfish.jersey.core", "jersey-common")).isEqualTo(expected);
        assertThat(version(ResourceConfig.class, "org.glassfish.jersey.core", "jersey-server")).isEqualTo(expected);
        assertThat(version(GrizzlyHttpServerFactory.class, "org.glassfish.jersey.containers",
                "jersey-container-grizzly2-http")).isEqualTo(expected);
    }

    @Test
    void shouldRunOnTheJakartaRestApiTheBuildPins() throws IOException {
        String expected = System.getProperty(EXPECTED_API);
        assumeTrue(expected != null, "run by Maven, which sets " + EXPECTED_API);

        String api = version(Response.class, "jakarta.ws.rs", "jakarta.ws.rs-api");
        System.out.println("Client tests run on jakarta.ws.rs-api " + api);
        assertThat(api).isEqualTo(expected);
    }
}
