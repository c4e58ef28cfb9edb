package dev.problemguide.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.problemguide.Problem;
import dev.problemguide.json.testsupport.LoopbackJerseyTest;
import dev.problemguide.json.testsupport.ProblemSchema;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ContextResolver;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The writer and reader over real HTTP on Grizzly, with Problem Guide's default mapper. */
class ProblemJsonIT extends LoopbackJerseyTest {
    @Override
    protected Application application() {
        return new ResourceConfig(TestResources.ProblemResource.class, ProblemJsonWriter.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"minimal.json", "not-found.json", "out-of-credit.json", "extension-kinds.json"})
    void shouldServeTheFixtureBytesAsProblemJson(String fixture) {
        Response response = target("problems").path(fixture).request().get();
        String body = response.readEntity(String.class);

        assertThat(response.getMediaType().toString()).isEqualTo(ProblemMediaType.APPLICATION_PROBLEM_JSON);
        assertThat(body).isEqualTo(Fixtures.text(fixture));
        ProblemSchema.assertValid(body);
    }

    @Test
    void shouldWriteApplicationJsonWhenOnlyThatIsAccepted() {
        Response response = target("problems/not-found.json").request(MediaType.APPLICATION_JSON).get();

        assertThat(response.getMediaType()).isEqualTo(MediaType.APPLICATION_JSON_TYPE);
        assertThat(response.readEntity(String.class)).isEqualTo(Fixtures.text("not-found.json"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-found.json", "out-of-credit.json", "extension-kinds.json"})
    void shouldBeReadBackByAClientWithTheReader(String fixture) {
        Problem problem = client().register(ProblemJsonReader.class)
                .target(getBaseUri()).path("problems").path(fixture).request().get().readEntity(Problem.class);

        Problem expected = SampleProblems.all().get(fixture);
        assertThat(problem.type()).isEqualTo(expected.type());
        assertThat(problem.status()).isEqualTo(expected.status());
        assertThat(problem.detail()).isEqualTo(expected.detail());
        assertThat(problem.extensions().keySet()).containsExactlyElementsOf(expected.extensions().keySet());
    }
}
