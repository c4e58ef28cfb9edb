package dev.problemguide.client;

import dev.problemguide.Problem;
import dev.problemguide.ProblemMessages;
import dev.problemguide.RemoteProblemException;
import dev.problemguide.client.internal.Decorators;
import dev.problemguide.client.internal.ExceptionFactory;
import dev.problemguide.client.internal.ExceptionTypes;
import dev.problemguide.internal.MessageBundle;
import dev.problemguide.internal.UriReferences;
import dev.problemguide.json.ProblemJsonReader;
import jakarta.ws.rs.client.Client;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

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
     * registered on both. The same as {@code builder().wrap(client)}.
     *
     * @param client the client, such as {@code ClientBuilder.newClient()}
     * @return the decorated client; the client itself if it is decorated already
     * @throws NullPointerException if the client is {@code null}
     */
    public static Client wrap(Client client) {
        return builder().wrap(client);
    }

    /**
     * Creates a builder, to deliver some problem types as the application's own exceptions.
     *
     * @return a new builder, with no mapped type
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The builder of a client decoration: which problem types arrive as which of the application's exceptions.
     *
     * <pre>{@code
     * Client client = ProblemClients.builder().map(OrderNotFound.class).wrap(ClientBuilder.newClient());
     * try { … } catch (OrderNotFound e) { … }   // the class the other service throws
     * }</pre>
     *
     * <p>A builder is not thread-safe. It can wrap several clients, each with the types mapped so far.
     */
    public static final class Builder {

        private final Map<URI, ExceptionFactory> mapped = new LinkedHashMap<>();
        private URI typeBaseUri;
        private MessageBundle messages;
        private boolean messagesLoaded;

        private Builder() {
        }

        /**
         * Delivers the problems of an exception class's type as instances of that class, on every call style:
         * thrown by typed calls, the cause of a future's {@code ExecutionException}, what an {@code rx()} stage
         * completes with, what a callback's {@code failed} receives.
         *
         * <p>The type comes from where the server side reads it: {@code exception.<class>.type} in the messages
         * files on the class path ({@code problem-messages.properties}), else {@code @ProblemMapping(type = …)}
         * of the closest class so mapped, or of its nearest annotated superclass when it has no annotation (the
         * server's rule). The instance is built by the class's public static {@code from(Problem)}, else its public
         * constructor taking a {@link Problem}, with the problem as received (RFC 9457 section 3), and carries the
         * {@link RemoteProblemException} as suppressed, for the call's context; if building it fails, the call fails
         * with the {@code RemoteProblemException}, the failure added as suppressed. Types compare once resolved
         * (see {@link #typeBaseUri}); problems of other types stay {@code RemoteProblemException}s. Calls that
         * return a {@code Response} are not concerned.
         *
         * @param exceptionType the class, concrete and public (on the module path, its package exported or opened
         *                      to {@code dev.problemguide.client}; or use {@link #map(Class, Function)})
         * @return this builder
         * @throws IllegalArgumentException if the class has no type (or {@code about:blank}), cannot be built from
         *                                  a problem, or its type is mapped already
         * @throws IllegalStateException    if the messages files on the class path are invalid
         */
        public Builder map(Class<? extends RuntimeException> exceptionType) {
            Objects.requireNonNull(exceptionType, "exceptionType");
            return add(ExceptionFactory.of(exceptionType, messages()));
        }

        /**
         * Delivers the problems of an exception class's type as instances that a function builds: the same as
         * {@link #map(Class)}, for classes without {@code from(Problem)} or a constructor taking a problem, and on
         * the module path without reflection (a package that is not opened to {@code dev.problemguide.client}).
         *
         * <pre>{@code
         * builder.map(OrderNotFound.class, problem -> new OrderNotFound((Integer) problem.extensions().get("orderId")))
         * }</pre>
         *
         * @param exceptionType the class, whose type is read as {@link #map(Class)} reads it
         * @param factory       builds an instance from the problem as received; an exception it throws, or a
         *                      {@code null} it returns, leaves the call failing with the
         *                      {@link RemoteProblemException}, the failure added as suppressed
         * @param <E>           the class
         * @return this builder
         * @throws IllegalArgumentException if the class has no type, or its type is mapped already
         * @throws IllegalStateException    if the messages files on the class path are invalid
         */
        public <E extends RuntimeException> Builder map(Class<E> exceptionType,
                                                        Function<? super Problem, ? extends E> factory) {
            Objects.requireNonNull(exceptionType, "exceptionType");
            return add(ExceptionFactory.of(exceptionType, factory, messages()));
        }

        private Builder add(ExceptionFactory factory) {
            ExceptionFactory before = mapped.putIfAbsent(factory.problemType(), factory);
            if (before != null && before.exceptionType() != factory.exceptionType()) {
                throw new IllegalArgumentException("Problem type " + factory.problemType() + " of "
                        + factory.exceptionType().getName() + " is mapped to " + before.exceptionType().getName()
                        + " already");
            }
            mapped.put(factory.problemType(), factory);
            return this;
        }

        /**
         * Sets the base URI that relative mapped types (short names such as {@code order-not-found}) are resolved
         * against: the other service's {@code problemguide.typeBaseUri}. Without it they are resolved against
         * the request URI, as a relative type in an answer is (RFC 9457 section 3.1.1); so is a base that is a
         * path, such as {@code /problems/}, which a service whose types open its type pages has.
         *
         * @param typeBaseUri an absolute URI, a path that starts with one {@code /}, or {@code null} (the default)
         *                    for the request URI
         * @return this builder
         * @throws IllegalArgumentException if the URI is neither absolute nor such a path
         */
        public Builder typeBaseUri(URI typeBaseUri) {
            if (typeBaseUri != null && !typeBaseUri.isAbsolute() && !UriReferences.isPathAbsolute(typeBaseUri)) {
                throw new IllegalArgumentException("The type base URI must be absolute or a path from the root, such"
                        + " as /problems/: " + typeBaseUri);
            }
            this.typeBaseUri = typeBaseUri;
            return this;
        }

        /**
         * Decorates a client (see {@link ProblemClients#wrap}) with this builder's mapped types.
         *
         * @param client the client
         * @return the decorated client; the client itself if it is decorated already and nothing is mapped
         * @throws NullPointerException     if the client is {@code null}
         * @throws IllegalArgumentException if the client is decorated already and types are mapped: wrap the
         *                                  original client
         */
        public Client wrap(Client client) {
            Objects.requireNonNull(client, "client");
            if (Decorators.isDecorated(client)) {
                if (mapped.isEmpty()) {
                    return client;
                }
                throw new IllegalArgumentException("The client is wrapped already: map types when wrapping the"
                        + " original client");
            }
            if (!client.getConfiguration().isRegistered(ProblemJsonReader.class)) {
                client.register(ProblemJsonReader.class);
            }
            ExceptionTypes types = mapped.isEmpty() ? ExceptionTypes.NONE
                    : new ExceptionTypes(List.copyOf(mapped.values()), typeBaseUri);
            return Decorators.client(client, types);
        }

        /** The messages files, loaded once, from the class loader the server side reads them with too. */
        private MessageBundle messages() {
            if (!messagesLoaded) {
                ClassLoader loader = Thread.currentThread().getContextClassLoader();
                // Checked as the server checks them (a broken file fails here too), but a class may take its
                // status from anywhere: the client only needs the types.
                messages = MessageBundle.load(ProblemMessages.DEFAULT_BASE_NAME,
                        loader != null ? loader : ProblemClients.class.getClassLoader(), type -> true);
                messagesLoaded = true;
            }
            return messages;
        }
    }
}
