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

/** The resources and application types that the HTTP tests of this module serve. */
final class TestResources {

    private TestResources() {
    }

    /** Serves the sample problems by fixture name. */
    @Path("problems")
    public static class ProblemResource {
        @GET
        @Path("{name}")
        @Produces({ProblemMediaType.APPLICATION_PROBLEM_JSON, MediaType.APPLICATION_JSON})
        public Response problem(@PathParam("name") String name) {
            Problem problem = SampleProblems.all().get(name);
            return Response.status(problem.status() == null ? 400 : problem.status()).entity(problem).build();
        }

        @GET
        @Path("app-mapper")
        @Produces(ProblemMediaType.APPLICATION_PROBLEM_JSON)
        public Response appMapper() {
            Problem problem = Problem.builder()
                    .type(URI.create("https://api.example.com/problems/price-changed"))
                    .title("Price changed").status(409).detail("The price of item 7 changed.")
                    .instance(URI.create("/carts/3"))
                    .extension("unitPrice", new Money(new BigDecimal("12.50"), "EUR"))
                    .extension("lineItem", new LineItem("Blue mug", 2))
                    .build();
            return Response.status(409).entity(problem).build();
        }
    }

    /** An application value type with a custom serializer in the application's mapper. */
    public record Money(BigDecimal amount, String currency) {
    }

    /** An application bean whose property names follow the application's naming strategy. */
    public record LineItem(String itemName, int quantityOrdered) {
    }

    /** A resolver that fails: problems must still be written. */
    public static final class FailingMapperResolver implements ContextResolver<ObjectMapper> {
        @Override
        public ObjectMapper getContext(Class<?> type) {
            throw new IllegalStateException("resolver broken");
        }
    }

    /** The application's mapper: every setting that could disturb the standard members is on. */
    public static final class AppMapperResolver implements ContextResolver<ObjectMapper> {
        private final ObjectMapper mapper = new ObjectMapper()
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(SerializationFeature.WRAP_ROOT_VALUE)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .activateDefaultTyping(com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator.builder()
                        .allowIfBaseType(Object.class).build(), ObjectMapper.DefaultTyping.NON_FINAL)
                .registerModule(new SimpleModule().addSerializer(Money.class, new StdSerializer<Money>(Money.class) {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public void serialize(Money value, JsonGenerator gen, SerializerProvider provider)
                            throws IOException {
                        gen.writeString(value.amount().toPlainString() + " " + value.currency());
                    }
                }));

        @Override
        public ObjectMapper getContext(Class<?> type) {
            return mapper;
        }
    }
}
