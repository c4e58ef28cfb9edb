package dev.problemguide.client;

import dev.problemguide.RemoteProblemException;
import dev.problemguide.client.internal.Decorators;
import dev.problemguide.json.ProblemJsonReader;
import jakarta.ws.rs.client.Client;
import java.util.Objects;

/**
 * The entry point of the client side: it makes a Jakarta REST {@link Client} fail with the problem the other
 * service answered with. A call that
 * asks for an entity and receives a 4xx or 5xx response throws (or completes with) a
 * {@link RemoteProblemException} holding the decoded problem (RFC 9457 section 3), instead of Jakarta REST's
 * own {@code WebApplicationException}, which leaves the body unread.
 *
 * <pre>{@code
 * Client client = ProblemClients.wrap(ClientBuilder.newClient());
 * try {
 *     Order order = client.target(base).path("orders/7").request().get(Order.class);
 * } catch (RemoteProblemException e) {
 *     e.problem().status();                     // 404
 *     e.problem().extensions().get("orderId");
 * }
 * }</pre>
 *
 * <table>
 *   <caption>What each call style does on an error response</caption>
 *   <tr><th>call</th><th>on a 4xx or 5xx</th></tr>
 *   <tr><td>{@code get(Class)}, {@code post(Entity, Class)}, {@code method(…, Class)}, {@code invoke(Class)},
 *       the {@code GenericType} variants</td><td>throws the exception</td></tr>
 *   <tr><td>{@code rx().get(Class)} …</td><td>the {@code CompletionStage} completes exceptionally with it</td></tr>
 *   <tr><td>{@code async().get(Class)} …, {@code submit(Class)}</td><td>{@code Future.get()} throws an
 *       {@code ExecutionException} whose cause is it</td></tr>
 *   <tr><td>{@code async().get(InvocationCallback)}, {@code submit(InvocationCallback)}</td><td>the callback's
 *       {@code failed} receives it</td></tr>
 *   <tr><td>a call that asks for a {@code Response}</td><td>returns the response;
 *       {@link ProblemResponses#problem} reads it</td></tr>
 * </table>
 *
 * <p>An error response that is not a problem (an HTML page from a proxy, an empty body, invalid JSON, a JSON
 * error object of a server that does not speak RFC 9457) still fails the call, with a problem synthesised from
 * the status and the status guide's texts. At most 64 KB of an error body is held in memory. A relative
 * {@code type} is
 * resolved against the request URI (RFC 9457 section 3.1.1), taken without its query and user information.
 *
 * <p>The request URI an exception reports (and resolves a relative type against) is the target's, as the call
 * was made on it; a {@code ClientRequestFilter} that sends the request elsewhere is not seen. Invokers of
 * {@code rx(Class)} (RxJava, Reactor) are the provider's own and are left as they are. A wrapped client is as
 * thread-safe as the client it wraps: the decoration keeps no state of its own between calls.
 */
public final class ProblemClients {

    private ProblemClients() {
    }

    /**
     * Decorates a client so that its typed calls fail with {@link RemoteProblemException}s, and registers the
     * {@link ProblemJsonReader} on it (unless registered already) so that {@code readEntity(Problem.class)}
     * works too. The returned client behaves as the original in every other respect: registering, properties,
     * closing and the calls that return a {@code Response} go to the original; what is registered on either is
     * registered on both.
     *
     * @param client the client, such as {@code ClientBuilder.newClient()}
     * @return the decorated client; the client itself if it is decorated already
     * @throws NullPointerException if the client is {@code null}
     */
    public static Client wrap(Client client) {
        Objects.requireNonNull(client, "client");
        if (!client.getConfiguration().isRegistered(ProblemJsonReader.class)) {
            client.register(ProblemJsonReader.class);
        }
        return Decorators.client(client);
    }
}
