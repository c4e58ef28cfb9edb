package dev.problemguide.samples.reliability;

import dev.problemguide.jersey.ProblemFeature;
import dev.problemguide.samples.OrderResource;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.Suspended;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The sample's order service plus a resource and a filter that throw whatever exception a test puts into
 * {@link #NEXT}: from the resource method, from an async resume, from a failed stage, or from a filter.
 * Messages of 4xx WebApplicationExceptions are not used as details here, so that no marker may appear at all.
 */
final class ChaosApplication {

    /** The exception the next chaos request throws. Tests send one request at a time. */
    static final AtomicReference<Supplier<Throwable>> NEXT = new AtomicReference<>();

    private ChaosApplication() {
    }

    static ResourceConfig create() {
        return new ResourceConfig(OrderResource.class, ChaosResource.class, ChaosFilter.class, JacksonFeature.class)
                .register(ProblemFeature.builder().clientErrorMessages(false).build())
                .property("jersey.config.server.exception.processResponseErrors", true);
    }

    /** Throws any Throwable, checked ones included, without declaring it. */
    @SuppressWarnings("unchecked")
    static <T extends Throwable> RuntimeException sneaky(Throwable throwable) throws T {
        throw (T) throwable;
    }

    /** Throws the next exception in the ways a resource can. */
    @Path("chaos")
    public static class ChaosResource {
        @GET
        @Path("sync")
        public String sync() {
            throw sneaky(NEXT.get().get());
        }

        @GET
        @Path("async")
        public void async(@Suspended AsyncResponse response) {
            Throwable next = NEXT.get().get();
            CompletableFuture.runAsync(() -> response.resume(next));
        }

        @GET
        @Path("stage")
        public CompletionStage<String> stage() {
            Throwable next = NEXT.get().get();
            return CompletableFuture.supplyAsync(() -> {
                throw sneaky(next);
            });
        }

        @GET
        @Path("{where}")
        public String other(@PathParam("where") String where) {
            return "never reached for filter";
        }
    }

    /** Throws the next exception from a request filter on /chaos/filter. */
    public static class ChaosFilter implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            if (request.getUriInfo().getPath().equals("chaos/filter")) {
                throw sneaky(NEXT.get().get());
            }
        }
    }
}
