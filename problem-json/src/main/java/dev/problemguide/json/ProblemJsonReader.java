package dev.problemguide.json;

import com.fasterxml.jackson.databind.ObjectReader;
import dev.problemguide.Problem;
import dev.problemguide.json.internal.ProblemMappers;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * The Jakarta REST reader of {@link Problem}s from {@code application/problem+json} or
 * {@code application/json}: register it on a client to read the problems an API answers with.
 *
 * <p>It is tolerant as RFC 9457 section 3.1 requires: a standard member with the wrong JSON type is
 * ignored as if absent, unknown members become extensions, and a missing {@code type} means
 * {@code about:blank}. It reads back every problem {@link ProblemJsonWriter} writes.
 */
@Provider
@Consumes({ProblemMediaType.APPLICATION_PROBLEM_JSON, MediaType.APPLICATION_JSON})
public final class ProblemJsonReader implements MessageBodyReader<Problem> {

    private static final ObjectReader READER = ProblemMappers.defaultMapper().readerFor(Problem.class);

    /** Creates the reader. */
    public ProblemJsonReader() {
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == Problem.class;
    }

    @Override
    public Problem readFrom(Class<Problem> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                            MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        return read(entityStream);
    }

    /**
     * Reads a problem from a stream of JSON, leaving the stream open.
     *
     * @param in the JSON text
     * @return the problem
     * @throws IOException if the stream fails or does not hold a JSON object
     */
    public Problem read(InputStream in) throws IOException {
        return READER.readValue(in);
    }
}
