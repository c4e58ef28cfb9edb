package dev.problemguide.spring.boot;

import dev.problemguide.jersey.jetty.ProblemJettyErrorHandler;
import dev.problemguide.jersey.servlet.ProblemErrorServlet;
import org.eclipse.jetty.server.Server;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.embedded.jetty.JettyServerCustomizer;
import org.springframework.boot.web.server.ErrorPage;
import org.springframework.boot.web.server.ErrorPageRegistrar;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of embedded Jetty's own errors (Boot 3.5): what Jetty answers before any servlet (a request URI it
 * cannot decode, one too long, headers too large) gets {@link ProblemJettyErrorHandler}, and what Boot's servlet
 * context answers outside Jersey (a path outside {@code spring.jersey.application-path}, another servlet's or
 * filter's exception) gets {@link ProblemErrorServlet} as Boot's global error page. An error page the application
 * registers for a status or an exception still answers those. Active in a servlet web application on Jetty.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({Server.class, JettyServerCustomizer.class, ProblemJettyErrorHandler.class})
public class ProblemGuideJettyAutoConfiguration {

    /** Creates the configuration; Spring does. */
    public ProblemGuideJettyAutoConfiguration() {
    }

    /**
     * The customizer that gives Boot's Jetty server the problem error handler, before it starts.
     *
     * @return the customizer
     */
    @Bean
    JettyServerCustomizer problemGuideJetty() {
        return server -> server.setErrorHandler(new ProblemJettyErrorHandler());
    }

    /**
     * The error page's servlet, at {@link ProblemErrorServlet#PATH}.
     *
     * @return its registration
     */
    @Bean
    ServletRegistrationBean<ProblemErrorServlet> problemGuideErrorServlet() {
        return new ServletRegistrationBean<>(new ProblemErrorServlet(), ProblemErrorServlet.PATH);
    }

    /**
     * The global error page, for every status and exception the application's own error pages do not name.
     *
     * @return the registrar Boot applies to its Jetty factory
     */
    @Bean
    ErrorPageRegistrar problemGuideErrorPage() {
        return registry -> registry.addErrorPages(new ErrorPage(ProblemErrorServlet.PATH));
    }
}
