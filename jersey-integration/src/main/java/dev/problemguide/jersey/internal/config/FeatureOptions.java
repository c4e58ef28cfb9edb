package dev.problemguide.jersey.internal.config;

import dev.problemguide.internal.Option;
import dev.problemguide.internal.OptionSet;
import dev.problemguide.internal.UriReferences;
import dev.problemguide.jersey.DownstreamProblems;
import dev.problemguide.jersey.InstanceStrategy;
import dev.problemguide.jersey.ProblemProperties;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The options of {@code ProblemFeature}, each defined once: name, default, how its property is read and which
 * values it accepts. The builder's setters, the properties and the defaults all go through these.
 */
public final class FeatureOptions implements OptionSet {

    /** Segments of unreserved characters (RFC 3986), none of them {@code .} or {@code ..}. */
    private static final Pattern PAGES_PATH = Pattern.compile(
            "[A-Za-z0-9_~-][A-Za-z0-9._~-]*(/[A-Za-z0-9_~-][A-Za-z0-9._~-]*)*");

    /** Whether the jar registers the feature by itself. */
    public static final Option<Boolean> AUTO_DISCOVERY = bool(ProblemProperties.AUTO_DISCOVERY, true);

    /** The base URI that short type names resolve against: absolute, or a path from the server's root. */
    public static final Option<URI> TYPE_BASE_URI = new Option<>(ProblemProperties.TYPE_BASE_URI, URI.class, null,
            URI::create, uri -> uri.isAbsolute() || UriReferences.isPathAbsolute(uri),
            "an absolute URI or a path that starts with one '/', such as /problems/");

    /** Where the type pages are served, below the application's root; none serves none. */
    public static final Option<String> TYPE_PAGES = new Option<>(ProblemProperties.TYPE_PAGES, String.class, null,
            FeatureOptions::pagesPath, path -> PAGES_PATH.matcher(path).matches(),
            "a path of letters, digits, '.', '_', '~' and '-' segments, such as problems");


    /** What {@code instance} holds. */
    public static final Option<InstanceStrategy> INSTANCE = Option.of(ProblemProperties.INSTANCE,
            InstanceStrategy.class, InstanceStrategy.REQUEST_PATH, FeatureOptions::instance, "path, none or trace-id");

    /** Whether a 4xx WebApplicationException's own message becomes the detail. */
    public static final Option<Boolean> CLIENT_ERROR_MESSAGES = bool(ProblemProperties.CLIENT_ERROR_MESSAGES, true);

    /** The log level of 5xx problems. */
    public static final Option<Level> LOG_SERVER_ERRORS = level(ProblemProperties.LOG_SERVER_ERRORS, Level.ERROR);

    /** The log level of 4xx problems. */
    public static final Option<Level> LOG_CLIENT_ERRORS = level(ProblemProperties.LOG_CLIENT_ERRORS, Level.DEBUG);

    /** The status of Bean Validation failures. */
    public static final Option<Integer> VALIDATION_STATUS = status(ProblemProperties.VALIDATION_STATUS, 422);

    /** The status where Jakarta REST demands 404 for a parameter that cannot be converted. */
    public static final Option<Integer> PARAM_CONVERSION_STATUS = status(ProblemProperties.PARAM_CONVERSION_STATUS,
            404);

    /** The base name of the messages files; none set means the default name, used only when it exists. */
    public static final Option<String> MESSAGES = new Option<>(ProblemProperties.MESSAGES, String.class, null,
            text -> text, text -> !text.isBlank(), "a class-path base name such as problem-messages");

    /** Whether trace ids a client sent ({@code traceparent}, {@code X-Request-Id}) are used. */
    public static final Option<Boolean> TRUST_CLIENT_TRACE_IDS = bool(ProblemProperties.TRUST_CLIENT_TRACE_IDS, true);

    /** The most entries of {@code errors} one answer lists. */
    public static final Option<Integer> MAX_ERRORS = new Option<>(ProblemProperties.MAX_ERRORS, Integer.class, 100,
            Integer::valueOf, max -> max >= 1 && max <= 1000, "a number from 1 to 1000");

    /** What a downstream service's problem that escapes a resource becomes. */
    public static final Option<DownstreamProblems> DOWNSTREAM_PROBLEMS = Option.of(
            ProblemProperties.DOWNSTREAM_PROBLEMS, DownstreamProblems.class, DownstreamProblems.BAD_GATEWAY,
            FeatureOptions::downstreamProblems, "bad-gateway, status or forward");

    /** Log levels per status class, status and type. */
    public static final Option<LogLevels> LOG_LEVELS = new Option<>(ProblemProperties.LOG_LEVELS, LogLevels.class,
            LogLevels.NONE, LogLevels::parse, levels -> true,
            "key=LEVEL entries (key 4xx, 5xx, a status 400 to 599 or a type) separated by commas");

    /** Client-error log lines per second and kind. */
    public static final Option<Integer> LOG_CLIENT_ERRORS_PER_SECOND = new Option<>(
            ProblemProperties.LOG_CLIENT_ERRORS_PER_SECOND, Integer.class, 100, Integer::valueOf,
            n -> n >= 0 && n <= 1_000_000, "a number from 0 (no limit) to 1000000");

    /** Whether problems are counted, with Micrometer. */
    public static final Option<Boolean> METRICS = bool(ProblemProperties.METRICS, true);

    /** Whether the current OpenTelemetry span is used and told. */
    public static final Option<Boolean> TRACING = bool(ProblemProperties.TRACING, true);

    /** The Micrometer registry problems are counted in; none set means Micrometer's global registry. */
    public static final Option<Object> METER_REGISTRY = new Option<>(ProblemProperties.METER_REGISTRY, Object.class,
            null, text -> null, FeatureOptions::isMeterRegistry, "a Micrometer MeterRegistry, given in code");

    private static final List<Option<?>> ALL = List.of(AUTO_DISCOVERY, TYPE_BASE_URI, INSTANCE,
            CLIENT_ERROR_MESSAGES, LOG_SERVER_ERRORS, LOG_CLIENT_ERRORS, VALIDATION_STATUS, PARAM_CONVERSION_STATUS,
            MESSAGES, TRUST_CLIENT_TRACE_IDS, MAX_ERRORS, DOWNSTREAM_PROBLEMS, TYPE_PAGES, METER_REGISTRY, LOG_LEVELS,
            LOG_CLIENT_ERRORS_PER_SECOND, METRICS, TRACING);

    /** Creates the set; called by the service loader. */
    public FeatureOptions() {
    }

    @Override
    public List<Option<?>> options() {
        return ALL;
    }

    private static Option<Boolean> bool(String name, boolean fallback) {
        return Option.of(name, Boolean.class, fallback, text -> switch (text.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> null;
        }, "true or false");
    }

    private static Option<Level> level(String name, Level fallback) {
        return Option.of(name, Level.class, fallback, text -> Level.valueOf(text.toUpperCase(Locale.ROOT)),
                "a System.Logger level (OFF, ERROR, WARNING, INFO, DEBUG, TRACE, ALL)");
    }

    private static Option<Integer> status(String name, int usual) {
        return new Option<>(name, Integer.class, usual, Integer::valueOf,
                status -> status == usual || status == 400, usual + " or 400");
    }

    /**
     * Reads the path of the type pages as written, with or without its slashes: {@code /problems/} is
     * {@code problems}.
     *
     * @param text the path
     * @return the path without leading and trailing slashes
     */
    public static String pagesPath(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == '/') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == '/') {
            end--;
        }
        return text.substring(start, end);
    }

    /** Tells a Micrometer registry by its class, without linking Micrometer, which may be absent. */
    private static boolean isMeterRegistry(Object value) {
        for (Class<?> c = value.getClass(); c != null; c = c.getSuperclass()) {
            if (c.getName().equals("io.micrometer.core.instrument.MeterRegistry")) {
                return true;
            }
        }
        return false;
    }

    private static InstanceStrategy instance(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "path" -> InstanceStrategy.REQUEST_PATH;
            case "none" -> InstanceStrategy.NONE;
            case "trace-id" -> InstanceStrategy.TRACE_ID;
            default -> null;
        };
    }

    private static DownstreamProblems downstreamProblems(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "bad-gateway" -> DownstreamProblems.BAD_GATEWAY;
            case "status" -> DownstreamProblems.STATUS;
            case "forward" -> DownstreamProblems.FORWARD;
            default -> null;
        };
    }
}
