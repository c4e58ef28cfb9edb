package dev.problemguide.spring.boot;

import dev.problemguide.jersey.ProblemFeature;
import dev.problemguide.spring.boot.internal.ProblemResourceConfigs;
import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Auto-configuration of Problem Guide in a Spring Boot Jersey application: every {@link ResourceConfig} bean (the
 * one Boot's Jersey support serves) gets {@link ProblemFeature} and the {@code problemguide.*} options found in
 * Boot's configuration ({@code application.properties} or {@code .yaml}, profiles, environment variables, with Boot's
 * relaxed names: {@code problemguide.max-errors}, {@code problemguide.maxErrors} and {@code PROBLEMGUIDE_MAXERRORS}
 * are one option). An option the application set on the {@code ResourceConfig} itself wins; a value an option does
 * not accept stops start-up, as it does without Boot. Active when Jersey and Problem Guide's Jersey module are on
 * the class path.
 */
@AutoConfiguration
@ConditionalOnClass({ResourceConfig.class, ProblemFeature.class})
public class ProblemGuideAutoConfiguration {

    /** Creates the configuration; Spring does. */
    public ProblemGuideAutoConfiguration() {
    }

    /**
     * The post-processor that sets up each {@link ResourceConfig} bean before Boot's Jersey serves it.
     *
     * @param environment Boot's environment, where the options are read
     * @return the post-processor
     */
    @Bean
    static BeanPostProcessor problemGuideResourceConfigs(Environment environment) {
        return new ProblemResourceConfigs(environment);
    }
}
