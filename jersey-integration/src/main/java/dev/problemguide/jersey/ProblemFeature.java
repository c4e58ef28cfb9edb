package dev.problemguide.jersey;

import dev.problemguide.Problem;
import dev.problemguide.ProblemFactory;
import dev.problemguide.ProblemMessages;
import dev.problemguide.internal.Option;
import dev.problemguide.jersey.internal.config.FeatureConfig;
import dev.problemguide.jersey.internal.config.FeatureOptions;
import dev.problemguide.jersey.internal.config.FeatureSettings;
import dev.problemguide.jersey.internal.config.LogLevels;
import dev.problemguide.jersey.internal.provider.ProblemProviders;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The Jersey feature that turns every error response of an application into an RFC 9457 problem details
 * body of type {@code application/problem+json}, its {@code title} and {@code detail} taken from the API
 * Status Code Guide.
 *
 * <p>Register it with {@code resourceConfig.register(ProblemFeature.class)}, or just put the jar on the
 * class path: it registers itself with its defaults unless told not to (see
 * {@link ProblemProperties#AUTO_DISCOVERY}). Use {@link #builder()} for options; every option can also be
 * set with a {@code problemguide.*} property ({@link ProblemProperties}), which the builder overrides.
 * Registering it twice is harmless: the first registration configures the application.
 *
 * <p>It registers exception mappers for {@code Throwable}, {@code WebApplicationException} and
 * {@code ProblemException} (an application's own mapper for a narrower type still wins); mappers for
 * Jackson's and Bean Validation's exceptions that win over the ones Jersey's modules register, turning
 * malformed JSON into a 400 and validation failures into a 422 with {@code errors} (RFC 9457 section 3's
 * example); a reader interceptor that tells request-body JSON errors from the application's own; a response
 * filter that completes the mappers' problems with the request (the highest priority, so the application's
 * response filters see the finished problem; a writer completes one that reached it unfinished); a response
 * filter that gives a problem body to error responses built without one; and the problem writer. Texts come
 * from the messages files ({@link ProblemMessages}) and the status guide. Defaults:
 * {@code type} {@code about:blank} unless mapped, {@code instance} the request path, a {@code traceId}
 * extension member on every 5xx, a 4xx {@code WebApplicationException}'s own message used as
 * {@code detail}, 5xx logged at {@code ERROR} with stack trace and 4xx at {@code DEBUG}, and a downstream
 * service's problem ({@code RemoteProblemException}) that escapes a resource answered with a {@code 502} that
 * forwards nothing of it ({@link DownstreamProblems}).
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9457">RFC 9457: Problem Details for HTTP APIs</a>
 */
public final class ProblemFeature implements Feature {

    private final FeatureSettings settings;

    /** Creates the feature with its defaults, or with the {@code problemguide.*} properties when set. */
    public ProblemFeature() {
        this(new Builder());
    }

    private ProblemFeature(Builder builder) {
        this.settings = new FeatureSettings(builder.factory, builder.values, builder.mappings, builder.problemClasses,
                builder.postProcessors);
    }

    /**
     * Creates a builder of a feature with options.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public boolean configure(FeatureContext context) {
        Configuration configuration = context.getConfiguration();
        if (!ProblemProviders.registered(configuration)) {
            ProblemProviders.register(context,
                    FeatureConfig.resolve(settings, configuration.getProperties(), classLoader()));
        }
        return true;
    }

    private static ClassLoader classLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : ProblemFeature.class.getClassLoader();
    }

    /**
     * A builder of {@link ProblemFeature}s; an option left unset falls back to its {@code problemguide.*}
     * property ({@link ProblemProperties}), then to its default. Not thread-safe.
     */
    public static final class Builder {
        private ProblemFactory factory;
        private final Map<Option<?>, Object> values = new HashMap<>();
        private final Map<Class<? extends Throwable>, Problem> mappings = new LinkedHashMap<>();
        private final Set<Class<? extends Throwable>> problemClasses = new LinkedHashSet<>();
        private final List<ProblemPostProcessor> postProcessors = new ArrayList<>();

        private Builder() {
        }

        /**
         * Sets where titles and details come from.
         *
         * @param factory the factory; default {@link ProblemFactory#standard()}, the status guide alone
         * @return this builder
         */
        public Builder problemFactory(ProblemFactory factory) {
            this.factory = Objects.requireNonNull(factory, "factory");
            return this;
        }

        /**
         * Sets the base name of the messages files: {@code name.properties} and its translations
         * {@code name_de.properties}, ... on the class path, UTF-8 (see {@link ProblemMessages} for the keys).
         * They are read and checked once, when the application starts; a problem in them stops it.
         *
         * @param baseName default {@value ProblemMessages#DEFAULT_BASE_NAME}, used only when such files exist;
         *                 a name set here or by {@link ProblemProperties#MESSAGES} must exist
         * @return this builder
         */
        public Builder messages(String baseName) {
            return set(FeatureOptions.MESSAGES, baseName);
        }

        /**
         * Sets the base URI that short problem type names ({@code "order-not-found"}) resolve against.
         *
         * A path such as {@code /problems/} makes the types path-absolute references
         * ({@code /problems/order-not-found}) that clients resolve against the request URI (RFC 9457 section
         * 3.1.1), so that they lead to the pages of {@link #typePages(String)} wherever the service is reached; no
         * absolute URI is ever built from a request's {@code Host}.
         *
         * @param typeBaseUri an absolute URI, e.g. {@code https://api.example.com/problems/}, or a path from the
         *                    server's root (context path included), e.g. {@code /problems/}; default none, which
         *                    leaves short names as relative URI references
         * @return this builder
         * @throws IllegalArgumentException if the URI is neither absolute nor a path that starts with one slash
         * @see <a href="https://www.rfc-editor.org/rfc/rfc9457#section-3.1.1">RFC 9457 section 3.1.1</a>
         */
        public Builder typeBaseUri(URI typeBaseUri) {
            return set(FeatureOptions.TYPE_BASE_URI, typeBaseUri);
        }

        /**
         * Serves the documentation of the application's problem types at a path of the application: an index of
         * every problem type it can produce (those of the catalog, see {@link #problems}, and {@code about:blank}
         * for each error status, with its texts) at {@code <path>/}, and a page per type at {@code <path>/<name>},
         * where the name is the type's part after the type base URI ({@code order-not-found} for
         * {@code /problems/order-not-found} under {@code /problems/}). Pages are HTML, or JSON for
         * {@code Accept: application/json}, in the language {@code Accept-Language} (or {@code ?lang=}) chooses
         * among those of the messages files. With the same path in {@link #typeBaseUri} (context path included),
         * every type URI opens its page (RFC 9457 section 3.1.1).
         *
         * @param path the path below the application's root, with or without slashes, e.g. {@code problems};
         *             default none, which serves no pages
         * @return this builder
         * @throws IllegalArgumentException if the path has other characters than letters, digits, {@code .},
         *                                  {@code _}, {@code ~}, {@code -} and {@code /} between segments
         * @see <a href="https://www.rfc-editor.org/rfc/rfc9457#section-3.1.1">RFC 9457 section 3.1.1</a>
         */
        public Builder typePages(String path) {
            Objects.requireNonNull(path, "path");
            return set(FeatureOptions.TYPE_PAGES, FeatureOptions.pagesPath(path.trim()));
        }

        /**
         * Sets the Micrometer registry that problems are counted in: the counter {@code http.server.problems}, one
         * increment per problem, tagged {@code status}, {@code type}, {@code exception} (the class, or {@code none}),
         * {@code method} and {@code uri} (the matched resource template, or {@code none}); no tag takes a value a
         * client controls. What the container guards answer counts too, with the settings of the last feature that
         * started (until its application stops).
         * Without Micrometer on the class path nothing is counted and nothing fails.
         *
         * @param registry the registry; default Micrometer's global registry ({@code Metrics.globalRegistry})
         * @return this builder
         */
        @SuppressWarnings("exports")
        public Builder meterRegistry(io.micrometer.core.instrument.MeterRegistry registry) {
            return set(FeatureOptions.METER_REGISTRY, registry);
        }

        /**
         * Sets whether problems are counted when Micrometer is on the class path (see {@link #meterRegistry}).
         *
         * @param enabled default {@code true}
         * @return this builder
         */
        public Builder metrics(boolean enabled) {
            return set(FeatureOptions.METRICS, enabled);
        }

        /**
         * Sets whether the current OpenTelemetry span, when the OpenTelemetry API is on the class path and a span is
         * current, gives the problem's {@code traceId} (so that body, log line and trace agree, whatever
         * {@link #trustClientTraceIds} says: the operator's propagator decided what the span continues) and is told
         * of it: attributes {@code problem.type} and {@code problem.status}; a 5xx sets its status to ERROR and
         * records the exception, a 4xx leaves its status unset, as OpenTelemetry's HTTP server conventions say.
         *
         * @param enabled default {@code true}
         * @return this builder
         */
        public Builder tracing(boolean enabled) {
            return set(FeatureOptions.TRACING, enabled);
        }

        /**
         * Sets what the {@code instance} member holds.
         *
         * @param instance the strategy; default {@link InstanceStrategy#REQUEST_PATH}
         * @return this builder
         */
        public Builder instance(InstanceStrategy instance) {
            return set(FeatureOptions.INSTANCE, instance);
        }

        /**
         * Sets whether the message an application gave a 4xx {@code WebApplicationException} becomes the
         * problem's {@code detail}. Jakarta REST's generic "HTTP 404 Not Found" messages never do, nor do
         * the messages of 5xx exceptions.
         *
         * @param enabled default {@code true}
         * @return this builder
         */
        public Builder clientErrorMessages(boolean enabled) {
            return set(FeatureOptions.CLIENT_ERROR_MESSAGES, enabled);
        }

        /**
         * Sets the log level of 5xx problems, which are logged with stack trace and trace id.
         *
         * @param level default {@link Level#ERROR}
         * @return this builder
         */
        public Builder serverErrorLogLevel(Level level) {
            return set(FeatureOptions.LOG_SERVER_ERRORS, level);
        }

        /**
         * Sets the log level of 4xx problems, which are logged in one line.
         *
         * @param level default {@link Level#DEBUG}
         * @return this builder
         */
        public Builder clientErrorLogLevel(Level level) {
            return set(FeatureOptions.LOG_CLIENT_ERRORS, level);
        }

        /**
         * Sets the log level of the problems of one status, over {@link #serverErrorLogLevel} and
         * {@link #clientErrorLogLevel} (as {@code problemguide.log.levels} does: {@code 404=INFO}).
         *
         * @param status the status, 400 to 599
         * @param level  the level; {@link Level#OFF} silences
         * @return this builder
         * @throws IllegalArgumentException for a status outside 400 to 599
         */
        public Builder logLevel(int status, Level level) {
            return logLevel(Integer.toString(status), level);
        }

        /**
         * Sets the log level of the problems of one type, over every other level setting
         * ({@code problemguide.log.levels}: {@code order-not-found=OFF}).
         *
         * @param type  the type, absolute or a short name that resolves against the type base URI
         * @param level the level; {@link Level#OFF} silences
         * @return this builder
         */
        public Builder logLevel(URI type, Level level) {
            return logLevel(Objects.requireNonNull(type, "type").toString(), level);
        }

        /**
         * Sets the most log lines of client errors per second for each status and type: past it, lines are left out
         * and one summary line tells how many, with the next line of that kind or when the application stops (no
         * thread wakes up for it). No client can flood the log.
         *
         * @param perSecond from 0 (no limit) to 1000000; default 100
         * @return this builder
         * @throws IllegalArgumentException outside 0 to 1000000
         */
        public Builder clientErrorLogLimit(int perSecond) {
            return set(FeatureOptions.LOG_CLIENT_ERRORS_PER_SECOND, perSecond);
        }

        private Builder logLevel(String key, Level level) {
            Objects.requireNonNull(level, "level");
            LogLevels current = values.get(FeatureOptions.LOG_LEVELS) instanceof LogLevels set ? set : LogLevels.NONE;
            LogLevels levels = current.with(key, level);
            if (levels == null) {
                throw new IllegalArgumentException("A log level is set for a status from 400 to 599, but was " + key);
            }
            return set(FeatureOptions.LOG_LEVELS, levels);
        }

        /**
         * Sets whether the trace id of a problem (its {@code traceId} member and log line) may come from the
         * request: the trace-id of a valid W3C {@code traceparent}, else a well-formed {@code X-Request-Id}. A
         * public-facing service whose clients are not its operator's own turns this off, so that no client can
         * choose the id that support and the logs will search for.
         *
         * @param trusted default {@code true}; {@code false} gives every error a random id
         * @return this builder
         */
        public Builder trustClientTraceIds(boolean trusted) {
            return set(FeatureOptions.TRUST_CLIENT_TRACE_IDS, trusted);
        }

        /**
         * Sets the most entries of a problem's {@code errors} list: a request with thousands of invalid values
         * gets the first ones (in a stable order) and an {@code errorsOmitted} member with the count of the
         * rest, so that no request can make its answer, or the work of translating it, grow without bound.
         *
         * @param max from 1 to 1000; default 100
         * @return this builder
         * @throws IllegalArgumentException outside 1 to 1000
         */
        public Builder maxErrors(int max) {
            return set(FeatureOptions.MAX_ERRORS, max);
        }

        /**
         * Sets the status of a Bean Validation failure of a request.
         *
         * @param status {@code 422} (default: the status guide's "well-formed but couldn't be processed due to
         *               validation errors") or {@code 400}
         * @return this builder
         * @throws IllegalArgumentException for any other status
         */
        public Builder validationStatus(int status) {
            return set(FeatureOptions.VALIDATION_STATUS, status);
        }

        /**
         * Sets the status when a path, query or matrix parameter cannot be converted to its Java type.
         *
         * @param status {@code 404} (default, as Jakarta REST section 3.2 demands) or {@code 400}
         * @return this builder
         * @throws IllegalArgumentException for any other status
         */
        public Builder paramConversionStatus(int status) {
            return set(FeatureOptions.PARAM_CONVERSION_STATUS, status);
        }

        /**
         * Sets what a problem another service answered one of the application's calls with becomes when it
         * escapes a resource as a {@link dev.problemguide.RemoteProblemException} (or a subclass), also wrapped in
         * a {@code CompletionException} or {@code ExecutionException}. Its {@code detail}, {@code instance},
         * extension members and headers describe that other service, so by default none of them is answered: the
         * caller gets a {@code 502} with the guide's texts and this service's own {@code instance} and
         * {@code traceId}, and the downstream's status, type, instance and trace id go to the log line. An
         * application's own exception mapper for the exception, and a mapping of its class, win over this.
         *
         * @param downstreamProblems default {@link DownstreamProblems#BAD_GATEWAY};
         *                           {@link DownstreamProblems#STATUS} answers the downstream's status with the
         *                           guide's texts when it means the same to the caller (else the 502),
         *                           {@link DownstreamProblems#FORWARD} its whole problem
         * @return this builder
         * @see <a href="https://www.rfc-editor.org/rfc/rfc9457#section-3">RFC 9457 section 3</a>
         */
        public Builder downstreamProblems(DownstreamProblems downstreamProblems) {
            return set(FeatureOptions.DOWNSTREAM_PROBLEMS, downstreamProblems);
        }

        /**
         * Maps an exception class, and its subclasses, to a status: like {@code @ProblemMapping}, for
         * classes the application cannot annotate.
         *
         * @param exceptionType the exception class
         * @param status        the status, 400 to 599
         * @return this builder
         * @throws IllegalArgumentException if the status is not an error status
         */
        public Builder map(Class<? extends Throwable> exceptionType, int status) {
            return map(exceptionType, Problem.builder().status(status).build());
        }

        /**
         * Maps an exception class, and its subclasses, to a problem template: its status (required), type,
         * title, detail and extension members. A short type name resolves against the type base URI.
         *
         * @param exceptionType the exception class
         * @param template      the problem; must have a status from 400 to 599
         * @return this builder
         * @throws IllegalArgumentException if the template has no status
         */
        public Builder map(Class<? extends Throwable> exceptionType, Problem template) {
            Objects.requireNonNull(exceptionType, "exceptionType");
            Objects.requireNonNull(template, "template");
            if (template.status() == null || template.status() < 400) {
                throw new IllegalArgumentException("The problem mapped to " + exceptionType.getName()
                        + " needs an error status, 400 to 599");
            }
            mappings.put(exceptionType, template);
            return this;
        }

        /**
         * Registers exception classes mapped only by {@code @ProblemMapping}, so that the catalog of the
         * application's problem types (read by the OpenAPI and type-page modules) lists them even when no
         * resource method names them in its {@code throws} clause. Mapping them is not needed for them to
         * be answered: that needs only the annotation.
         *
         * @param exceptionTypes the exception classes
         * @return this builder
         */
        @SafeVarargs
        public final Builder problems(Class<? extends Throwable>... exceptionTypes) {
            for (Class<? extends Throwable> type : exceptionTypes) {
                problemClasses.add(Objects.requireNonNull(type, "exceptionType"));
            }
            return this;
        }

        /**
         * Adds a step to the post-processing chain, run on every problem after those added before it.
         *
         * @param postProcessor the step
         * @return this builder
         */
        public Builder postProcessor(ProblemPostProcessor postProcessor) {
            postProcessors.add(Objects.requireNonNull(postProcessor, "postProcessor"));
            return this;
        }

        /**
         * Creates the feature.
         *
         * @return a new feature with a copy of these options
         */
        public ProblemFeature build() {
            return new ProblemFeature(this);
        }

        private <T> Builder set(Option<T> option, T value) {
            values.put(option, option.check(value));
            return this;
        }
    }
}
