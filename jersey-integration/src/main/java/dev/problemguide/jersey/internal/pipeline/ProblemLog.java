package dev.problemguide.jersey.internal.pipeline;

import dev.problemguide.Problem;
import dev.problemguide.RemoteProblemException;
import dev.problemguide.jersey.internal.config.FeatureConfig;
import dev.problemguide.jersey.internal.request.TraceIds;
import java.lang.System.Logger.Level;
import java.net.URI;

/**
 * The one log line of each problem, written when the problem is complete: status, method, path, trace id
 * (when the problem has one), type and exception class; a 5xx with the exception's stack trace. Request
 * text in it is escaped ({@link LogText}).
 *
 * <p>A downstream service's problem that was not forwarded adds what that service answered: the request that
 * failed, its status, the type and instance of its problem and its trace id (the problem's {@code traceId}
 * member, else the trace-id of the response's {@code traceparent}, else its {@code X-Request-Id}), escaped as
 * request text is. Its level is that of the downstream's status: a 4xx the other service answered is logged at
 * the client-error level without stack trace, whatever status this service answers with.
 */
final class ProblemLog {

    private static final System.Logger LOG = System.getLogger("dev.problemguide.jersey.ProblemFeature");

    private final FeatureConfig config;

    ProblemLog(FeatureConfig config) {
        this.config = config;
    }

    void log(Problem problem, ErrorContext context, RemoteProblemException downstream) {
        int status = context.status();
        boolean serverError = downstream == null ? status >= 500 : !isClientError(downstream.responseStatus());
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
                describe(downstream, line);
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

    private static boolean isClientError(int status) {
        return status >= 400 && status < 500;
    }

    /** What the downstream answered, each member escaped; the members its problem lacks are left out. */
    private static void describe(RemoteProblemException downstream, StringBuilder line) {
        Problem problem = downstream.problem();
        line.append(" downstreamMethod=").append(value(downstream.requestMethod()))
                .append(" downstreamUri=").append(LogText.safe(String.valueOf(downstream.requestUri())))
                .append(" downstreamStatus=").append(downstream.responseStatus());
        append(line, " downstreamType=", problem.type());
        append(line, " downstreamInstance=", problem.instance());
        String traceId = traceId(downstream);
        if (traceId != null) {
            line.append(" downstreamTraceId=").append(value(traceId));
        }
    }

    /** Text the other service chose, escaped as request text is, its spaces too: one value cannot pose as more. */
    private static String value(String text) {
        return LogText.safe(text).replace(" ", "\\u0020");
    }

    private static void append(StringBuilder line, String key, URI value) {
        if (value != null) {
            line.append(key).append(LogText.safe(value.toString()));
        }
    }

    /** The problem's traceId member, else the trace-id of the response's traceparent, else its X-Request-Id. */
    private static String traceId(RemoteProblemException downstream) {
        if (downstream.problem().extensions().get("traceId") instanceof String member && !member.isBlank()) {
            return member;
        }
        String traceparent = downstream.responseHeader("traceparent");
        String fromTraceparent = traceparent == null ? null : TraceIds.fromTraceparent(traceparent.trim());
        if (fromTraceparent != null) {
            return fromTraceparent;
        }
        String requestId = downstream.responseHeader("X-Request-Id");
        return requestId == null || requestId.isBlank() ? null : requestId;
    }
}
