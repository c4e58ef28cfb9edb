package dev.problemguide.jersey.jetty;

import dev.problemguide.Problem;
import dev.problemguide.jersey.internal.edge.EdgeProblems;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * A Jetty 12 error handler that answers every error Jetty produces itself with an RFC 9457
 * {@code application/problem+json} body instead of Jetty's HTML page: a request Jetty refuses before any handler runs
 * (a request URI that is not validly percent-encoded or has an ambiguous segment or separator, 400; a request URI too
 * long, 414; request headers too large, 431; a method token that is not a token, 400), and a 500 Jetty writes for a
 * handler that failed, Jersey's container included (an exception Jersey could not map).
 *
 * <p>The problem is the guide's one for the status (RFC 9457 section 4.2, {@code about:blank} with the status's
 * title), with {@code instance} (section 3.1.5) the request's raw path when Jetty still knows it; for a request it
 * could not parse, Jetty only passes a stand-in ({@code GET /badMessage} or {@code /badURI}), so there is none. Jetty's
 * message and the exception never go into it: they may carry internals; a 5xx gets a {@code traceId} that one log line
 * at ERROR names, with the exception. The response has {@code Content-Type: application/problem+json},
 * {@code X-Content-Type-Options: nosniff}, its {@code Content-Length} and, as Jetty's own error pages,
 * {@code Cache-Control: no-store}; a {@code HEAD} request and a status without content get
 * no body (but a {@code HEAD} whose request line Jetty could not parse reaches it as the {@code GET} stand-in, and gets
 * the body, as it gets Jetty's page; Jetty closes that connection). Every method gets the problem (Jetty's own page is only for {@code GET}, {@code POST} and {@code HEAD}),
 * whatever the request's {@code Accept} says: the problem is the one representation of an error.
 *
 * <p>Set it with {@link ProblemJetty#install} or {@code server.setErrorHandler(new ProblemJettyErrorHandler())}, on
 * the server (a context with an error handler of its own, such as a servlet context, keeps that one for its requests).
 * Works on Jetty 12.0 and 12.1: it implements {@link Request.Handler} itself rather than extending
 * {@link ErrorHandler}, whose protected methods changed between them.
 */
@SuppressWarnings("exports") // The container's types here are the application's: read statically, not transitively.
public final class ProblemJettyErrorHandler implements Request.Handler {

    /** The path of the request Jetty makes up for a request it could not parse at all. */
    static final String BAD_MESSAGE_PATH = "/badMessage";

    /** The path Jetty puts in place of a request URI it refused (an ambiguous or invalid one). */
    static final String BAD_URI_PATH = "/badURI";


    /** Makes the handler; it has no settings. */
    public ProblemJettyErrorHandler() {
    }

    /**
     * Answers an error with a problem. Declares no checked exception: it throws none, and an override of Jetty
     * 12.0.3's {@code ErrorHandler.handle}, which declares none, could not either; the handler implements
     * {@code Request.Handler} directly, the same in 12.0 and 12.1.
     *
     * @param request  the request in error, with Jetty's {@link ErrorHandler#ERROR_STATUS} and
     *                 {@link ErrorHandler#ERROR_EXCEPTION} attributes
     * @param response the response, its status already the error's
     * @param callback completed when the problem is written
     * @return {@code true}: the error is always answered
     */
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = status(request, response);
        if (HttpStatus.hasNoBody(status)) {
            callback.succeeded();
            return true;
        }
        Throwable failure = request.getAttribute(ErrorHandler.ERROR_EXCEPTION) instanceof Throwable t ? t : null;
        Problem problem = EdgeProblems.problem(status, request.getMethod(), rawPath(request, failure), "Jetty",
                failure);
        byte[] body = EdgeProblems.json(problem);
        response.setStatus(problem.status());
        EdgeProblems.BODY_HEADERS.forEach(response.getHeaders()::remove);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, EdgeProblems.CONTENT_TYPE);
        response.getHeaders().put(EdgeProblems.NOSNIFF_HEADER, EdgeProblems.NOSNIFF);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, EdgeProblems.CACHE_CONTROL);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        // Jetty accepts a last write of nothing under a Content-Length for HEAD: the length says what GET would get.
        boolean head = HttpMethod.HEAD.is(request.getMethod());
        response.write(true, head ? null : ByteBuffer.wrap(body), callback);
        return true;
    }

    /** The response's status, which Jetty sets before calling; its attribute when the response has none. */
    private static int status(Request request, Response response) {
        int status = response.getStatus();
        if (status >= 400) {
            return status;
        }
        return request.getAttribute(ErrorHandler.ERROR_STATUS) instanceof Integer code ? code : status;
    }

    /**
     * The request's raw path, or {@code null} for Jetty's stand-in of a request it could not parse: that path was
     * never the client's. A request that really was for {@code /badMessage} keeps it, as its error is no
     * {@link HttpException} of Jetty's parser.
     */
    static String rawPath(Request request, Throwable failure) {
        String path = request.getHttpURI() == null ? null : request.getHttpURI().getPath();
        boolean standIn = BAD_MESSAGE_PATH.equals(path) || BAD_URI_PATH.equals(path);
        return standIn && (failure == null || failure instanceof HttpException) ? null : path;
    }
}
