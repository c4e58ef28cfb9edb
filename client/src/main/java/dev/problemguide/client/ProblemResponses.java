package dev.problemguide.client;

import dev.problemguide.Problem;
import dev.problemguide.client.internal.ErrorBody;
import dev.problemguide.client.internal.ProblemDecoder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Objects;
import java.util.Optional;

/**
 * The reading of problems from a {@link Response} that a call returned as it is ({@code request().get()},
 * {@code invoke()}): the same decoding as the calls of a {@linkplain ProblemClients#wrap wrapped} client.
 *
 * <pre>{@code
 * try (Response response = client.target(base).path("orders/7").request().get()) {
 *     if (response.getStatus() == 200) { … }
 *     else { Problem problem = ProblemResponses.problem(response).orElseThrow(); … }
 * }
 * }</pre>
 */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    /**
     * Reads the problem of an error response: the problem its body holds (RFC 9457 section 3), read tolerantly,
     * or, when the body is not a problem (HTML, empty, invalid JSON, larger than 64 KB), one synthesised from the
     * status and the status guide's texts. The problem's {@code status} is the response's unless the body gave
     * one. A relative {@code type} is left as sent: a {@code Response} does not say which request it answers.
     *
     * <p>The entity is consumed (at most 64 KB of it) and the response closed; its status and headers stay
     * readable.
     *
     * @param response the response
     * @return the problem for a 4xx or 5xx response; empty for any other status, whose entity is left unread
     * @throws NullPointerException if the response is {@code null}
     */
    public static Optional<Problem> problem(Response response) {
        Objects.requireNonNull(response, "response");
        int status = response.getStatus();
        if (status < 400 || status > 599) {
            return Optional.empty();
        }
        MediaType mediaType = response.getMediaType();
        return Optional.of(ProblemDecoder.decode(status, mediaType, ErrorBody.read(response), null));
    }
}
