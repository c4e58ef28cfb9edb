package dev.problemguide.spring.boot;

import dev.problemguide.jersey.tomcat.ProblemTomcat;
import org.apache.catalina.startup.Tomcat;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of embedded Tomcat's own errors (Boot 4): what Tomcat answers before or outside Jersey (a path
 * outside {@code spring.jersey.application-path}, a request URI it cannot decode, headers over its limits, an
 * exception of another servlet or filter) answers problems, by {@link ProblemTomcat#install} on Boot's context.
 * Active in a servlet web application on Tomcat.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({Tomcat.class, TomcatContextCustomizer.class, ProblemTomcat.class})
public class ProblemGuideTomcatAutoConfiguration {

    /** Creates the configuration; Spring does. */
    public ProblemGuideTomcatAutoConfiguration() {
    }

    /**
     * The customizer Boot applies to its Tomcat context before Tomcat starts.
     *
     * @return the customizer
     */
    @Bean
    TomcatContextCustomizer problemGuideTomcat() {
        return ProblemTomcat::install;
    }
}
