package dev.problemguide.jersey.internal.edge;

import dev.problemguide.Problem;
import dev.problemguide.ProblemFactory;
import dev.problemguide.jersey.internal.observe.Observers;
import dev.problemguide.jersey.internal.pipeline.LogText;
import dev.problemguide.jersey.internal.pipeline.ProblemPipeline;
import dev.problemguide.jersey.internal.request.RequestPaths;
import dev.problemguide.json.ProblemJsonWriter;
import dev.problemguide.json.ProblemMediaType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.util.Set;
import java.util.UUID;

/**
 * The problem a container guard answers: the guide's title and detail for the status (the application's messages
 * files are the application's, out of reach here), {@code instance} from the raw request path when there is one
 * that is a path, and for a 5xx a {@code traceId} that the one log line at ERROR names. Nothing of the container's
 * own message or of an exception ever goes into it: both may carry internals. Only a failure with an exception is
 * logged at ERROR, and never a 501 or 505, which a client alone can make a container answer.
 */
public final class EdgeProblems {

    /** The media type every guard answers with. */
    public static final String CONTENT_TYPE = ProblemMediaType.APPLICATION_PROBLEM_JSON;

    /** The header that keeps a browser from sniffing the body as something else ({@code nosniff}). */
    public static final String NOSNIFF_HEADER = ProblemPipeline.NOSNIFF_HEADER;

    /** Its value. */
    public static final String NOSNIFF = ProblemPipeline.NOSNIFF;

    /**
     * Headers, by lower-case name, that describe a body rather than the resource: a failed component may have set them
     * for the body it could not send, and no guard's answer keeps them.
     */
    public static final Set<String> BODY_HEADERS = Set.of("content-encoding", "content-language", "content-location",
            "content-range", "content-disposition", "etag", "last-modified", "transfer-encoding");

    /** The {@code Cache-Control} of every guard's answer: an error is not to be kept, {@value}. */
    public static final String CACHE_CONTROL = "no-store";

    private static final System.Logger LOG = System.getLogger(EdgeProblems.class.getName());
    private static final ProblemJsonWriter WRITER = new ProblemJsonWriter();

    private EdgeProblems() {
    }

    /**
     * Builds the problem for a status a container answers, and logs it: a 501 or 505 at DEBUG (the container's
     * refusal of what a client sent), another 5xx with an exception at ERROR with its trace id and the exception
     * (whose message stays in the log), without one at WARNING, a 4xx at DEBUG, since only the client caused it.
     *
     * @param status    the status, 400 to 599 (anything else becomes 500)
     * @param method    the request's method, or {@code null} when the container could not read one
     * @param rawPath   the request's raw path (no query), or {@code null} when the container could not read one
     * @param container who answered, for the log line: {@code Tomcat}, {@code Jetty}...
     * @param failure   the exception behind a 5xx, or {@code null}
     * @return the problem
     */
    public static Problem problem(int status, String method, String rawPath, String container, Throwable failure) {
        int answered = status >= 400 && status <= 599 ? status : 500;
        Problem problem = ProblemFactory.standard().create(answered);
        URI instance = RequestPaths.instance(rawPath);
        if (instance != null) {
            problem = problem.withInstance(instance);
        }
        if (answered >= 500) {
            String traceId = Observers.edgeTraceId();
            if (traceId == null) {
                traceId = UUID.randomUUID().toString();
            }
            problem = problem.withExtension("traceId", traceId);
            String line = answered + " answered by " + container + " before or outside Jersey; traceId=" + traceId;
            if (answered == 501 || answered == 505) {
                // The container's refusal of what a client sent (an HTTP version it does not speak, a transfer coding
                // it does not know): any client can cause it, so it is no ERROR, whatever exception the parser made.
                LOG.log(Level.DEBUG, line);
            } else if (failure != null) {
                LOG.log(Level.ERROR, line, LogText.loggable(failure));
            } else {
                // A 5xx someone chose to send (a 503 while the server stops).
                LOG.log(Level.WARNING, line);
            }
        } else {
            LOG.log(Level.DEBUG, () -> answered + " answered by " + container + " before or outside Jersey");
        }
        Observers.observeEdge(problem, method, failure);
        return problem;
    }

    /**
     * Serializes a problem.
     *
     * @param problem the problem
     * @return its {@code application/problem+json} bytes
     */
    public static byte[] json(Problem problem) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try {
            WRITER.write(problem, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
