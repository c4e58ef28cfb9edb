package dev.problemguide.jersey;

/**
 * The names of the configuration properties that {@link ProblemFeature} reads from the Jersey
 * application (a {@code ResourceConfig} property, an {@code Application#getProperties()} entry or a
 * servlet init-param), so that an application without code can configure it. Options set on
 * {@link ProblemFeature#builder()} take precedence over these.
 */
public final class ProblemProperties {

    /** {@value}: {@code false} stops the jar from registering the feature by itself; default {@code true}. */
    public static final String AUTO_DISCOVERY = "problemguide.autoDiscovery";

    /**
     * {@value}: the base URI that short problem type names are resolved against: an absolute URI, or a path such
     * as {@code /problems/}, which makes types relative references that clients resolve against the request URI
     * (RFC 9457 section 3.1.1); default none.
     */
    public static final String TYPE_BASE_URI = "problemguide.typeBaseUri";

    /** {@value}: what {@code instance} holds: {@code path} (default), {@code none} or {@code trace-id}. */
    public static final String INSTANCE = "problemguide.instance";

    /**
     * {@value}: whether the message an application gave a 4xx {@code WebApplicationException} becomes the
     * problem's {@code detail}; default {@code true}. 5xx messages never do.
     */
    public static final String CLIENT_ERROR_MESSAGES = "problemguide.clientErrorMessages";

    /** {@value}: the {@code System.Logger} level of 5xx problems, e.g. {@code ERROR} (default) or {@code WARNING}. */
    public static final String LOG_SERVER_ERRORS = "problemguide.log.serverErrors";

    /** {@value}: the {@code System.Logger} level of 4xx problems, e.g. {@code DEBUG} (default) or {@code OFF}. */
    public static final String LOG_CLIENT_ERRORS = "problemguide.log.clientErrors";

    /**
     * {@value}: the status of a Bean Validation failure of a request: {@code 422} (default, as the status
     * guide describes it) or {@code 400}.
     */
    public static final String VALIDATION_STATUS = "problemguide.validationStatus";

    /**
     * {@value}: the status when a path, query or matrix parameter cannot be converted, where Jakarta REST
     * demands {@code 404} (default); {@code 400} is the alternative.
     */
    public static final String PARAM_CONVERSION_STATUS = "problemguide.paramConversionStatus";

    /**
     * {@value}: the base name of the messages files on the class path; default {@code problem-messages},
     * used when such files exist. A name given here must exist.
     */
    public static final String MESSAGES = "problemguide.messages";

    /**
     * {@value}: whether the trace id of a problem may come from the request's W3C {@code traceparent} or its
     * {@code X-Request-Id} (default {@code true}); {@code false} gives every error a random one, for services
     * whose clients are not the operator's own.
     */
    public static final String TRUST_CLIENT_TRACE_IDS = "problemguide.trustClientTraceIds";

    /**
     * {@value}: the most entries of a problem's {@code errors} list, from 1 to 1000 (default 100). Past it,
     * nothing more is translated or formatted, and the problem's {@code errorsOmitted} member says how many
     * entries were left out.
     */
    public static final String MAX_ERRORS = "problemguide.maxErrors";

    /**
     * {@value}: what a downstream service's problem ({@code RemoteProblemException}) that escapes a resource
     * becomes ({@link DownstreamProblems}): {@code bad-gateway} (default: a {@code 502} with nothing of the
     * downstream's answer, which goes to the log line), {@code status} (the downstream's status with the guide's
     * texts, when it means the same to the caller, else the 502; see {@link DownstreamProblems#STATUS}) or
     * {@code forward} (its problem, as the application's own).
     */
    public static final String DOWNSTREAM_PROBLEMS = "problemguide.downstreamProblems";

    /**
     * {@value}: the path, below the application's root, where the feature serves a page for each of the
     * application's problem types and an index of them (such as {@code problems}); default none, which serves
     * nothing. See {@link ProblemFeature.Builder#typePages(String)}.
     */
    public static final String TYPE_PAGES = "problemguide.typePages";

    /**
     * {@value}: the Micrometer {@code MeterRegistry} that problems are counted in ({@code http.server.problems}), as
     * an object (a {@code ResourceConfig} property set in code); default Micrometer's global registry. See
     * {@link ProblemFeature.Builder#meterRegistry}.
     */
    public static final String METER_REGISTRY = "problemguide.meterRegistry";

    /**
     * {@value}: log levels chosen per status class, status or problem type, over {@link #LOG_SERVER_ERRORS} and
     * {@link #LOG_CLIENT_ERRORS}: {@code key=LEVEL} entries separated by commas, a key being {@code 4xx},
     * {@code 5xx}, a status or a type (a short name resolves against the type base URI), e.g.
     * {@code 404=INFO, 429=WARNING, order-not-found=OFF}; the most specific wins (type, status, class). Default none.
     */
    public static final String LOG_LEVELS = "problemguide.log.levels";

    /**
     * {@value}: the most log lines of client errors per second for each status and type; what is left out is told in
     * one summary line with the next line of that kind, or when the application stops. {@code 0} for no limit;
     * default {@code 100}.
     */
    public static final String LOG_CLIENT_ERRORS_PER_SECOND = "problemguide.log.clientErrorsPerSecond";

    /**
     * {@value}: whether problems are counted when Micrometer is on the class path ({@code http.server.problems});
     * default {@code true}.
     */
    public static final String METRICS = "problemguide.metrics";

    /**
     * {@value}: whether the current OpenTelemetry span gives the trace id and is told of each problem, when the
     * OpenTelemetry API is on the class path; default {@code true}.
     */
    public static final String TRACING = "problemguide.tracing";

    private ProblemProperties() {
    }
}
