package dev.problemguide.jersey.tomcat;

import dev.problemguide.Problem;
import dev.problemguide.jersey.internal.edge.EdgeProblems;
import dev.problemguide.jersey.internal.edge.ServletProblemResponse;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * Tomcat's error report valve, answering with an RFC 9457 {@code application/problem+json} body instead of an HTML
 * page: the errors Tomcat answers when no web application's error page does, above all those answered before any
 * application is chosen (a request URI that cannot be decoded, a request line or headers too large, too many headers),
 * and those of a context without a default error page.
 *
 * <p>The problem carries the guide's title and detail for the status and, as {@code instance}, the request's raw path
 * when Tomcat could read one. Never the response's message nor the exception's (Tomcat's own valve shows both, and the
 * stack trace): the exception goes to the log, with the {@code traceId} the problem of a 5xx carries. An error a web
 * application's error page has already answered is left alone, as Tomcat's own valve does; so are the valve's
 * {@code errorCode.*} and {@code exceptionType.*} properties, which name HTML files.
 *
 * <p>Tomcat makes the Host's error report valve itself, from the Host's {@code errorReportValveClass}:
 * {@link ProblemTomcat#install} sets it in embedded Tomcat; standalone, {@code server.xml} does, with
 * {@code <Host errorReportValveClass="dev.problemguide.jersey.tomcat.ProblemErrorReportValve">}, with this jar and its
 * dependencies in {@code $CATALINA_BASE/lib}, since the Host loads the valve with Tomcat's own class loader. Adding the
 * valve to the Host's pipeline does not replace Tomcat's: the Host adds its default one as well, which answers first.
 */
@SuppressWarnings("exports") // The container's types here are the application's: read statically, not transitively.
public final class ProblemErrorReportValve extends ErrorReportValve {

    /** Creates the valve; Tomcat does, from the Host's {@code errorReportValveClass}. */
    public ProblemErrorReportValve() {
        super();
    }

    /**
     * Writes the problem for the response's status, unless the status is not an error, something was written
     * already, the error has been reported (by an error page, typically), or the connection allows no more I/O.
     *
     * @param request   the request; its URI may be {@code null} when Tomcat could not parse the request line
     * @param response  the response, suspended by {@code sendError} and released by the valve for this report
     * @param throwable the exception behind the error, or {@code null}; logged, never shown
     */
    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int statusCode = response.getStatus();
        // Tomcat's own guard: no report for a 1xx to 3xx, after content, or twice (setErrorReported is false when an
        // error page, ProblemErrorServlet included, has already answered).
        if (statusCode < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            // The connection is broken or being closed: nobody would read the report.
            return;
        }
        Problem problem = EdgeProblems.problem(statusCode, request.getMethod(), request.getRequestURI(), "Tomcat",
                throwable);
        try {
            ServletProblemResponse.write(response, problem, "HEAD".equals(request.getMethod()));
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // The client went away while the report was written, as Tomcat's own valve ignores it.
        }
    }
}
