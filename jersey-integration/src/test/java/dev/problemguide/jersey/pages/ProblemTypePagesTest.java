package dev.problemguide.jersey.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.problemguide.jersey.ProblemFeature;
import dev.problemguide.jersey.ProblemProperties;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProblemTypePagesTest {

    @Test
    void shouldWriteIntoAFolderNamedWithDots(@TempDir Path folder) throws Exception {
        List<Path> written = ProblemTypePages.write(new ResourceConfig().register(ProblemFeature.builder()
                .typeBaseUri(URI.create("/problems/")).build()), folder.resolve("sub/.."));

        assertThat(written).containsExactly(folder.resolve("index.html"), folder.resolve("index.json"));
        assertThat(Files.readString(folder.resolve("index.html"))).startsWith("<!DOCTYPE html>")
                .contains("<tr id=\"status-404\">");
    }

    @Test
    void shouldRefuseAnApplicationWithoutProblemGuide(@TempDir Path folder) {
        assertThatThrownBy(() -> ProblemTypePages.write(new ResourceConfig()
                .property(ProblemProperties.AUTO_DISCOVERY, false), folder))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ProblemFeature is not registered");
        assertThat(folder).isEmptyDirectory();
    }
}
