package dev.problemguide.jersey.grizzly;

import dev.problemguide.jersey.internal.edge.EdgeProblems;
import java.nio.charset.StandardCharsets;
import org.glassfish.grizzly.http.server.ErrorPageGenerator;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;

/**
 * Grizzly's error pages as problems: what Grizzly answers with {@code sendError} itself (a 413 for a body over
 * the server's limit, a 503 while it shuts down, a 500 of its own) gets the guide's problem instead of an HTML
 * page. Grizzly writes the page as it is unless a content type is set, which is why the response gets its own.
 */
final class ProblemErrorPages implements ErrorPageGenerator {

    @Override
    public String generate(Request request, int status, String reasonPhrase, String description,
            Throwable exception) {
        Response response = request.getResponse();
        response.setContentType(EdgeProblems.CONTENT_TYPE);
        response.setHeader(EdgeProblems.NOSNIFF_HEADER, EdgeProblems.NOSNIFF);
        response.setHeader("Cache-Control", EdgeProblems.CACHE_CONTROL);
        // The guide's texts and a percent-encoded instance are ASCII: Grizzly's default page encoding keeps them.
        String method = request.getMethod() == null ? null : request.getMethod().getMethodString();
        return new String(EdgeProblems.json(EdgeProblems.problem(status, method, request.getRequestURI(), "Grizzly",
                exception)), StandardCharsets.US_ASCII);
    }
}
