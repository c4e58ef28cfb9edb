package dev.problemguide.jersey;

import dev.problemguide.Problem;
import dev.problemguide.ProblemFactory;
import dev.problemguide.ProblemMessages;
import dev.problemguide.jersey.internal.EmptyErrorResponseFilter;
import dev.problemguide.jersey.internal.ExceptionMappings;
import dev.problemguide.jersey.internal.ExceptionResponses;
import dev.problemguide.jersey.internal.ExceptionTranslator;
import dev.problemguide.jersey.internal.JacksonExceptionMappers;
import dev.problemguide.jersey.internal.JsonBodyTranslator;
import dev.problemguide.jersey.internal.ParamTranslator;
import dev.problemguide.jersey.internal.ProblemExceptionMapper;
import dev.problemguide.jersey.internal.RequestBodyInterceptor;
import dev.problemguide.jersey.internal.ValidationSupport;
import dev.problemguide.jersey.internal.ProblemOptions;
import dev.problemguide.jersey.internal.ProblemResponder;
import dev.problemguide.jersey.internal.PropertyReader;
import dev.problemguide.jersey.internal.ThrowableMapper;
import dev.problemguide.jersey.internal.WebApplicationExceptionMapper;
import dev.problemguide.json.ProblemJsonWriter;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
 * filter that gives a problem body to error responses built without one; and the problem writer. Texts come
 * from the messages files ({@link ProblemMessages}) and the status guide. Defaults:
 * {@code type} {@code about:blank} unless mapped, {@code instance} the request path, a {@code traceId}
 * extension member on every 5xx, a 4xx {@code WebApplicationException}'s own message used as
 * {@code detail}, 5xx logged at {@code ERROR} with stack trace and 4xx at {@code DEBUG}.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9457">RFC 9457: Problem Details for HTTP APIs</a>
 */
public final class ProblemFeature implements Feature {

    private static final java.util.Set<String> KNOWN_PROPERTIES = java.util.Set.of(ProblemProperties.AUTO_DISCOVERY,
            ProblemProperties.TYPE_BASE_URI, ProblemProperties.INSTANCE, ProblemProperties.CLIENT_ERROR_MESSAGES,
            ProblemProperties.LOG_SERVER_ERRORS, ProblemProperties.LOG_CLIENT_ERRORS,
            ProblemProperties.VALIDATION_STATUS, ProblemProperties.PARAM_CONVERSION_STATUS, ProblemProperties.MESSAGES);

    /** Jersey's property that keeps a servlet container from replacing an error body with its own page. */
    static final String SET_STATUS_OVER_SEND_ERROR = "jersey.config.server.response.setStatusOverSendError";

    /** Below the default priority of application mappers, so theirs win a tie for the same type. */
    private static final int MAPPER_PRIORITY = Priorities.USER + 1000;

    /**
     * Above the default priority, so that for Jackson's and Bean Validation's exceptions our mappers win over
     * the ones Jersey's JacksonFeature and bean-validation module register for the same types.
     */
    private static final int INPUT_MAPPER_PRIORITY = Priorities.USER - 1000;

    private final Builder options;

    /** Creates the feature with its defaults, or with the {@code problemguide.*} properties when set. */
    public ProblemFeature() {
        this(new Builder());
    }

    private ProblemFeature(Builder builder) {
        this.options = builder.copy();
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
        if (configuration.isRegistered(ThrowableMapper.class)) {
            return true;
        }
        ProblemOptions resolved = options.resolve(configuration.getProperties(), classLoader());
        ProblemResponder responder = new ProblemResponder(resolved);
        List<ExceptionTranslator> translators = new ArrayList<>();
        translators.add(new JsonBodyTranslator());
        translators.add(new ParamTranslator(resolved.paramConversionStatus()));
        if (ValidationSupport.present()) {
            translators.add(ValidationSupport.translator(resolved.validationStatus()));
        }
        ExceptionResponses responses = new ExceptionResponses(responder, new ExceptionMappings(resolved),
                translators);
        context.register(new ThrowableMapper(responses), MAPPER_PRIORITY);
        context.register(new WebApplicationExceptionMapper(responses), MAPPER_PRIORITY);
        context.register(new ProblemExceptionMapper(responses), MAPPER_PRIORITY);
        context.register(new JacksonExceptionMappers.RequestBody(responses), MAPPER_PRIORITY);
        context.register(new JacksonExceptionMappers.Processing(responses), INPUT_MAPPER_PRIORITY);
        context.register(new JacksonExceptionMappers.Parse(responses), INPUT_MAPPER_PRIORITY);
        context.register(new JacksonExceptionMappers.Mapping(responses), INPUT_MAPPER_PRIORITY);
        if (ValidationSupport.present()) {
            ValidationSupport.register(context, responses, INPUT_MAPPER_PRIORITY);
        }
        context.register(new RequestBodyInterceptor());
        context.register(new EmptyErrorResponseFilter(responder));
        if (!configuration.isRegistered(ProblemJsonWriter.class)) {
            context.register(ProblemJsonWriter.class);
        }
        if (configuration.getProperty(SET_STATUS_OVER_SEND_ERROR) == null) {
            context.property(SET_STATUS_OVER_SEND_ERROR, true);
        }

        return true;
    }

    private static ClassLoader classLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : ProblemFeature.class.getClassLoader();
    }

    /**
     * A builder of {@link ProblemFeature}s; an option left unset falls back to its {@code problemguide.*}
     * property, then to its default. Not thread-safe.
     */
    public static final class Builder {
        private ProblemFactory factory;
        private String messages;
        private URI typeBaseUri;
        private InstanceStrategy instance;
        private Boolean clientErrorMessages;
        private Level serverErrorLevel;
        private Level clientErrorLevel;
        private Integer validationStatus;
        private Integer paramConversionStatus;
        private final Map<Class<? extends Throwable>, Problem> mappings = new LinkedHashMap<>();
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
            this.messages = Objects.requireNonNull(baseName, "baseName");
            return this;
        }

        /**
         * Sets the base URI that short problem type names ({@code "order-not-found"}) resolve against.
         *
         * @param typeBaseUri an absolute URI, e.g. {@code https://api.example.com/problems/}; default none,
         *                    which leaves short names as relative URI references
         * @return this builder
         * @throws IllegalArgumentException if the URI is not absolute
         */
        public Builder typeBaseUri(URI typeBaseUri) {
            this.typeBaseUri = PropertyReader.checkBase(Objects.requireNonNull(typeBaseUri, "typeBaseUri"), "typeBaseUri");
            return this;
        }

        /**
         * Sets what the {@code instance} member holds.
         *
         * @param instance the strategy; default {@link InstanceStrategy#REQUEST_PATH}
         * @return this builder
         */
        public Builder instance(InstanceStrategy instance) {
            this.instance = Objects.requireNonNull(instance, "instance");
            return this;
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
            this.clientErrorMessages = enabled;
            return this;
        }

        /**
         * Sets the log level of 5xx problems, which are logged with stack trace and trace id.
         *
         * @param level default {@link Level#ERROR}
         * @return this builder
         */
        public Builder serverErrorLogLevel(Level level) {
            this.serverErrorLevel = Objects.requireNonNull(level, "level");
            return this;
        }

        /**
         * Sets the log level of 4xx problems, which are logged in one line.
         *
         * @param level default {@link Level#DEBUG}
         * @return this builder
         */
        public Builder clientErrorLogLevel(Level level) {
            this.clientErrorLevel = Objects.requireNonNull(level, "level");
            return this;
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
            this.validationStatus = PropertyReader.checkStatus(status, 422, ProblemProperties.VALIDATION_STATUS);
            return this;
        }

        /**
         * Sets the status when a path, query or matrix parameter cannot be converted to its Java type.
         *
         * @param status {@code 404} (default, as Jakarta REST section 3.2 demands) or {@code 400}
         * @return this builder
         * @throws IllegalArgumentException for any other status
         */
        public Builder paramConversionStatus(int status) {
            this.paramConversionStatus = PropertyReader.checkStatus(status, 404, ProblemProperties.PARAM_CONVERSION_STATUS);
            return this;
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

        private Builder copy() {
            Builder copy = new Builder();
            copy.factory = factory;
            copy.messages = messages;
            copy.typeBaseUri = typeBaseUri;
            copy.instance = instance;
            copy.clientErrorMessages = clientErrorMessages;
            copy.serverErrorLevel = serverErrorLevel;
            copy.clientErrorLevel = clientErrorLevel;
            copy.validationStatus = validationStatus;
            copy.paramConversionStatus = paramConversionStatus;
            copy.mappings.putAll(mappings);
            copy.postProcessors.addAll(postProcessors);
            return copy;
        }

        ProblemOptions resolve(Map<String, Object> properties, ClassLoader loader) {
            for (String name : properties.keySet()) {
                if (name.startsWith("problemguide.") && !KNOWN_PROPERTIES.contains(name)) {
                    throw new IllegalArgumentException("Unknown property " + name + "; Problem Guide reads "
                            + new java.util.TreeSet<>(KNOWN_PROPERTIES));
                }
            }
            String baseName = messages != null ? messages : PropertyReader.text(properties, ProblemProperties.MESSAGES);
            ProblemMessages loaded = ProblemMessages.load(
                    baseName != null ? baseName : ProblemMessages.DEFAULT_BASE_NAME, loader, this::mappedByBuilder);
            if (loaded == null && baseName != null) {
                throw new IllegalStateException("No messages file " + baseName + ".properties (nor a translation of"
                        + " it) on the class path, as " + (messages != null ? "ProblemFeature.builder().messages"
                        : ProblemProperties.MESSAGES) + " says");
            }
            ProblemFactory texts = factory != null ? factory
                    : loaded == null ? ProblemFactory.standard()
                    : ProblemFactory.builder().textSource(loaded).build();
            return new ProblemOptions(texts, loaded,
                    typeBaseUri != null ? typeBaseUri : PropertyReader.baseUri(properties),
                    instance != null ? instance : PropertyReader.instance(properties),
                    clientErrorMessages != null ? clientErrorMessages
                            : PropertyReader.bool(properties, ProblemProperties.CLIENT_ERROR_MESSAGES, true),
                    serverErrorLevel != null ? serverErrorLevel
                            : PropertyReader.level(properties, ProblemProperties.LOG_SERVER_ERRORS, Level.ERROR),
                    clientErrorLevel != null ? clientErrorLevel
                            : PropertyReader.level(properties, ProblemProperties.LOG_CLIENT_ERRORS, Level.DEBUG),
                    validationStatus != null ? validationStatus
                            : PropertyReader.status(properties, ProblemProperties.VALIDATION_STATUS, 422),
                    paramConversionStatus != null ? paramConversionStatus
                            : PropertyReader.status(properties, ProblemProperties.PARAM_CONVERSION_STATUS, 404),
                    mappings, postProcessors);
        }

        /** Tells whether a class or one of its superclasses has a builder mapping, which gives it a status. */
        private boolean mappedByBuilder(Class<?> type) {
            for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                if (mappings.containsKey(c)) {
                    return true;
                }
            }
            return false;
        }
    }
}
