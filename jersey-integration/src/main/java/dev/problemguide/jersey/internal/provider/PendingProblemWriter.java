package dev.problemguide.jersey.internal.provider;

import dev.problemguide.jersey.internal.pipeline.Draft;
import dev.problemguide.jersey.internal.pipeline.PendingProblem;
import dev.problemguide.jersey.internal.pipeline.ProblemPipeline;
import dev.problemguide.jersey.internal.request.RequestView;
import dev.problemguide.json.ProblemJsonWriter;
import dev.problemguide.json.ProblemMediaType;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.MessageBodyWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * The safety net behind {@link PendingProblemFilter}: writes a pending problem that reached the writer without
 * passing that filter (an application's response filter at the same highest priority that ran first and
 * replaced the response, say), completing it here from the injected request. Its exact type wins over any
 * general-purpose JSON writer, so the pending problem is never serialized as a bean.
 */
@Produces({ProblemMediaType.APPLICATION_PROBLEM_JSON, MediaType.APPLICATION_JSON, MediaType.WILDCARD})
public final class PendingProblemWriter implements MessageBodyWriter<PendingProblem> {

    @Context
    private Request request;
    @Context
    private UriInfo uriInfo;
    @Context
    private HttpHeaders headers;

    private final ProblemPipeline pipeline;
    private final ProblemJsonWriter writer = new ProblemJsonWriter();

    /**
     * Creates the writer.
     *
     * @param pipeline the pipeline
     */
    public PendingProblemWriter(ProblemPipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == PendingProblem.class;
    }

    @Override
    public void writeTo(PendingProblem pending, Class<?> type, Type genericType, Annotation[] annotations,
                        MediaType mediaType, MultivaluedMap<String, Object> httpHeaders, OutputStream entityStream)
            throws IOException {
        // A writer is not told the response's status: the one the mapper decided on is the best it knows.
        Draft done = pending.complete(pipeline, pending.decidedStatus(), RequestView.of(request, uriInfo, headers));
        httpHeaders.putSingle(HttpHeaders.CONTENT_TYPE, ProblemMediaType.APPLICATION_PROBLEM_JSON_TYPE);
        pipeline.headers(done, httpHeaders::add);
        writer.write(done.problem(), entityStream);
    }
}
