package dev.problemguide.dropwizard.internal;

import dev.problemguide.jersey.jetty.ProblemJettyErrorHandler;
import dev.problemguide.jersey.servlet.ProblemErrorServlet;
import io.dropwizard.core.setup.Environment;
import org.eclipse.jetty.ee10.servlet.ErrorPageErrorHandler;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.component.LifeCycle;

/**
 * Jetty's own errors in a Dropwizard application as problems: the server's error handler (what Jetty answers before
 * any context: a URI it cannot decode, one too long, headers too large) and, in the application's and the admin
 * context, {@link ProblemErrorServlet} as the default error page (a path no servlet takes, another servlet's
 * exception). Dropwizard's server factory sets its own handlers after bundles run, so they are set as the server
 * starts.
 */
public final class JettyErrors {

    private JettyErrors() {
    }

    /**
     * Sets the handlers when the server starts, and maps the error servlet in both contexts now.
     *
     * @param environment the application's environment
     */
    public static void install(Environment environment) {
        ServletContextHandler[] contexts = {environment.getApplicationContext(), environment.getAdminContext()};
        for (ServletContextHandler context : contexts) {
            context.addServlet(ProblemErrorServlet.class, ProblemErrorServlet.PATH);
        }
        environment.lifecycle().addEventListener(new LifeCycle.Listener() {
            @Override
            public void lifeCycleStarting(LifeCycle event) {
                if (event instanceof Server server) {
                    server.setErrorHandler(new ProblemJettyErrorHandler());
                    for (ServletContextHandler context : contexts) {
                        ErrorPageErrorHandler pages = new EveryMethodErrorPages();
                        pages.addErrorPage(ErrorPageErrorHandler.GLOBAL_ERROR_PAGE, ProblemErrorServlet.PATH);
                        context.setErrorHandler(pages);
                    }
                }
            }
        });
    }

    /** Jetty's error pages, for every method: Jetty's own serve only GET, POST and HEAD, a TRACE got an empty 405. */
    private static final class EveryMethodErrorPages extends ErrorPageErrorHandler {
        @Override
        public boolean errorPageForMethod(String method) {
            return true;
        }
    }
}
