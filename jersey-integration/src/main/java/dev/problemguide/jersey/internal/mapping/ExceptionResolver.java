package dev.problemguide.jersey.internal.mapping;

import dev.problemguide.Problem;
import dev.problemguide.ProblemException;
import dev.problemguide.RemoteProblemException;
import dev.problemguide.jersey.DownstreamProblems;
import dev.problemguide.jersey.internal.pipeline.DeferredResponse;
import dev.problemguide.jersey.internal.pipeline.Draft;
import dev.problemguide.jersey.internal.pipeline.ErrorContext;
import dev.problemguide.jersey.internal.pipeline.LogText;
import dev.problemguide.jersey.internal.pipeline.ProblemPipeline;
import dev.problemguide.jersey.internal.request.RequestView;
import dev.problemguide.json.ProblemMediaType;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Providers;
import java.lang.System.Logger.Level;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

/**
 * Decides what response an exception becomes, then hands it to the pipeline. In order: an exception class
 * mapped by the messages files, the builder or {@code @ProblemMapping} (closest class wins) gives its mapped
 * problem; the exception families (request-body JSON, parameters, Bean Validation) theirs; a downstream
 * service's {@link RemoteProblemException} what {@link DownstreamProblems} says (by default a 502 that forwards
 * nothing of it; see {@link DownstreamProblemResolver}); a {@link ProblemException} its own problem and headers;
 * a {@link WebApplicationException} its status and headers, or its own entity untouched; anything else a 500
 * whose body says nothing of the exception. The response's entity is a
 * {@link dev.problemguide.jersey.internal.pipeline.PendingProblem} that the response filter completes. Never
 * throws: if deciding fails, the answer is the guide's 500 with a trace id that the log line carries too.
 */
public final class ExceptionResolver {

    private static final System.Logger LOG = System.getLogger("dev.problemguide.jersey.ProblemFeature");

    private static final Function<ErrorContext, Draft> EMPTY = context -> Draft.EMPTY;

    private final ProblemPipeline pipeline;
    private final MappingTable mappings;
    private final List<ExceptionFamily> families;
    private final boolean clientErrorMessages;
    private final DownstreamProblemResolver downstream;

    /**
     * Creates the decision of one feature.
     *
     * @param pipeline            the pipeline
     * @param mappings            the exception mappings
     * @param families            the exception families, asked in order
     * @param clientErrorMessages whether a 4xx WebApplicationException's own message becomes the detail
     * @param downstreamProblems  what a RemoteProblemException becomes
     */
    public ExceptionResolver(ProblemPipeline pipeline, MappingTable mappings, List<ExceptionFamily> families,
                             boolean clientErrorMessages, DownstreamProblems downstreamProblems) {
        this.pipeline = pipeline;
        this.mappings = mappings;
        this.families = List.copyOf(families);
        this.clientErrorMessages = clientErrorMessages;
        this.downstream = new DownstreamProblemResolver(downstreamProblems);
    }

    /**
     * Returns the response for an exception.
     *
     * @param thrown    the exception
     * @param request   the request it escaped from
     * @param providers the application's providers, or {@code null}
     * @return the response; the guide's 500 problem if deciding fails
     */
    public Response toResponse(Throwable thrown, RequestView request, Providers providers) {
        try {
            Throwable exception = unwrap(thrown);
            if (exception != thrown && providers != null) {
                Response own = applicationMapper(exception, providers);
                if (own != null) {
                    return own;
                }
            }
            Mapping mapped = mappings.find(exception.getClass());
            if (mapped != null) {
                return DeferredResponse.of(mapped.status(), exception, context -> mapped.draft(exception, context),
                        headers(exception));
            }
            for (ExceptionFamily family : families) {
                ExceptionFamily.Recognized recognized = family.recognize(exception, request, providers);
                if (recognized != null) {
                    Draft draft = new Draft(recognized.problem(), recognized.language());
                    return recognized.languageDecided()
                            ? DeferredResponse.of(recognized.status(), exception, context -> draft, null,
                                    recognized.language())
                            : DeferredResponse.of(recognized.status(), exception, context -> draft, null);
                }
            }
            if (exception instanceof RemoteProblemException remote && !downstream.forwards()) {
                return downstream.toResponse(remote);
            }
            if (exception instanceof ProblemException problemException) {
                return forProblemException(problemException);
            }
            if (exception instanceof WebApplicationException webException) {
                return forWebApplicationException(webException);
            }
            return DeferredResponse.of(500, exception, EMPTY, null);
        } catch (RuntimeException | Error e) {
            ProblemPipeline.rethrowIfFatal(e);
            // Answered here, not deferred: the response filter may be what fails.
            ErrorContext context = pipeline.plainContext(500, thrown, request);
            String traceId = context.traceId();
            LOG.log(Level.ERROR, "Problem Guide failed to map an exception; traceId=" + traceId, LogText.loggable(e));
            LOG.log(Level.ERROR, "The exception being mapped; traceId=" + traceId, LogText.loggable(thrown));
            return Response.serverError().type(ProblemMediaType.APPLICATION_PROBLEM_JSON_TYPE)
                    .header(ProblemPipeline.NOSNIFF_HEADER, ProblemPipeline.NOSNIFF)
                    .entity(pipeline.fallback(context)).build();
        }
    }

    /** The application's own mapper for a wrapped exception wins, as it would have if nothing wrapped it. */
    private static Response applicationMapper(Throwable exception, Providers providers) {
        @SuppressWarnings("unchecked")
        ExceptionMapper<Throwable> own = (ExceptionMapper<Throwable>) providers.getExceptionMapper(exception.getClass());
        // Ours, and Jersey's own modules' mappers (Jackson's text/plain ones among them), are what we replace.
        if (own == null || own.getClass().getPackageName().startsWith("dev.problemguide.jersey.internal")
                || own.getClass().getName().startsWith("org.glassfish.jersey.")) {
            return null;
        }
        return own.toResponse(exception);
    }

    private Response forProblemException(ProblemException exception) {
        Problem problem = exception.problem();
        if (problem.status() == null || problem.status() < 400) {
            // A problem without an error status is a bug in the application: an unexpected 500.
            return DeferredResponse.of(500, exception, EMPTY, null);
        }
        Draft draft = Draft.of(problem.withType(pipeline.config().resolveType(problem.type())));
        return DeferredResponse.of(problem.status(), exception, context -> draft, exception.headers());
    }

    private Response forWebApplicationException(WebApplicationException exception) {
        Response original = exception.getResponse();
        if (original == null) {
            return DeferredResponse.of(500, exception, EMPTY, null);
        }
        // JAX-RS 3.3.4: a WebApplicationException that carries an entity is answered as it is.
        if (original.hasEntity() || original.getStatus() < 400) {
            return original;
        }
        int status = original.getStatus();
        Draft draft = Draft.EMPTY;
        if (status < 500 && clientErrorMessages) {
            String message = exception.getMessage();
            if (message != null && !message.isBlank() && !isGenericMessage(message, status)) {
                draft = Draft.of(Problem.builder().detail(message).build());
            }
        }
        Draft known = draft;
        return DeferredResponse.of(status, exception, context -> known, original.getHeaders());
    }

    /** The headers a mapped exception carries: a WebApplicationException's or a ProblemException's. */
    private static Map<String, ? extends List<?>> headers(Throwable exception) {
        if (exception instanceof WebApplicationException web && web.getResponse() != null) {
            return web.getResponse().getHeaders();
        }
        return exception instanceof ProblemException problem ? problem.headers() : null;
    }

    /** Jakarta REST's default message, "HTTP 404 Not Found", says nothing the status does not. */
    private static boolean isGenericMessage(String message, int status) {
        return message.startsWith("HTTP " + status);
    }

    /** Looks through wrappers that asynchronous and reflective calls add around the real exception. */
    private static Throwable unwrap(Throwable thrown) {
        Throwable exception = thrown;
        for (int depth = 0; depth < 8; depth++) {
            boolean wrapper = exception instanceof CompletionException || exception instanceof ExecutionException
                    || exception instanceof InvocationTargetException;
            if (!wrapper || exception.getCause() == null) {
                break;
            }
            exception = exception.getCause();
        }
        return exception;
    }
}
