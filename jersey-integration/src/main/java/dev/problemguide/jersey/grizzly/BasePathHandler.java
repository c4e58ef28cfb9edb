package dev.problemguide.jersey.grizzly;

import dev.problemguide.jersey.internal.edge.EdgeProblems;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.OutputStream;
import org.glassfish.grizzly.http.Method;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;
import org.glassfish.grizzly.http.server.util.MappingData;

/**
 * The application's handler at a base path other than {@code /}, mounted at the root in its place. Grizzly maps a
 * request to a handler below the root by decoding its URI first, and answers a URI it cannot decode with an empty
 * 500 and a path outside every mapping with its HTML 404, before any handler runs; the root handler alone is
 * given the request undecoded. So this handler does the mapping: a 400 problem for a URI that is not validly
 * percent-encoded, a 404 problem for a path outside the base path, and for the rest the same context path Grizzly
 * would have set, so that Jersey sees its base URI as before.
 */
final class BasePathHandler extends HttpHandler {

    private final String basePath;
    private final ProblemGrizzlyHandler application;

    /**
     * Mounts an application below the root.
     *
     * @param basePath    the base path without its trailing slash, such as {@code /api}
     * @param application the application's handler
     */
    BasePathHandler(String basePath, ProblemGrizzlyHandler application) {
        this.basePath = basePath;
        this.application = application;
    }

    @Override
    public void start() {
        application.start();
    }

    @Override
    public void destroy() {
        application.destroy();
    }

    @Override
    public void service(Request request, Response response) throws Exception {
        String path;
        try {
            path = request.getDecodedRequestURI();
        } catch (CharConversionException | RuntimeException e) {
            answer(request, response, 400);
            return;
        }
        if (path == null || !(path.equals(basePath) || path.startsWith(basePath + "/"))) {
            answer(request, response, 404);
            return;
        }
        MappingData mapping = new MappingData();
        mapping.contextPath.setString(basePath);
        mapping.pathInfo.setString(path.substring(basePath.length()));
        mapping.wrapperPath.setString("");
        updatePaths(request, mapping);
        application.service(request, response);
    }

    private static void answer(Request request, Response response, int status) throws IOException {
        byte[] body = EdgeProblems.json(EdgeProblems.problem(status, request.getMethod().getMethodString(),
                request.getRequestURI(), "Grizzly", null));
        response.setStatus(status);
        response.setContentType(EdgeProblems.CONTENT_TYPE);
        response.setHeader(EdgeProblems.NOSNIFF_HEADER, EdgeProblems.NOSNIFF);
        response.setHeader("Cache-Control", EdgeProblems.CACHE_CONTROL);
        response.setContentLength(body.length);
        if (!Method.HEAD.equals(request.getMethod())) {
            try (OutputStream out = response.getOutputStream()) {
                out.write(body);
            }
        }
    }
}
