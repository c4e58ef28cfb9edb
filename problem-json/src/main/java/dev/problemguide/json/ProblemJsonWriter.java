package dev.problemguide.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.problemguide.Problem;
import dev.problemguide.json.internal.ApplicationMapperLocator;
import dev.problemguide.json.internal.ProblemJsonEmitter;
import dev.problemguide.json.internal.ProblemMappers;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * The Jakarta REST writer of {@link Problem}s as {@code application/problem+json} (RFC 9457 section 3),
 * also used for {@code application/json}.
 *
 * <p>It writes compact UTF-8 JSON: {@code type} (always, {@code about:blank} by default), {@code title},
 * {@code status}, {@code detail}, {@code instance}, then the extension members in insertion order, absent
 * members omitted. The standard member names and this layout never change with the application's
 * {@code ObjectMapper}; extension <em>values</em> are rendered with the mapper the application provides
 * through {@code ContextResolver<ObjectMapper>} (looked up once, on first use), else with a default mapper
 * that writes {@code java.time} values as ISO-8601 text. An extension value that cannot be serialized, or
 * that is a {@code Throwable}, is dropped and logged: the body is still a valid problem.
 */
@Provider
@Produces({ProblemMediaType.APPLICATION_PROBLEM_JSON, MediaType.APPLICATION_JSON})
public final class ProblemJsonWriter implements MessageBodyWriter<Problem> {

    private static final JsonFactory FACTORY = ProblemMappers.defaultMapper().getFactory();
    private static final System.Logger LOG = System.getLogger(ProblemJsonWriter.class.getName());

    @Context
    private Providers providers;

    private volatile ObjectWriter valueWriter;

    /** Creates the writer; Jakarta REST injects the application's providers. */
    public ProblemJsonWriter() {
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return Problem.class.isAssignableFrom(type);
    }

    @Override
    public long getSize(Problem problem, Class<?> type, Type genericType, Annotation[] annotations,
                        MediaType mediaType) {
        return -1;
    }

    @Override
    public void writeTo(Problem problem, Class<?> type, Type genericType, Annotation[] annotations,
                        MediaType mediaType, MultivaluedMap<String, Object> httpHeaders, OutputStream entityStream)
            throws IOException {
        write(problem, entityStream);
    }

    /**
     * Writes a problem to a stream as compact UTF-8 JSON, leaving the stream open.
     *
     * @param problem the problem
     * @param out     the target
     * @throws IOException if the stream fails
     */
    public void write(Problem problem, OutputStream out) throws IOException {
        ObjectWriter values = valueWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            ProblemJsonEmitter.write(problem, generator, (value, target) -> values.writeValue(target, value));
        }
    }

    private ObjectWriter valueWriter() {
        ObjectWriter writer = valueWriter;
        if (writer == null) {
            try {
                ApplicationMapperLocator locator = new ApplicationMapperLocator(providers);
                ObjectMapper application = locator.applicationMapper(ProblemMediaType.APPLICATION_PROBLEM_JSON_TYPE);
                if (application == null) {
                    application = locator.applicationMapper(MediaType.APPLICATION_JSON_TYPE);
                }
                writer = application == null
                        ? ProblemMappers.defaultMapper().writer()
                        : ProblemMappers.extensionValueWriter(application);
            } catch (RuntimeException e) {
                // A failing ContextResolver must not turn every problem into an empty body.
                LOG.log(System.Logger.Level.ERROR, "The application's ObjectMapper could not be obtained; problems"
                        + " render extension values with Problem Guide's default mapper", e);
                writer = ProblemMappers.defaultMapper().writer();
            }
            valueWriter = writer;
        }
        return writer;
    }
}
