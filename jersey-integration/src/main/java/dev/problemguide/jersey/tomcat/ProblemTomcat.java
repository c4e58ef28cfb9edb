package dev.problemguide.jersey.tomcat;

import dev.problemguide.jersey.servlet.ProblemErrorServlet;
import java.lang.System.Logger.Level;
import java.util.Arrays;
import java.util.Objects;
import org.apache.catalina.Container;
import org.apache.catalina.Context;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.ErrorPage;

/**
 * Sets up embedded Tomcat so that every error Tomcat answers itself, before or outside Jersey, is an RFC 9457
 * {@code application/problem+json} body rather than an HTML page: one line,
 * {@code ProblemTomcat.install(context)}, before {@code tomcat.start()}.
 *
 * <p>Needed because a context made with {@code Tomcat.addContext} reads no {@code web-fragment.xml} and runs no
 * {@code ServletContainerInitializer}. A WAR (or {@code Tomcat.addWebapp}) needs nothing: the jar's
 * {@code META-INF/web-fragment.xml} declares the {@link ProblemErrorServlet} and its default error page by itself.
 * What is answered before any web application is chosen (a request URI that cannot be decoded, too many headers)
 * needs the Host's error report valve as well: standalone, in {@code server.xml},
 * {@code <Host errorReportValveClass="dev.problemguide.jersey.tomcat.ProblemErrorReportValve">}, with this jar and
 * its dependencies in {@code $CATALINA_BASE/lib} (Tomcat loads the valve with its own class loader, before any
 * application).
 */
@SuppressWarnings("exports") // The container's types here are the application's: read statically, not transitively.
public final class ProblemTomcat {

    private static final String SERVLET_NAME = "problemguide-error";
    private static final System.Logger LOG = System.getLogger(ProblemTomcat.class.getName());

    private ProblemTomcat() {
    }

    /**
     * Installs the guards on a context: {@link ProblemErrorServlet} mapped to
     * {@link ProblemErrorServlet#PATH} as the context's default error page (an error page with neither status nor
     * exception type, used for every status and exception the context's own error pages do not name), and, when the
     * context's parent is a {@link StandardHost}, {@link ProblemErrorReportValve} as the Host's error report valve.
     *
     * <p>Must run before {@code tomcat.start()}: the Host makes its error report valve when it starts, and would make
     * Tomcat's HTML one otherwise. Adding a valve to the Host's pipeline instead is not enough, since the Host then
     * adds its default valve as well, which answers first. Called later (a context added to a running Tomcat), the
     * context's errors are still problems, the Host keeps its valve, and a warning is logged; a Host of another
     * class keeps its valve too. A second call on the same context changes nothing. An error page the
     * application gives for a status or an exception type still answers those; a default error page of its own
     * (neither) is replaced.
     *
     * @param context the context, e.g. from {@code tomcat.addContext("", null)}
     * @throws NullPointerException if {@code context} is {@code null}
     */
    public static void install(Context context) {
        Objects.requireNonNull(context, "context");
        if (context.findChild(SERVLET_NAME) != null) {
            // Installed already: a second servlet of that name would be refused.
            return;
        }
        // The wrapper's own mapping: Context.addServletMappingDecoded is deprecated in Tomcat 11, and its successor
        // is not in Tomcat 10.1.
        Tomcat.addServlet(context, SERVLET_NAME, new ProblemErrorServlet()).addMapping(ProblemErrorServlet.PATH);
        // Only a location: error code 0 and no exception type make it the default error page (Servlet 3.0).
        ErrorPage errorPage = new ErrorPage();
        errorPage.setLocation(ProblemErrorServlet.PATH);
        context.addErrorPage(errorPage);
        Container parent = context.getParent();
        if (parent instanceof StandardHost host) {
            host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            boolean present = Arrays.stream(host.getPipeline().getValves())
                    .anyMatch(ProblemErrorReportValve.class::isInstance);
            if (host.getState().isAvailable() && !present) {
                // Too late for the valve, and nothing else would say so: the context's errors are problems, but
                // what Tomcat answers before choosing a context stays HTML until the Host restarts.
                LOG.log(Level.WARNING, "ProblemTomcat.install ran after the Host started: Tomcat's own HTML error "
                        + "page stays for errors answered before any context; call it before tomcat.start()");
            }
        }
    }
}
