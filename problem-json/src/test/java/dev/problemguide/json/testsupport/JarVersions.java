package dev.problemguide.json.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Properties;

/** The versions of the jars that classes were really loaded from, for the tests that prove what a build runs on. */
public final class JarVersions {

    private JarVersions() {
    }

    /**
     * Reads the version in the Maven {@code pom.properties} of the jar that a class was loaded from.
     *
     * @param type       a class of that jar
     * @param groupId    the jar's group id
     * @param artifactId the jar's artifact id
     * @return the version
     * @throws IOException if the properties cannot be read
     */
    public static String version(Class<?> type, String groupId, String artifactId) throws IOException {
        String classFile = type.getResource(type.getSimpleName() + ".class").toString();
        assertThat(classFile).as("where %s comes from", type.getName()).startsWith("jar:").contains("!/");
        URI properties = URI.create(classFile.substring(0, classFile.indexOf("!/") + 2)
                + "META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties");
        Properties read = new Properties();
        try (InputStream in = properties.toURL().openStream()) {
            read.load(in);
        }
        return read.getProperty("version");
    }
}
