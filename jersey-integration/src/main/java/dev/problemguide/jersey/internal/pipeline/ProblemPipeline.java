package dev.problemguide.jersey.internal.pipeline;

import dev.problemguide.Problem;
import dev.problemguide.ProblemFactory;
import dev.problemguide.RemoteProblemException;
import dev.problemguide.jersey.internal.config.FeatureConfig;
import dev.problemguide.jersey.internal.config.FeatureOptions;
import dev.problemguide.jersey.internal.observe.Observers;
import dev.problemguide.jersey.internal.request.LanguageNegotiator;
import dev.problemguide.jersey.internal.request.RequestView;
import jakarta.ws.rs.core.HttpHeaders;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Takes every error of one feature from its decision to its response. A mapper's response is deferred
 * ({@link DeferredResponse}): its entity is a {@link PendingProblem} that the response filter completes, since
 * the filter is handed the request. There the context is made once ({@link #context}), the draft goes through the
 * {@link Steps} chain, the status member is set to the HTTP status, the problem is logged and reported
 * ({@link Observers}) once, and the response gets {@code Content-Language} and {@code Vary}.
 * Completing never throws: if a step fails, the answer is the guide's problem for the same status, with the
 * context's trace id on a 5xx, logged with that same id.
 */
public final class ProblemPipeline {

    private static final System.Logger LOG = System.getLogger("dev.problemguide.jersey.ProblemFeature");

    /** The header that keeps browsers from sniffing another type into a problem body. */
    public static final String NOSNIFF_HEADER = "X-Content-Type-Options";

    /** Its one value. */
    public static final String NOSNIFF = "nosniff";

    private final FeatureConfig config;
    private final ProblemFactory factory;
    private final LanguageNegotiator languages;
    private final List<Step> steps;
    private final ProblemLog log;
    private final Observers observers;
    private final boolean trustClientIds;

    /**
     * Creates the pipeline of one feature.
     *
     * @param config the feature's configuration
     */
    public ProblemPipeline(FeatureConfig config) {
        this(config, Steps.chain(config.factory(), config.instance(), config.postProcessors()));
    }

    /**
     * Creates a pipeline with a chain of steps of its own.
     *
     * @param config the feature's configuration
     * @param steps  the steps, in order
     */
    public ProblemPipeline(FeatureConfig config, List<Step> steps) {
        this.config = config;
        this.factory = config.factory();
        this.languages = new LanguageNegotiator(factory.locales());
        this.steps = List.copyOf(steps);
        this.log = new ProblemLog(config);
        this.observers = new Observers(config.get(FeatureOptions.METER_REGISTRY),
                !Boolean.FALSE.equals(config.get(FeatureOptions.METRICS)),
                !Boolean.FALSE.equals(config.get(FeatureOptions.TRACING)));
        this.trustClientIds = !Boolean.FALSE.equals(config.get(FeatureOptions.TRUST_CLIENT_TRACE_IDS));
    }

    /**
     * Makes the context of an error whose language was decided already.
     *
     * @param language  the language, or {@code null} for the default texts
     * @param status    the HTTP status
     * @param exception the exception
     * @param request   the request
     * @return the context
     */
    public ErrorContext contextIn(Locale language, int status, Throwable exception, RequestView request) {
        return new ErrorContext(status, exception, request, language, trustClientIds, observers);
    }

    /**
     * Makes the context of an error without negotiating a language, for the answers made when deciding failed.
     *
     * @param status    the HTTP status
     * @param exception the exception
     * @param request   the request
     * @return the context
     */
    public ErrorContext plainContext(int status, Throwable exception, RequestView request) {
        return new ErrorContext(status, exception, request, null, trustClientIds, observers);
    }

    /**
     * Returns the feature's configuration.
     *
     * @return the configuration
     */
    public FeatureConfig config() {
        return config;
    }

    /**
     * Makes the context of one error, negotiating the language of its texts from {@code Accept-Language}.
     *
     * @param status    the HTTP status
     * @param exception the exception, or {@code null}
     * @param request   the request
     * @return the context
     */
    public ErrorContext context(int status, Throwable exception, RequestView request) {
        return new ErrorContext(status, exception, request, languages.multilingual()
                ? languages.negotiate(request.header(HttpHeaders.ACCEPT_LANGUAGE)) : null, trustClientIds, observers);
    }

    /**
     * Runs the steps from a draft that is known already; see {@link #complete(Function, ErrorContext,
     * RemoteProblemException)}.
     *
     * @param draft   the problem so far
     * @param context the error
     * @return the completed draft, or the fallback when a step failed
     */
    public Draft complete(Draft draft, ErrorContext context) {
        return complete(known -> draft, context, null);
    }

    /**
     * Makes the draft, runs the steps, sets the status member and logs the problem; never throws.
     *
     * @param draft      makes the problem so far from the context (a mapping's texts, an exception's problem)
     * @param context    the error
     * @param downstream the downstream service's problem that the error stands for without forwarding it, which
     *                   the log line describes ({@link DownstreamLog}); or {@code null}
     * @return the completed draft, or the fallback when making the draft or a step failed
     */
    Draft complete(Function<ErrorContext, Draft> draft, ErrorContext context, RemoteProblemException downstream) {
        Draft current;
        try {
            current = draft.apply(context);
            for (Step step : steps) {
                current = step.apply(current, context);
            }
            Problem problem = current.problem();
            Integer status = problem.status();
            if (status == null || status != context.status()) {
                current = new Draft(problem.withStatus(context.status()), current.language());
            }
        } catch (RuntimeException | Error e) {
            rethrowIfFatal(e);
            LOG.log(Level.ERROR, "Problem Guide failed to build the problem of a " + context.status()
                    + " response; traceId=" + context.traceId(), LogText.loggable(e));
            current = Draft.of(fallback(context));
        }
        log.log(current.problem(), context, downstream);
        observers.observe(current.problem(), context.exceptionOrNull(), context.method(), context::route);
        return current;
    }

    /**
     * Writes what the log left out and has not told yet, as the application stops.
     */
    public void drainLog() {
        log.drain();
    }

    /**
     * Stops reporting for the container guards with this feature's settings, as the application stops.
     */
    public void release() {
        observers.release();
    }

    /**
     * Returns the problem answered when building one failed: the guide's problem for the status, with the
     * context's trace id on a 5xx.
     *
     * @param context the error
     * @return the minimal problem
     */
    public Problem fallback(ErrorContext context) {
        Problem minimal = factory.create(context.status());
        return context.status() < 500 ? minimal : minimal.withExtension("traceId", context.traceId());
    }

    /**
     * Adds the headers of every problem response: {@code X-Content-Type-Options: nosniff}, so that no browser
     * takes the JSON for another type; {@code Content-Language} when a translated text was used; and
     * {@code Vary: Accept-Language} when texts exist in several languages.
     *
     * @param done   the completed draft
     * @param header where to add a header
     */
    public void headers(Draft done, BiConsumer<String, Object> header) {
        header.accept(NOSNIFF_HEADER, NOSNIFF);
        if (done.language() != null) {
            header.accept(HttpHeaders.CONTENT_LANGUAGE, done.language().toLanguageTag());
        }
        if (languages.multilingual() || done.language() != null) {
            header.accept(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        }
    }

    /**
     * Lets errors the JVM cannot recover from (out of memory, stack overflow) pass; everything else is
     * answered with a problem.
     *
     * @param e a caught throwable
     */
    public static void rethrowIfFatal(Throwable e) {
        if (e instanceof VirtualMachineError fatal) {
            throw fatal;
        }
    }
}
