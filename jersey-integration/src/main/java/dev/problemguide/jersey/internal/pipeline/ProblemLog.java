package dev.problemguide.jersey.internal.pipeline;

import dev.problemguide.Problem;
import dev.problemguide.RemoteProblemException;
import dev.problemguide.jersey.internal.config.FeatureConfig;
import dev.problemguide.jersey.internal.config.FeatureOptions;
import dev.problemguide.jersey.internal.config.LogLevels;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * The one log line of each problem, written when the problem is complete: status, method, path, trace id
 * (when the problem has one), type and exception class; a 5xx with the exception's stack trace. Request
 * text in it is escaped ({@link LogText}). Its level is the one chosen for the problem's type, else its status,
 * else its status class, else that of client or server errors; client errors are limited to a number of lines
 * per second and kind ({@link LogLimiter}).
 *
 * <p>A downstream service's problem that was not forwarded adds what that service answered, and takes the level
 * of its status ({@link DownstreamLog}).
 */
final class ProblemLog {

    private static final System.Logger LOG = System.getLogger("dev.problemguide.jersey.ProblemFeature");

    private final FeatureConfig config;
    private final LogLevels levels;
    private final Map<URI, Level> typeLevels = new HashMap<>();
    private final LogLimiter limiter;

    ProblemLog(FeatureConfig config) {
        this.config = config;
        LogLevels chosen = config.get(FeatureOptions.LOG_LEVELS);
        this.levels = chosen == null ? LogLevels.NONE : chosen;
        levels.types().forEach((type, level) -> typeLevels.put(config.resolveType(type), level));
        Integer perSecond = config.get(FeatureOptions.LOG_CLIENT_ERRORS_PER_SECOND);
        this.limiter = new LogLimiter(perSecond == null ? 0 : perSecond, System::currentTimeMillis);
    }

    void log(Problem problem, ErrorContext context, RemoteProblemException downstream) {
        int status = context.status();
        boolean serverError = downstream == null ? status >= 500 : DownstreamLog.isServerError(downstream);
        // A downstream's problem takes its level from its type, else from the downstream's status class.
        Level level = downstream == null ? level(status, problem.type(), serverError)
                : typeLevels.getOrDefault(problem.type(), config.logLevel(serverError));
        if (level == Level.OFF || !LOG.isLoggable(level)) {
            return;
        }
        try {
            if (!serverError) {
                LogLimiter.Decision decision = limiter.admit(status, problem.type());
                if (!decision.write()) {
                    return;
                }
                if (decision.suppressed() > 0) {
                    LOG.log(level, summary(decision.kind().status(), decision.kind().type(), decision.suppressed()));
                }
            }
            StringBuilder line = new StringBuilder(128).append(status).append(' ')
                    .append(LogText.safe(context.method())).append(' ').append(LogText.safe(context.path()));
            if (problem.extensions().get("traceId") instanceof String traceId) {
                line.append(" traceId=").append(LogText.safe(traceId));
            }
            line.append(" type=").append(LogText.safe(problem.type().toString()));
            Throwable exception = context.exceptionOrNull();
            if (exception != null) {
                line.append(" exception=").append(exception.getClass().getName());
            }
            if (downstream != null) {
                DownstreamLog.describe(downstream, line);
            }
            if (serverError && exception != null) {
                LOG.log(level, line.toString(), LogText.loggable(exception));
            } else {
                LOG.log(level, line.toString());
            }
        } catch (RuntimeException e) {
            // A logger that fails must not take the answer with it.
            return;
        }
    }

    /** Writes the summary lines of what is still left out, as the application stops. */
    void drain() {
        for (Map.Entry<LogLimiter.Kind, Long> left : limiter.drain()) {
            LogLimiter.Kind kind = left.getKey();
            Level level = kind.type() == null ? config.logLevel(false) : level(kind.status(), kind.type(), false);
            if (level != Level.OFF && LOG.isLoggable(level)) {
                LOG.log(level, summary(kind.status(), kind.type(), left.getValue()));
            }
        }
    }

    private Level level(int status, URI type, boolean serverError) {
        Level level = typeLevels.get(type);
        if (level == null) {
            level = levels.statuses().get(status);
        }
        if (level == null) {
            level = levels.classes().get(status / 100);
        }
        return level != null ? level : config.logLevel(serverError);
    }

    private static String summary(int status, URI type, long suppressed) {
        return suppressed + " more " + (type == null ? "client-error lines" : status + " lines of type="
                + LogText.safe(type.toString())) + " were left out (problemguide.log.clientErrorsPerSecond)";
    }
}
