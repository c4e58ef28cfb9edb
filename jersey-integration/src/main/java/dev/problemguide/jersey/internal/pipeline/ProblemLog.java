package dev.problemguide.jersey.internal.pipeline;

import dev.problemguide.Problem;
import dev.problemguide.RemoteProblemException;
import dev.problemguide.jersey.internal.config.FeatureConfig;
import java.lang.System.Logger.Level;

/**
 * The one log line of each problem, written when the problem is complete: status, method, path, trace id
 * (when the problem has one), type and exception class; a 5xx with the exception's stack trace. Request
 * text in it is escaped ({@link LogText}).
 *
 * <p>A downstream service's problem that was not forwarded adds what that service answered, and takes the level
 * of its status ({@link DownstreamLog}).
 */
final class ProblemLog {

    private static final System.Logger LOG = System.getLogger("dev.problemguide.jersey.ProblemFeature");

    private final FeatureConfig config;

    ProblemLog(FeatureConfig config) {
        this.config = config;
    }

    void log(Problem problem, ErrorContext context, RemoteProblemException downstream) {
        int status = context.status();
        boolean serverError = downstream == null ? status >= 500 : DownstreamLog.isServerError(downstream);
        Level level = config.logLevel(serverError);
        if (level == Level.OFF || !LOG.isLoggable(level)) {
            return;
        }
        try {
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
}
