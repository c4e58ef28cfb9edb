package dev.problemguide.jersey.servlet;

import dev.problemguide.Problem;
import dev.problemguide.jersey.internal.edge.EdgeProblems;
import dev.problemguide.jersey.internal.edge.ServletProblemResponse;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The error page that answers every status and exception the servlet container answers itself with an RFC 9457
 * {@code application/problem+json} body instead of the container's HTML page: a path no servlet is mapped to (404),
 * a method the container refuses ({@code TRACE}, 405), an exception from another servlet or a filter (500, with a
 * {@code traceId} that the one log line at ERROR names), and so on.
 *
 * <p>The problem carries the guide's title and detail for the status and, as {@code instance}, the raw path the
 * client asked for (RFC 9457 section 3.1). It never carries the container's message or the exception's: both may
 * show internals, and the exception goes to the log only. Headers the container already set, such as the
 * {@code Allow} of a 405, are kept.
 *
 * <p>It is meant as the container's default error page (an {@code <error-page>} with only a {@code <location>}),
 * mapped to {@link #PATH}: in a WAR the jar's {@code META-INF/web-fragment.xml} (named {@code problemguide}) declares
 * both, and in embedded Tomcat {@link dev.problemguide.jersey.tomcat.ProblemTomcat#install} does. A web
 * application's own {@code web.xml} error pages take precedence over the fragment's. Requested directly, not as an
 * error dispatch, it answers a 404 problem for its own path, as if it were not there.
 */
@SuppressWarnings("exports") // The container's types here are the application's: read statically, not transitively.
public final class ProblemErrorServlet extends HttpServlet {

    /**
     * The path the servlet is mapped to, {@value}: an exact mapping, which wins over an application's {@code /*},
     * and a name no application is likely to use.
     */
    public static final String PATH = "/problemguide-error";

    private static final long serialVersionUID = 1L;

    /** Creates the servlet; the container does, from the web fragment or from {@code ProblemTomcat}. */
    public ProblemErrorServlet() {
        super();
    }

    /**
     * Answers the error the container dispatched here, whatever the method: Tomcat 10.1 keeps the original request's
     * method on the error dispatch (a {@code TRACE} stays a {@code TRACE}), Tomcat 11 dispatches a {@code GET}, and
     * {@code HttpServlet}'s own dispatch by method would answer some of them with a 405 of its own.
     *
     * @param request  the request; on an error dispatch, its {@code jakarta.servlet.error.*} attributes say what failed
     * @param response the response
     * @throws IOException if the body cannot be written
     */
    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (response.isCommitted()) {
            // The container includes the error page in a response already under way: a problem appended to half a
            // body would only corrupt it further, and the container closes the connection after it anyway.
            return;
        }
        int status;
        String rawPath;
        Throwable failure;
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 500;
            rawPath = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri ? uri : null;
            failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable t ? t : null;
            if (status < 400) {
                // sendError with a status that is not an error: nothing to explain, and the status stays as it is.
                return;
            }
        } else {
            // Someone asked for the error page itself: it is not a resource of the application.
            status = HttpServletResponse.SC_NOT_FOUND;
            rawPath = request.getRequestURI();
            failure = null;
        }
        Problem problem = EdgeProblems.problem(status, request.getMethod(), rawPath, "servlet container",
                failure);
        // On Tomcat 11 an error dispatch of a HEAD request says GET; the connector then drops the body itself.
        ServletProblemResponse.write(response, problem, "HEAD".equals(request.getMethod()));
    }
}
