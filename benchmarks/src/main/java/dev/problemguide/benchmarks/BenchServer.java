package dev.problemguide.benchmarks;

import dev.problemguide.jersey.ProblemFeature;
import dev.problemguide.jersey.ProblemProperties;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The server of the HTTP benchmark: the same Jersey app in one of four modes, on 127.0.0.1, stopping by
 * itself after a bounded lifetime. Run by {@code benchmarks/run-http.sh}.
 */
public final class BenchServer {

    private BenchServer() {
    }

    /**
     * Builds the application of a mode.
     *
     * @param mode {@code feature}, {@code plain} (no error handling), {@code handwritten} or {@code zalando}; and
     *             for {@code ObservabilityBenchmark}, {@code feature-off} (no counting, no span),
     *             {@code feature-metered} (a {@code SimpleMeterRegistry}) and {@code feature-traced} (spans only)
     * @return the application
     */
    public static ResourceConfig application(String mode) {
        ResourceConfig application = new ResourceConfig(BenchResource.class);
        switch (mode) {
            case "feature":
                return application.register(JacksonFeature.class).register(ProblemFeature.class);
            case "feature-off":
                return application.register(JacksonFeature.class)
                        .register(ProblemFeature.builder().metrics(false).tracing(false).build());
            case "feature-metered":
                return application.register(JacksonFeature.class).register(ProblemFeature.builder()
                        .meterRegistry(new io.micrometer.core.instrument.simple.SimpleMeterRegistry()).tracing(false)
                        .build());
            case "feature-traced":
                return application.register(JacksonFeature.class)
                        .register(ProblemFeature.builder().metrics(false).build());
            case "plain":
                return application.register(JacksonFeature.class).property(ProblemProperties.AUTO_DISCOVERY, false);
            case "handwritten":
                return application.register(JacksonFeature.class).register(Competitors.HandWrittenMapper.class)
                        .property(ProblemProperties.AUTO_DISCOVERY, false);
            case "zalando":
                return application.register(Competitors.ZalandoJsonProvider.class)
                        .register(Competitors.ZalandoMapper.class)
                        .property(ProblemProperties.AUTO_DISCOVERY, false)
                        .property("jersey.config.disableAutoDiscovery", true);
            default:
                throw new IllegalArgumentException("mode must be feature, plain, handwritten or zalando: " + mode);
        }
    }

    /**
     * Starts the server.
     *
     * @param args mode, port, lifetime in seconds
     * @throws InterruptedException if interrupted
     */
    public static void main(String[] args) throws InterruptedException {
        String mode = args[0];
        int port = Integer.parseInt(args[1]);
        long lifetime = Long.parseLong(args[2]);
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        HttpServer server = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:" + port + "/"),
                application(mode), true);
        System.out.println("READY " + mode + " " + ProcessHandle.current().pid());
        TimeUnit.SECONDS.sleep(lifetime);
        server.shutdownNow();
    }
}
