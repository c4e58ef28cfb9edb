package dev.problemguide.samples;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

/**
 * The sample's meters in Prometheus's text format at {@code /metrics}, among them {@code http_server_problems_total}:
 * every problem the service answered, by status, type, exception, method and resource template. Operators' business,
 * not the API's: the OpenAPI document leaves it out.
 */
@Hidden
@Path("metrics")
public class MetricsResource {

    /** Prometheus's text exposition format. */
    public static final String TEXT_FORMAT = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry registry;

    /**
     * Creates the resource of a registry.
     *
     * @param registry the registry the sample's problems are counted in
     */
    public MetricsResource(PrometheusMeterRegistry registry) {
        this.registry = registry;
    }

    /**
     * Returns every meter of the registry.
     *
     * @return the Prometheus text
     */
    @GET
    @Produces(TEXT_FORMAT)
    public String scrape() {
        return registry.scrape();
    }
}
