package dev.problemguide.jersey.internal;

import dev.problemguide.Problem;
import dev.problemguide.ProblemException;
import dev.problemguide.json.ProblemMediaType;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Providers;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Decides what response an exception becomes. In order: an exception class mapped by the builder or
 * {@code @ProblemMapping} (closest class wins) gives its mapped problem; the translators (request-body
 * JSON, parameters, Bean Validation) theirs; a {@link ProblemException} its
 * own problem; a {@link WebApplicationException} its status and headers, or its own entity untouched;
 * anything else a 500 whose body says nothing of the exception. Never throws.
 */
public final class ExceptionResponses {

    private static final System.Logger LOG = System.getLogger(ExceptionResponses.class.getName());
    private static final Problem EMPTY = Problem.builder().build();

    private final ProblemResponder responder;
    private final ExceptionMappings mappings;
    private final List<ExceptionTranslator> translators;

    /**
     * Creates the decision of one feature.
     *
     * @param responder the responder
     * @param mappings    the exception mappings
     * @param translators the translators of exception families, asked in order
     */
    public ExceptionResponses(ProblemResponder responder, ExceptionMappings mappings,
                              List<ExceptionTranslator> translators) {
        this.responder = responder;
        this.mappings = mappings;
        this.translators = List.copyOf(translators);
    }

    /**
     * Returns the response for an exception.
     *
     * @param thrown  the exception
     * @param request   the request it escaped from
     * @param providers the application's providers, or {@code null}
     * @return the response; a minimal 500 problem if deciding fails
     */
    public Response toResponse(Throwable thrown, RequestView request, Providers providers) {
        try {
            Throwable exception = unwrap(thrown);
            if (exception != thrown && providers != null) {
                // The application's own mapper for what was wrapped wins, as it would have unwrapped.
                @SuppressWarnings("unchecked")
                ExceptionMapper<Throwable> own = (ExceptionMapper<Throwable>) providers.getExceptionMapper(
                        exception.getClass());
                // Jersey's own modules' mappers (Jackson's text/plain ones among them) are what we replace.
                if (own != null && !(own instanceof ProblemMapperSupport)
                        && !own.getClass().getName().startsWith("org.glassfish.jersey.")) {
                    return own.toResponse(exception);
                }
            }
            ExceptionMappings.MappedException mapped = mappings.find(exception.getClass());
            if (mapped != null) {
                Occurrence occurrence = responder.occurrence(mapped.status(), exception, request);
                return responder.respond(mapped.problemFor(exception, occurrence), occurrence,
                        exception instanceof WebApplicationException
                                ? ((WebApplicationException) exception).getResponse().getHeaders() : null);
            }
            for (ExceptionTranslator translator : translators) {
                ExceptionTranslator.Translation translation = translator.translate(exception, request, providers);
                if (translation != null) {
                    Occurrence occurrence = responder.occurrence(translation.status(), exception, request);
                    occurrence.usedLanguage(translation.language());
                    return responder.respond(translation.problem(), occurrence, null);
                }
            }
            if (exception instanceof ProblemException) {
                Problem problem = ((ProblemException) exception).problem();
                if (problem.status() != null && problem.status() >= 400) {
                    return responder.respond(problem, responder.occurrence(problem.status(), exception, request),
                            null);
                }
                // A problem without an error status is a bug in the application: an unexpected 500.
                return responder.respond(EMPTY, responder.occurrence(500, exception, request), null);
            }
            if (exception instanceof WebApplicationException) {
                return forWebApplicationException((WebApplicationException) exception, request);
            }
            return responder.respond(EMPTY, responder.occurrence(500, exception, request), null);
        } catch (RuntimeException | Error e) {
            ProblemResponder.rethrowIfFatal(e);
            String traceId = TraceIds.of(request);
            LOG.log(System.Logger.Level.ERROR, "Problem Guide failed to map an exception; traceId=" + traceId,
                    LogText.loggable(e));
            LOG.log(System.Logger.Level.ERROR, "The exception being mapped; traceId=" + traceId, LogText.loggable(thrown));
            return Response.serverError().type(ProblemMediaType.APPLICATION_PROBLEM_JSON_TYPE)
                    .entity(responder.fallback().withExtension("traceId", traceId)).build();
        }
    }

    private Response forWebApplicationException(WebApplicationException exception, RequestView request) {
        Response original = exception.getResponse();
        if (original == null) {
            return responder.respond(EMPTY, responder.occurrence(500, exception, request), null);
        }
        // JAX-RS 3.3.4: a WebApplicationException that carries an entity is answered as it is.
        if (original.hasEntity() || original.getStatus() < 400) {
            return original;
        }
        int status = original.getStatus();
        Problem problem = EMPTY;
        if (status < 500 && responder.options().clientErrorMessages()) {
            String message = exception.getMessage();
            if (message != null && !message.isBlank() && !isGenericMessage(message, status)) {
                problem = Problem.builder().detail(message).build();
            }
        }
        return responder.respond(problem, responder.occurrence(status, exception, request), original.getHeaders());
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
