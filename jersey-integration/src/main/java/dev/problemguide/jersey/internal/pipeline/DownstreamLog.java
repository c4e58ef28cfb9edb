package dev.problemguide.jersey.internal.pipeline;

import dev.problemguide.Problem;
import dev.problemguide.RemoteProblemException;
import dev.problemguide.jersey.internal.request.TraceIds;
import java.net.URI;

/**
 * What the log line of a downstream service's problem that was not forwarded adds: the request that failed, the
 * status the other service answered, the type and instance of its problem and its trace id
 * ({@link TraceIds#ofDownstream}), each as one field escaped by {@link LogText#field}, since the other service
 * chose them; and the line's level, which is that of the downstream's status: a 4xx the other service answered
 * is logged at the client-error level without stack trace, whatever status this service answers with.
 */
final class DownstreamLog {

    private DownstreamLog() {
    }

    /**
     * Tells whether the line is logged at the server-error level, with the stack trace.
     *
     * @param downstream the downstream service's problem
     * @return {@code false} when the downstream answered a 4xx
     */
    static boolean isServerError(RemoteProblemException downstream) {
        int status = downstream.responseStatus();
        return status < 400 || status >= 500;
    }

    /**
     * Appends the downstream's fields; those its answer lacks are left out.
     *
     * @param downstream the downstream service's problem
     * @param line       the log line so far
     */
    static void describe(RemoteProblemException downstream, StringBuilder line) {
        Problem problem = downstream.problem();
        line.append(" downstreamMethod=").append(LogText.field(downstream.requestMethod()))
                .append(" downstreamUri=").append(LogText.field(String.valueOf(downstream.requestUri())))
                .append(" downstreamStatus=").append(downstream.responseStatus());
        append(line, " downstreamType=", problem.type());
        append(line, " downstreamInstance=", problem.instance());
        String traceId = TraceIds.ofDownstream(downstream);
        if (traceId != null) {
            line.append(" downstreamTraceId=").append(LogText.field(traceId));
        }
    }

    private static void append(StringBuilder line, String key, URI value) {
        if (value != null) {
            line.append(key).append(LogText.field(value.toString()));
        }
    }
}
