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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Completes a problem for one error response and turns it into a {@link Response}: the status member set
 * to the HTTP status, title and detail filled in the client's language, the instance and trace id added,
 * the post-processors run, the occurrence logged, {@code Content-Language} and {@code Vary} set. Shared by
 * every mapper and the response filter.
 */
public final class ProblemResponder {

    private static final System.Logger LOG = System.getLogger("dev.problemguide.jersey.ProblemFeature");

    private final ProblemOptions options;
    private final Problem fallback;
    private final LanguageNegotiator languages;

    /**
     * Creates the responder of one feature.
     *
     * @param options the feature's options
     */
    public ProblemResponder(ProblemOptions options) {
        this.options = options;
        this.fallback = options.factory().create(500);
        this.languages = new LanguageNegotiator(options.factory().locales());
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
     * Tells whether texts exist in more than one language, so that responses vary by Accept-Language.
     *
     * @return {@code true} when a translation exists
     */
    public boolean multilingual() {
        return languages.multilingual();
    }

    /**
     * Starts an occurrence: negotiates the client's language among those the texts exist in.
     *
     * @param status    the HTTP status
     * @param exception the exception, or {@code null}
     * @param request   the request
     * @return the occurrence
     */
    public Occurrence occurrence(int status, Throwable exception, RequestView request) {
        return new Occurrence(status, exception, request,
                multilingual() ? languages.negotiate(request.header(HttpHeaders.ACCEPT_LANGUAGE)) : null);
    }

    /**
     * Completes a problem and builds the response.
     *
     * @param problem     the problem so far; its status is replaced by the occurrence's
     * @param occurrence  the occurrence
     * @param keepHeaders headers of an original response to keep (except Content-Type and Content-Length),
     *                    or {@code null}
     * @return the response with an {@code application/problem+json} entity
     */
    public Response respond(Problem problem, Occurrence occurrence, MultivaluedMap<String, Object> keepHeaders) {
        Response.ResponseBuilder response = Response.status(occurrence.status());
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
        Problem completed = complete(problem, occurrence);
        languageHeaders(occurrence, response::header);
        return response.type(ProblemMediaType.APPLICATION_PROBLEM_JSON_TYPE).entity(completed).build();
    }

    /**
     * Adds {@code Content-Language} when a translated text was used, and {@code Vary: Accept-Language} when
     * texts exist in several languages.
     *
     * @param occurrence the completed occurrence
     * @param header     where to add a header
     */
    public void languageHeaders(Occurrence occurrence, java.util.function.BiConsumer<String, Object> header) {
        if (occurrence.usedLanguage() != null) {
            header.accept(HttpHeaders.CONTENT_LANGUAGE, occurrence.usedLanguage().toLanguageTag());
        }
        if (multilingual() || occurrence.usedLanguage() != null) {
            header.accept(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        }
    }

    /**
     * Completes a problem: never throws; if completing fails, the answer is a minimal 500 problem.
     *
     * @param problem    the problem so far
     * @param occurrence the occurrence
     * @return the completed problem
     */
    public Problem complete(Problem problem, Occurrence occurrence) {
        try {
            return doComplete(problem, occurrence);
        } catch (RuntimeException | Error e) {
            rethrowIfFatal(e);
            LOG.log(Level.ERROR, "Problem Guide failed to build the problem of a " + occurrence.status()
                    + " response", e);
            // The body's status must still equal the HTTP status: the guide's problem for it, prepared at start.
            Problem minimal = options.factory().create(occurrence.status());
            return occurrence.status() < 500 ? minimal
                    : minimal.withExtension("traceId", TraceIds.of(occurrence.request()));
        }
    }

    /**
     * Lets errors the JVM cannot recover from (out of memory, stack overflow) pass; everything else is
     * answered with a problem.
     *
     * @param e a caught throwable
     */
    static void rethrowIfFatal(Throwable e) {
        if (e instanceof VirtualMachineError) {
            throw (VirtualMachineError) e;
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

    private Problem doComplete(Problem problem, Occurrence occurrence) {
        int status = occurrence.status();
        RequestView request = occurrence.request();
        Problem.Builder builder = problem.toBuilder().status(status).type(options.resolveType(problem.type()));
        if (problem.title() == null || problem.detail() == null) {
            StatusTexts texts = options.factory().texts(status, occurrence.locale());
            if (problem.title() == null) {
                builder.title(texts.title());
            }
            if (problem.detail() == null) {
                builder.detail(texts.detail());
            }
            occurrence.usedLanguage(texts.language());
        }
        String traceId = null;
        if (status >= 500 || options.instance() == InstanceStrategy.TRACE_ID) {
            traceId = TraceIds.of(request);
            builder.extension("traceId", traceId);
        }
        if (problem.instance() == null) {
            builder.instance(instance(request, traceId));
        }
        Problem result = builder.build();
        if (!options.postProcessors().isEmpty()) {
            result = postProcess(result, occurrence, traceId);
        }
        log(result, occurrence, traceId);
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
                if (path == null || path.isEmpty()) {
                    return null;
                }
                // "//host/x" would read as a reference to another host: keep one leading slash.
                int start = 0;
                while (start + 1 < path.length() && path.charAt(start) == '/' && path.charAt(start + 1) == '/') {
                    start++;
                }
                try {
                    return new URI(path.substring(start));
                } catch (java.net.URISyntaxException e) {
                    return null;
                }
        }
    }

    private Problem postProcess(Problem problem, Occurrence occurrence, String knownTraceId) {
        Context context = new Context(occurrence, knownTraceId);
        Problem result = problem;
        for (ProblemPostProcessor processor : options.postProcessors()) {
            try {
                Problem next = processor.process(result, context);
                if (next != null) {
                    result = next;
                }
            } catch (RuntimeException | Error e) {
                rethrowIfFatal(e);
                LOG.log(Level.ERROR, "Problem post-processor " + processor.getClass().getName() + " failed", e);
            }
        }
        int status = occurrence.status();
        return result.status() != null && result.status() == status ? result : result.withStatus(status);
    }

    private void log(Problem problem, Occurrence occurrence, String traceId) {
        int status = occurrence.status();
        Level level = status >= 500 ? options.serverErrorLevel() : options.clientErrorLevel();
        if (level == Level.OFF || !LOG.isLoggable(level)) {
            return;
        }
        RequestView request = occurrence.request();
        Throwable exception = occurrence.exception();
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
            LOG.log(level, line.toString(), LogText.loggable(exception));
        } else {
            LOG.log(level, line.toString());
        }
    }

    /** The post-processors' view of one occurrence; the trace id is made on first use when not known yet. */
    private static final class Context implements ProblemContext {
        private final Occurrence occurrence;
        private String traceId;

        Context(Occurrence occurrence, String traceId) {
            this.occurrence = occurrence;
            this.traceId = traceId;
        }

        @Override
        public int status() {
            return occurrence.status();
        }

        @Override
        public Optional<Throwable> exception() {
            return Optional.ofNullable(occurrence.exception());
        }

        @Override
        public String method() {
            return occurrence.request().method();
        }

        @Override
        public String path() {
            return occurrence.request().rawPath();
        }

        @Override
        public String header(String name) {
            return occurrence.request().header(name);
        }

        @Override
        public String traceId() {
            if (traceId == null) {
                traceId = TraceIds.of(occurrence.request());
            }
            return traceId;
        }
    }
}
