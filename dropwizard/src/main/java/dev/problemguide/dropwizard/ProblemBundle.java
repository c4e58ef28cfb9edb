package dev.problemguide.dropwizard;

import dev.problemguide.dropwizard.internal.JettyErrors;
import dev.problemguide.jersey.ProblemFeature;
import dev.problemguide.jersey.internal.config.FeatureConfig;
import dev.problemguide.jersey.internal.config.FeatureSettings;
import io.dropwizard.core.Configuration;
import io.dropwizard.core.ConfiguredBundle;
import io.dropwizard.core.server.AbstractServerFactory;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.jersey.optional.EmptyOptionalException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The Dropwizard bundle of Problem Guide: add it in {@code initialize}, with
 * {@code bootstrap.addBundle(new ProblemBundle<>())}, or {@code new ProblemBundle<>(MyConfiguration::getProblems)}
 * to read options from the configuration ({@link ProblemsFactory}).
 *
 * <p>It registers {@code ProblemFeature} and switches off Dropwizard's default exception mappers
 * ({@code server.registerDefaultExceptionMappers}, read after bundles run), keeping what they mean: an empty
 * {@code Optional} is a 404, a {@code JerseyViolationException} Problem Guide's 422 with JSON pointers, a Jackson
 * error its 400, anything else its 500 with a {@code traceId}. Jetty's error pages of the application and admin
 * connectors answer problems too, echoing nothing of the request (RFC 9457).
 *
 * @param <T> the application's configuration
 */
public final class ProblemBundle<T extends Configuration> implements ConfiguredBundle<T> {


    private final Function<? super T, ProblemsFactory> problems;

    /** Creates the bundle with every option at its default. */
    public ProblemBundle() {
        this(configuration -> null);
    }

    /**
     * Creates the bundle with the options of the application's configuration.
     *
     * @param problems reads the {@link ProblemsFactory} of the configuration; {@code null} from it means defaults
     */
    public ProblemBundle(Function<? super T, ProblemsFactory> problems) {
        this.problems = Objects.requireNonNull(problems, "problems");
    }

    @Override
    public void initialize(Bootstrap<?> bootstrap) {
        // Nothing before the configuration is read.
    }

    @Override
    public void run(T configuration, Environment environment) {
        if (configuration.getServerFactory() instanceof AbstractServerFactory server) {
            server.setRegisterDefaultExceptionMappers(false);
        }
        ProblemsFactory factory = problems.apply(configuration);
        Map<String, Object> options = factory == null ? Map.of() : factory.properties();
        // The feature's own resolution, now: a name no option has, a value an option refuses or a messages file
        // named but missing stops the application here, with Dropwizard's own configuration errors.
        FeatureConfig.resolve(FeatureSettings.NONE, new HashMap<>(options),
                Thread.currentThread().getContextClassLoader());
        options.forEach((name, value) -> environment.jersey().property(name, value));
        environment.jersey().register(ProblemFeature.builder().map(EmptyOptionalException.class, 404).build());
        JettyErrors.install(environment);
    }
}
