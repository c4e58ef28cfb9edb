package dev.problemguide.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.net.URI;
import org.zalando.problem.Problem;
import org.zalando.problem.Status;
import org.zalando.problem.ThrowableProblem;

/** What Problem Guide is measured against: a hand-written mapper, and Zalando Problem. */
public final class Competitors {

    /** The detail all three modes write: the status guide's text for 404. */
    public static final String DETAIL = "We're sorry, but the page you're looking for is missing, hiding, or maybe it"
            + " moved somewhere else and forgot to tell you.";

    private Competitors() {
    }

    /**
     * Builds the problem JSON by concatenation, trusting the texts to need no escaping: the practical limit.
     *
     * @param exception the exception
     * @return the JSON text
     */
    public static String concatenate(OrderNotFound exception) {
        return "{\"type\":\"about:blank\",\"title\":\"Order not found\",\"status\":404,\"detail\":\"" + DETAIL
                + "\",\"instance\":\"/orders/" + exception.orderId + "\",\"orderId\":" + exception.orderId + "}";
    }

    /** A hand-written mapper that concatenates the same problem JSON. */
    public static final class HandWrittenMapper implements ExceptionMapper<OrderNotFound> {
        @Override
        public Response toResponse(OrderNotFound exception) {
            return Response.status(404).type("application/problem+json").entity(concatenate(exception)).build();
        }
    }

    /**
     * Builds Zalando's problem for the exception; like any Throwable, it fills a stack trace.
     *
     * @param exception the exception
     * @return the problem
     */
    public static ThrowableProblem zalando(OrderNotFound exception) {
        return Problem.builder().withTitle("Order not found").withStatus(Status.NOT_FOUND).withDetail(DETAIL)
                .withInstance(URI.create("/orders/" + exception.orderId)).with("orderId", exception.orderId).build();
    }

    /**
     * Returns a mapper set up as Zalando documents: its module, stack traces left out.
     *
     * @return the mapper
     */
    public static ObjectMapper zalandoMapper() {
        return new ObjectMapper().registerModule(new org.zalando.problem.jackson.ProblemModule());
    }

    /** Zalando's way: a ThrowableProblem written by a JacksonJsonProvider with its ProblemModule. */
    public static final class ZalandoMapper implements ExceptionMapper<OrderNotFound> {
        @Override
        public Response toResponse(OrderNotFound exception) {
            return Response.status(404).type("application/problem+json").entity(zalando(exception)).build();
        }
    }

    /** The JSON provider of the Zalando mode, for problems and for the success path alike. */
    public static final class ZalandoJsonProvider extends JacksonJsonProvider {
        /** Creates the provider. */
        public ZalandoJsonProvider() {
            super(zalandoMapper());
        }

        @Override
        protected boolean hasMatchingMediaType(MediaType mediaType) {
            return mediaType == null || mediaType.getSubtype().endsWith("json");
        }
    }
}
