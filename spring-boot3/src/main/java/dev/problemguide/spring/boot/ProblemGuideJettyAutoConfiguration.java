package dev.problemguide.spring.boot;

import dev.problemguide.jersey.jetty.ProblemJettyErrorHandler;
import dev.problemguide.jersey.servlet.ProblemErrorServlet;
import org.eclipse.jetty.server.Server;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.embedded.jetty.JettyServletWebServerFactory;
import org.springframework.boot.web.server.ErrorPage;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of embedded Jetty's own errors (Boot 3.5): what Jetty answers before any servlet (a request URI it
 * cannot decode, one too long, headers too large) gets {@link ProblemJettyErrorHandler}, and what Boot's servlet
 * context answers outside Jersey (a path outside {@code spring.jersey.application-path}, another servlet's or
 * filter's exception) gets {@link ProblemErrorServlet} as Boot's global error page. An error page the application
 * registers for a status or an exception still answers those. A customizer of Boot's Jetty factory: it acts only
 * when Jetty is the server Boot starts, whatever else is on the class path.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({Server.class, JettyServletWebServerFactory.class, ProblemJettyErrorHandler.class})
public class ProblemGuideJettyAutoConfiguration {

    /** Creates the configuration; Spring does. */
    public ProblemGuideJettyAutoConfiguration() {
    }

    /**
     * The customizer of Boot's Jetty factory: the server's error handler, the error page's servlet at
     * {@link ProblemErrorServlet#PATH}, and the global error page.
     *
     * @return the customizer
     */
    @Bean
    WebServerFactoryCustomizer<JettyServletWebServerFactory> problemGuideJetty() {
        return factory -> {
            factory.addServerCustomizers(server -> server.setErrorHandler(new ProblemJettyErrorHandler()));
            factory.addInitializers(context -> context.addServlet("problemguide-error", new ProblemErrorServlet())
                    .addMapping(ProblemErrorServlet.PATH));
            factory.addErrorPages(new ErrorPage(ProblemErrorServlet.PATH));
        };
    }
}
