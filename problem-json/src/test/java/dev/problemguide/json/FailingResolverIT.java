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

/** The writer with a ContextResolver that throws. */
class FailingResolverIT extends LoopbackJerseyTest {
    @Override
    protected Application application() {
        return new ResourceConfig(TestResources.ProblemResource.class, ProblemJsonWriter.class,
                TestResources.FailingMapperResolver.class);
    }

    @Test
    void shouldStillWriteAValidProblemWithTheDefaultMapper() {
        String body = target("problems/out-of-credit.json").request().get().readEntity(String.class);

        assertThat(body).isEqualTo(Fixtures.text("out-of-credit.json"));
    }
}
