package dev.problemguide.client.internal;

import jakarta.ws.rs.client.AsyncInvoker;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.CompletionStageRxInvoker;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.client.WebTarget;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.function.Supplier;

/**
 * Creates the decorated client objects: each one forwards to the object it decorates, and its typed calls
 * fail with the problem an error response carries.
 */
public final class Decorators {

    private Decorators() {
    }

    /**
     * Decorates a client.
     *
     * @param client the client
     * @return the decorated client, or the client itself if it is decorated already
     */
    public static Client client(Client client) {
        if (isDecorated(client)) {
            return client;
        }
        return Forwarding.proxy(Client.class, new ClientDecorator(client));
    }

    static WebTarget target(WebTarget target) {
        return Forwarding.proxy(WebTarget.class, new TargetDecorator(target));
    }

    static Invocation.Builder builder(Invocation.Builder builder, Supplier<URI> uri) {
        return Forwarding.proxy(Invocation.Builder.class, new BuilderDecorator(builder, uri));
    }

    static AsyncInvoker async(AsyncInvoker invoker, Supplier<URI> uri) {
        return Forwarding.proxy(AsyncInvoker.class, new AsyncDecorator(invoker, uri));
    }

    static CompletionStageRxInvoker rx(CompletionStageRxInvoker invoker, Supplier<URI> uri) {
        return Forwarding.proxy(CompletionStageRxInvoker.class, new RxDecorator(invoker, uri));
    }

    static Invocation invocation(Invocation invocation, Outcomes.Request request) {
        return Forwarding.proxy(Invocation.class, new InvocationDecorator(invocation, request));
    }

    private static boolean isDecorated(Object object) {
        return Proxy.isProxyClass(object.getClass()) && Proxy.getInvocationHandler(object) instanceof Forwarding;
    }
}
