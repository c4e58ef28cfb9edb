package dev.problemguide.jersey.internal.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.problemguide.Problem;
import dev.problemguide.ProblemExtension;
import dev.problemguide.ProblemMapping;
import dev.problemguide.jersey.ProblemFeature;
import dev.problemguide.jersey.internal.catalog.ProblemType.Origin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;

/** The catalog of problem types, built by a real Jersey application from each of its four sources. */
class ProblemCatalogTest {

    /** Named only in a resource method's throws clause. */
    @ProblemMapping(status = 404, type = "order-not-found", title = "Order not found")
    public static class OrderNotFound extends RuntimeException {
        private static final long serialVersionUID = 1L;
        @ProblemExtension
        public final long orderId;

        public OrderNotFound(long orderId) {
            this.orderId = orderId;
        }
    }

    /** Registered with problems(...), never named by a resource. */
    @ProblemMapping(status = 409, type = "https://errors.example.com/stock", detail = "Only {{n}} left.")
    public static class OutOfStock extends RuntimeException {
        private static final long serialVersionUID = 1L;

        @ProblemExtension("sku")
        public String getSku() {
            return "MUG";
        }
    }

    /** Mapped by nothing: a throws clause alone does not make a problem type. */
    public static class NotMapped extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    @Path("orders")
    public static class Orders {
        @GET
        @Path("{id}")
        public String get(@PathParam("id") long id) throws OrderNotFound, NotMapped, IOException {
            throw new OrderNotFound(id);
        }

        /** Not a resource method: its throws clause does not count. */
        public void helper() throws OutOfStock {
            throw new OutOfStock();
        }
    }

    private static ProblemCatalog catalog(ProblemFeature feature) {
        ApplicationHandler application = new ApplicationHandler(new ResourceConfig(Orders.class).register(feature));
        return ProblemCatalog.of(application.getConfiguration()).orElseThrow();
    }

    @Test
    void shouldListTheTypesOfEverySourceWithTheirMappings() {
        ProblemCatalog catalog = catalog(ProblemFeature.builder()
                .typeBaseUri(URI.create("https://errors.example.com/"))
                .messages("messages/shop")
                .map(IllegalStateException.class, Problem.builder().status(503).type(URI.create("busy"))
                        .extension("retryable", true).build())
                .problems(OutOfStock.class)
                .build());

        assertThat(catalog.types()).extracting(t -> t.exception().getSimpleName()).contains("OrderNotFound",
                "OutOfStock", "IllegalStateException", "NoSuchElementException").doesNotContain("NotMapped",
                "IOException");

        ProblemType order = catalog.find(OrderNotFound.class).orElseThrow();
        assertThat(order.status()).isEqualTo(404);
        assertThat(order.type()).hasToString("https://errors.example.com/order-not-found");
        assertThat(order.titles()).containsExactly(Map.entry(Locale.ROOT, "Order not found"));
        assertThat(order.details()).isEmpty();
        assertThat(order.extensions()).containsExactly(Map.entry("orderId", long.class));
        assertThat(order.origins()).containsExactly(Origin.THROWS_CLAUSE);

        ProblemType stock = catalog.find(OutOfStock.class).orElseThrow();
        assertThat(stock.origins()).containsExactly(Origin.REGISTERED);
        // Annotation texts are literal: in template syntax their braces are escaped.
        assertThat(stock.details()).containsEntry(Locale.ROOT, "Only {{{{n}}}} left.");
        assertThat(stock.extensions()).containsExactly(Map.entry("sku", String.class));

        ProblemType busy = catalog.find(IllegalStateException.class).orElseThrow();
        assertThat(busy.status()).isEqualTo(503);
        assertThat(busy.type()).hasToString("https://errors.example.com/busy");
        assertThat(busy.extensions()).containsEntry("retryable", Boolean.class);
        assertThat(busy.origins()).isEqualTo(Set.of(Origin.BUILDER));

        ProblemType missing = catalog.find(NoSuchElementException.class).orElseThrow();
        assertThat(missing.type()).hasToString("https://api.example.com/problems/missing");
        assertThat(missing.titles()).containsEntry(Locale.ROOT, "Nothing there");
        assertThat(missing.origins()).containsExactly(Origin.MESSAGES_FILE);

        assertThat(catalog.types()).extracting(ProblemType::status).isSorted();
    }

    @Test
    void shouldBeEmptyOfTypesWhenNothingIsMapped() {
        ApplicationHandler application = new ApplicationHandler(new ResourceConfig(Orders.class)
                .register(ProblemFeature.builder().build()));

        assertThat(ProblemCatalog.of(application.getConfiguration()).orElseThrow().types())
                .extracting(t -> t.exception().getSimpleName()).containsExactly("OrderNotFound");
    }
}
