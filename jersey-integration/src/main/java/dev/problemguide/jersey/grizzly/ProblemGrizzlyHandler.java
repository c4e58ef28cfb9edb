package dev.problemguide.jersey.grizzly;

import dev.problemguide.Problem;
import dev.problemguide.ProblemFactory;
import dev.problemguide.jersey.internal.observe.Observers;
import dev.problemguide.jersey.internal.pipeline.LogText;
import dev.problemguide.jersey.internal.pipeline.ProblemPipeline;
import dev.problemguide.jersey.internal.request.RequestPaths;
import dev.problemguide.jersey.internal.request.RequestView;
import dev.problemguide.jersey.internal.request.TraceIds;
import dev.problemguide.json.ProblemJsonWriter;
import dev.problemguide.json.ProblemMediaType;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpContainer;

/**
 * Wraps Jersey's Grizzly container so that what escapes Jersey is answered with a problem too, instead of
 * Grizzly's HTML error page, which shows the exception's message and stack trace: a request URI that is not
 * validly percent-encoded (a 400), or an exception Jersey could not map (a response filter that fails on
 * every response, error responses included; a 500 with a {@code traceId}, logged once).
 *
 * <p>Only for applications on Grizzly; needs {@code jersey-container-grizzly2-http} on the class path.
 * {@link ProblemGrizzly#createHttpServer} sets it up. Failures on threads of their own (an asynchronous
 * response that fails while being written) still reach Grizzly.
 */
public final class ProblemGrizzlyHandler extends HttpHandler {

    private static final System.Logger LOG = System.getLogger(ProblemGrizzlyHandler.class.getName());
    private static final Pattern HOST = Pattern.compile(
            "(\\[[0-9A-Fa-f:.]+]|([A-Za-z0-9._~!$&'()*+;=-]|%[0-9A-Fa-f]{2})*)(:[0-9]{0,5})?");

    private final GrizzlyHttpContainer container;
    private final boolean trustClientTraceIds;
    private final ProblemJsonWriter writer = new ProblemJsonWriter();

    /**
     * Wraps a container.
     *
     * @param container Jersey's container
     */
    public ProblemGrizzlyHandler(GrizzlyHttpContainer container) {
        this(container, true);
    }

    /**
     * Wraps a container, saying whether the trace ids of its 500s may come from the request.
     *
     * @param container           Jersey's container
     * @param trustClientTraceIds whether a client's {@code traceparent} or {@code X-Request-Id} may be used, as
     *                            {@code problemguide.trustClientTraceIds} says for the application's problems
     */
    public ProblemGrizzlyHandler(GrizzlyHttpContainer container, boolean trustClientTraceIds) {
        this.container = container;
        this.trustClientTraceIds = trustClientTraceIds;
    }

    @Override
    public void start() {
        container.start();
    }

    @Override
    public void destroy() {
        container.destroy();
    }

    @Override
    public void service(Request request, Response response) throws Exception {
        String host = joined(request, "Host");
        if (host != null && !isHost(host)) {
            // Jersey builds the request's URI from Host: "evil/x" would move the path, "h:1/x" fail with a 500.
            LOG.log(Level.DEBUG, "400 for a Host header that is not a host and port");
            answer(response, ProblemFactory.standard().create(400)
                    .withDetail("The request's Host header is not a valid host and port."), request, null);
            return;
        }
        try {
            container.service(request, response);
        } catch (Exception | Error e) {
            if (response.isCommitted() || e instanceof OutOfMemoryError) {
                throw e;
            }
            boolean badUri = e.getCause() instanceof URISyntaxException || e instanceof IllegalArgumentException;
            int status = badUri ? 400 : 500;
            Problem problem = ProblemFactory.standard().create(status);
            if (badUri) {
                problem = problem.withDetail("The request URI is not valid: check its percent-encoding.");
                LOG.log(Level.DEBUG, "400 for a request URI that is not valid");
            } else {
                String traceId = Observers.edgeTraceId();
                if (traceId == null) {
                    traceId = TraceIds.of(new GrizzlyRequestView(request), trustClientTraceIds);
                }
                problem = problem.withExtension("traceId", traceId);
                LOG.log(Level.ERROR, "500 that Jersey could not answer; traceId=" + traceId,
                        LogText.loggable(e));
            }
            answer(response, problem, request, badUri ? null : e);
        }
    }

    private void answer(Response response, Problem problem, Request request, Throwable failure) throws IOException {
        URI instance = RequestPaths.instance(request.getRequestURI());
        Problem answered = instance == null ? problem : problem.withInstance(instance);
        Observers.observeEdge(answered, request.getMethod().getMethodString(), failure);
        response.reset();
        response.setStatus(answered.status());
        response.setContentType(ProblemMediaType.APPLICATION_PROBLEM_JSON);
        response.setHeader(ProblemPipeline.NOSNIFF_HEADER, ProblemPipeline.NOSNIFF);
        try (OutputStream out = response.getOutputStream()) {
            writer.write(answered, out);
        }
    }

    /**
     * RFC 9110 section 7.2: {@code uri-host [ ":" port ]}, a bracketed IP literal or a reg-name (empty allowed,
     * {@code %} only as {@code %HH}).
     */
    static boolean isHost(String host) {
        return HOST.matcher(host).matches();
    }

    /**
     * A header's values joined by commas, as Jersey gives them: two Host headers join into a value no host matches
     * (RFC 9112 section 3.2 refuses them), a repeated traceparent into one the trace-id rules refuse.
     */
    private static String joined(Request request, String name) {
        String joined = null;
        for (String value : request.getHeaders(name)) {
            joined = joined == null ? value : joined + "," + value;
        }
        return joined;
    }

    /** The request, as the trace-id lookup reads it. */
    private static final class GrizzlyRequestView implements RequestView {
        private final Request request;

        GrizzlyRequestView(Request request) {
            this.request = request;
        }

        @Override
        public String method() {
            return String.valueOf(request.getMethod());
        }

        @Override
        public String rawPath() {
            return request.getRequestURI();
        }

        @Override
        public String header(String name) {
            return joined(request, name);
        }
    }
}
