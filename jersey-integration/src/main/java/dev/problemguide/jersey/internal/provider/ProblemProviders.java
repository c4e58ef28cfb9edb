package dev.problemguide.jersey.internal.provider;

import dev.problemguide.jersey.internal.catalog.ProblemCatalog;
import dev.problemguide.jersey.internal.config.FeatureConfig;
import dev.problemguide.jersey.internal.config.FeatureOptions;
import dev.problemguide.jersey.internal.input.FormParamErrors;
import dev.problemguide.jersey.internal.input.JsonBodyErrors;
import dev.problemguide.jersey.internal.input.ParamErrors;
import dev.problemguide.jersey.internal.input.RequestBodyInterceptor;
import dev.problemguide.jersey.internal.mapping.ExceptionFamily;
import dev.problemguide.jersey.internal.mapping.ExceptionResolver;
import dev.problemguide.jersey.internal.mapping.MappingTable;
import dev.problemguide.jersey.internal.pages.PageCatalog;
import dev.problemguide.jersey.internal.pages.TypePagesProcessor;
import dev.problemguide.jersey.internal.pipeline.ProblemPipeline;
import dev.problemguide.jersey.internal.validation.ValidationSupport;
import dev.problemguide.json.ProblemJsonWriter;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.FeatureContext;
import java.util.ArrayList;
import java.util.List;
import org.glassfish.jersey.server.ServerProperties;

/**
 * Registers everything {@code ProblemFeature} consists of in one application: the exception mappers, the
 * reader interceptor, the response filters (one completes the mappers' problems, one gives bodies to bare error
 * responses), the problem writer, the catalog of problem types, the
 * type pages when asked for, and the servlet property that keeps containers from replacing problem bodies.
 */
public final class ProblemProviders {

    /** Below the default priority of application mappers, so theirs win a tie for the same type. */
    private static final int MAPPER_PRIORITY = Priorities.USER + 1000;

    /**
     * Above the default priority, so that for Jackson's and Bean Validation's exceptions our mappers win over
     * the ones Jersey's JacksonFeature and bean-validation module register for the same types.
     */
    private static final int INPUT_MAPPER_PRIORITY = Priorities.USER - 1000;

    private ProblemProviders() {
    }

    /**
     * Tells whether the feature is registered in an application already.
     *
     * @param configuration the application's configuration
     * @return {@code true} when a feature configured it before
     */
    public static boolean registered(Configuration configuration) {
        return configuration.isRegistered(ThrowableMapper.class);
    }

    /**
     * Registers the providers of one feature.
     *
     * @param context the feature context
     * @param config  the resolved configuration
     */
    public static void register(FeatureContext context, FeatureConfig config) {
        Configuration configuration = context.getConfiguration();
        ProblemPipeline pipeline = new ProblemPipeline(config);
        MappingTable mappings = new MappingTable(config);
        List<ExceptionFamily> families = new ArrayList<>();
        families.add(new JsonBodyErrors());
        families.add(new ParamErrors(config.get(FeatureOptions.PARAM_CONVERSION_STATUS)));
        families.add(new FormParamErrors());
        if (ValidationSupport.present()) {
            families.add(ValidationSupport.family(config.get(FeatureOptions.VALIDATION_STATUS),
                    config.get(FeatureOptions.MAX_ERRORS), config.factory()));
        }
        ExceptionResolver resolver = new ExceptionResolver(pipeline, mappings, families,
                config.get(FeatureOptions.CLIENT_ERROR_MESSAGES), config.get(FeatureOptions.DOWNSTREAM_PROBLEMS));
        context.register(new ThrowableMapper(resolver), MAPPER_PRIORITY);
        context.register(new WebApplicationExceptionMapper(resolver), MAPPER_PRIORITY);
        context.register(new ProblemExceptionMapper(resolver), MAPPER_PRIORITY);
        context.register(new JacksonExceptionMappers.RequestBody(resolver), MAPPER_PRIORITY);
        context.register(new JacksonExceptionMappers.UnreadableBody(resolver), MAPPER_PRIORITY);
        context.register(new JacksonExceptionMappers.Processing(resolver), INPUT_MAPPER_PRIORITY);
        context.register(new JacksonExceptionMappers.Parse(resolver), INPUT_MAPPER_PRIORITY);
        context.register(new JacksonExceptionMappers.Mapping(resolver), INPUT_MAPPER_PRIORITY);
        if (ValidationSupport.present()) {
            ValidationSupport.register(context, resolver, INPUT_MAPPER_PRIORITY);
        }
        context.register(new RequestBodyInterceptor());
        context.register(new PendingProblemFilter(pipeline), PendingProblemFilter.PRIORITY);
        context.register(new PendingProblemWriter(pipeline));
        context.register(new EmptyErrorResponseFilter(pipeline));
        context.register(new PipelineShutdown(pipeline));
        if (!configuration.isRegistered(ProblemJsonWriter.class)) {
            context.register(ProblemJsonWriter.class);
        }
        if (configuration.getProperty(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR) == null) {
            context.property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
        }
        context.property(FeatureConfig.PROPERTY, config);
        ProblemCatalog catalog = ProblemCatalog.build(config, mappings, configuration);
        context.property(ProblemCatalog.PROPERTY, catalog);
        String pages = config.get(FeatureOptions.TYPE_PAGES);
        if (pages != null) {
            context.register(new TypePagesProcessor(pages, config.typeBaseUri(), PageCatalog.of(config, catalog)));
        }
    }
}
