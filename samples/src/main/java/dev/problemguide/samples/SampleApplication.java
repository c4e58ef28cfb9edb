package dev.problemguide.samples;

import dev.problemguide.jersey.ProblemFeature;
import dev.problemguide.openapi.ProblemOpenApiResource;
import io.swagger.v3.jaxrs2.integration.JaxrsApplicationScanner;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * The sample's Jersey application: the order resource, a gateway that calls it over HTTP, Jackson, and Problem
 * Guide with a type base URI whose pages it serves at {@code /problems/} and its problems counted in a Prometheus
 * registry that {@link MetricsResource} shows at {@code /metrics}, and {@link ProblemOpenApiResource} (swagger-core's resource, with every operation's
 * problems added), which serves the OpenAPI document of these resources at {@code /openapi.json} and
 * {@code /openapi.yaml}.
 * Texts and the mapping of {@code NoSuchElementException} come from {@code problem-messages.properties}.
 */
public class SampleApplication extends ResourceConfig {

    /**
     * The base of the sample's problem types: a path, so that a type such as {@code /problems/order-not-found} is
     * resolved by clients against the address they called, and opens the page the sample serves there.
     */
    public static final String TYPE_BASE_URI = "/problems/";

    /** Where the sample serves the pages of its problem types, below its root: the type base URI's path. */
    public static final String TYPE_PAGES = "problems";

    private final OrderService orderService = new OrderService();
    private final PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    /** Creates the application. */
    public SampleApplication() {
        register(OrderResource.class);
        register(new GatewayResource(orderService));
        register(orderService);
        register(JacksonFeature.class);
        register(openApiResource());
        register(new MetricsResource(meters));
        register(ProblemFeature.builder()
                .typeBaseUri(URI.create(TYPE_BASE_URI))
                .typePages(TYPE_PAGES)
                .meterRegistry(meters)
                .build());
        // Exceptions from response filters and writers go through the mappers too (Jersey reads this from the
        // application's own properties, so a feature cannot set it; ProblemGrizzly sets it as well).
        property(ServerProperties.PROCESSING_RESPONSE_ERRORS_ENABLED, true);
    }

    /**
     * Returns the resource for the document: it documents the resources of this application alone (the
     * application scanner; the default one would add every {@code @Path} class on the class path), and not itself
     * (its operation is hidden). Successful answers are documented as 200 rather than swagger's {@code default},
     * which would claim every status. swagger-core keeps one context per JVM unless told otherwise: the first
     * application asked for its document is the one documented.
     */
    private static ProblemOpenApiResource openApiResource() {
        SwaggerConfiguration configuration = new SwaggerConfiguration()
                .openAPI(new OpenAPI().info(new Info()
                        .title("Problem Guide sample order service")
                        .description("Every error answers with an RFC 9457 application/problem+json body.")
                        .version("1")))
                .scannerClass(JaxrsApplicationScanner.class.getName())
                .defaultResponseCode("200")
                .sortOutput(true)
                .prettyPrint(true);
        ProblemOpenApiResource resource = new ProblemOpenApiResource();
        resource.setOpenApiConfiguration(configuration);
        return resource;
    }

    /**
     * Returns the order service as the gateway calls it, to be told where the server listens.
     *
     * @return the order service
     */
    public OrderService orderService() {
        return orderService;
    }
}
