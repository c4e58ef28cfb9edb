package dev.problemguide.samples;

import dev.problemguide.Problem;
import dev.problemguide.ProblemFactory;
import dev.problemguide.json.ProblemJsonWriter;
import dev.problemguide.json.ProblemMediaType;
import java.io.OutputStream;
import java.net.URISyntaxException;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpContainer;

/**
 * Wraps Jersey's Grizzly container so that the few errors that happen before Jersey sees the request — a
 * request URI that is not validly percent-encoded, say — are answered with a problem too, instead of
 * Grizzly's HTML page, which shows the exception and its stack trace. A pattern for any Grizzly deployment.
 */
public final class ProblemGuardedHandler extends HttpHandler {

    private static final System.Logger LOG = System.getLogger(ProblemGuardedHandler.class.getName());

    private final GrizzlyHttpContainer container;
    private final ProblemJsonWriter writer = new ProblemJsonWriter();

    /**
     * Wraps a container.
     *
     * @param container Jersey's container
     */
    public ProblemGuardedHandler(GrizzlyHttpContainer container) {
        this.container = container;
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
                LOG.log(System.Logger.Level.DEBUG, "400 for a request URI that is not valid");
            } else {
                String traceId = java.util.UUID.randomUUID().toString();
                problem = problem.withExtension("traceId", traceId);
                LOG.log(System.Logger.Level.ERROR, "500 before Jersey could answer; traceId=" + traceId, e);
            }
            response.reset();
            response.setStatus(status);
            response.setContentType(ProblemMediaType.APPLICATION_PROBLEM_JSON);
            try (OutputStream out = response.getOutputStream()) {
                writer.write(problem, out);
            }
        }
    }
}
