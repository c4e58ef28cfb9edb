package dev.problemguide.dropwizard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Problem Guide's options as a Dropwizard configuration reads them. */
class ProblemsFactoryTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldReadOptionsNestedOptionsListsAndLeaveEmptyOnesUnset() throws IOException {
        ProblemsFactory factory = JSON.readValue("{\"maxErrors\": 50, \"log\": {\"serverErrors\": \"WARNING\"},"
                + " \"openapi\": {\"statuses\": [400, 404]}, \"messages\": null}", ProblemsFactory.class);

        assertThat(factory.properties()).containsExactlyInAnyOrderEntriesOf(Map.of("problemguide.maxErrors", "50",
                "problemguide.log.serverErrors", "WARNING", "problemguide.openapi.statuses", "400,404"));
    }

    @Test
    void shouldWriteBackWhatItRead() throws IOException {
        ProblemsFactory factory = JSON.readValue("{\"maxErrors\": 50, \"typeBaseUri\": \"https://e.example/\"}",
                ProblemsFactory.class);

        ProblemsFactory again = JSON.readValue(JSON.writeValueAsString(factory), ProblemsFactory.class);

        assertThat(again.properties()).isEqualTo(factory.properties());
    }
}
