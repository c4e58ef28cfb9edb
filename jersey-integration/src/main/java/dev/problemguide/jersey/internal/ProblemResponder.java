package dev.problemguide.jersey.internal;

import dev.problemguide.Problem;
import dev.problemguide.StatusTexts;
import dev.problemguide.jersey.InstanceStrategy;
import dev.problemguide.jersey.ProblemContext;
import dev.problemguide.jersey.ProblemPostProcessor;
import dev.problemguide.json.ProblemMediaType;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Completes a problem for one error response and turns it into a {@link Response}: the status member set
 * to the HTTP status, title and detail filled from the texts, the instance and trace id added, the
 * post-processors run, the occurrence logged. Shared by every mapper and the response filter.
 */
public final class ProblemResponder {

    private static final System.Logger LOG = System.getLogger("dev.problemguide.jersey.ProblemFeature");

    private final ProblemOptions options;
    private final Problem fallback;

    /**
     * Creates the responder of one feature.
     *
     * @param options the feature's options
     */
    public ProblemResponder(ProblemOptions options) {
        this.options = options;
        this.fallback = options.factory().create(500);
    }

    /**
     * Returns the feature's options.
     *
     * @return the options
     */
    public ProblemOptions options() {
        return options;
    }

    /**
     * Completes a problem and builds the response.
     *
     * @param problem    the problem so far; its status is replaced by {@code status}
     * @param status     the HTTP status, 400 to 599
     * @param exception  the exception behind it, or {@code null}
     * @param request    the request
     * @param keepHeaders headers of an original response to keep (except Content-Type and Content-Length),
     *                    or {@code null}
     * @return the response with an {@code application/problem+json} entity
     */
    public Response respond(Problem problem, int status, Throwable exception, RequestView request,
                            MultivaluedMap<String, Object> keepHeaders) {
        Response.ResponseBuilder response = Response.status(status);
        if (keepHeaders != null) {
            for (Map.Entry<String, List<Object>> header : keepHeaders.entrySet()) {
                String name = header.getKey();
                if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)
                        && !HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
                    for (Object value : header.getValue()) {
                        response.header(name, value);
                    }
                }
            }
        }
        return response.type(ProblemMediaType.APPLICATION_PROBLEM_JSON_TYPE)
                .entity(complete(problem, status, exception, request))
                .build();
    }

    /**
     * Completes a problem: never throws; if completing fails, the answer is a minimal 500 problem.
     *
     * @param problem   the problem so far
     * @param status    the HTTP status
     * @param exception the exception behind it, or {@code null}
     * @param request   the request
     * @return the completed problem
     */
    public Problem complete(Problem problem, int status, Throwable exception, RequestView request) {
        try {
            return doComplete(problem, status, exception, request);
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.ERROR, "Problem Guide failed to build the problem of a " + status + " response", e);
            return fallback;
        }
    }

    /**
     * Returns the minimal problem used when building one fails.
     *
     * @return a 500 problem with the guide's texts
     */
    public Problem fallback() {
        return fallback;
    }

    private Problem doComplete(Problem problem, int status, Throwable exception, RequestView request) {
        Problem.Builder builder = problem.toBuilder().status(status);
        if (problem.title() == null || problem.detail() == null) {
            StatusTexts texts = options.factory().texts(status);
            if (problem.title() == null) {
                builder.title(texts.title());
            }
            if (problem.detail() == null) {
                builder.detail(texts.detail());
            }
        }
        boolean serverError = status >= 500;
        String traceId = null;
        if (serverError || options.instance() == InstanceStrategy.TRACE_ID) {
            traceId = TraceIds.of(request);
            builder.extension("traceId", traceId);
        }
        if (problem.instance() == null) {
            builder.instance(instance(request, traceId));
        }
        Problem result = builder.build();
        if (!options.postProcessors().isEmpty()) {
            result = postProcess(result, status, exception, request, traceId);
        }
        log(result, status, exception, request, traceId);
        return result;
    }

    private URI instance(RequestView request, String traceId) {
        switch (options.instance()) {
            case NONE:
                return null;
            case TRACE_ID:
                String urn = TraceIds.toUuidUrn(traceId);
                return urn == null ? null : URI.create(urn);
            default:
                String path = request.rawPath();
                try {
                    return path == null || path.isEmpty() ? null : new URI(path);
                } catch (java.net.URISyntaxException e) {
                    return null;
                }
        }
    }

    private Problem postProcess(Problem problem, int status, Throwable exception, RequestView request,
                                String knownTraceId) {
        Context context = new Context(status, exception, request, knownTraceId);
        Problem result = problem;
        for (ProblemPostProcessor processor : options.postProcessors()) {
            try {
                Problem next = processor.process(result, context);
                if (next != null) {
                    result = next;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "Problem post-processor " + processor.getClass().getName() + " failed", e);
            }
        }
        return result.status() != null && result.status() == status ? result : result.withStatus(status);
    }

    private void log(Problem problem, int status, Throwable exception, RequestView request, String traceId) {
        Level level = status >= 500 ? options.serverErrorLevel() : options.clientErrorLevel();
        if (!LOG.isLoggable(level)) {
            return;
        }
        StringBuilder line = new StringBuilder(128).append(status).append(' ').append(LogText.safe(request.method()))
                .append(' ').append(LogText.safe(request.rawPath()));
        if (traceId != null) {
            line.append(" traceId=").append(traceId);
        }
        line.append(" type=").append(LogText.safe(problem.type().toString()));
        if (exception != null) {
            line.append(" exception=").append(exception.getClass().getName());
        }
        if (status >= 500 && exception != null) {
            LOG.log(level, line.toString(), exception);
        } else {
            LOG.log(level, line.toString());
        }
    }

    /** The post-processors' view of one occurrence; the trace id is made on first use when not known yet. */
    private static final class Context implements ProblemContext {
        private final int status;
        private final Throwable exception;
        private final RequestView request;
        private String traceId;

        Context(int status, Throwable exception, RequestView request, String traceId) {
            this.status = status;
            this.exception = exception;
            this.request = request;
            this.traceId = traceId;
        }

        @Override
        public int status() {
            return status;
        }

        @Override
        public Optional<Throwable> exception() {
            return Optional.ofNullable(exception);
        }

        @Override
        public String method() {
            return request.method();
        }

        @Override
        public String path() {
            return request.rawPath();
        }

        @Override
        public String header(String name) {
            return request.header(name);
        }

        @Override
        public String traceId() {
            if (traceId == null) {
                traceId = TraceIds.of(request);
            }
            return traceId;
        }
    }
}
