package dev.problemguide.client.internal;

import jakarta.ws.rs.client.AsyncInvoker;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.CompletionStageRxInvoker;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.client.WebTarget;
import java.lang.reflect.Proxy;

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
     * @param types  the problem types delivered as the application's own exceptions
     * @return the decorated client
     * @throws IllegalArgumentException if the client is decorated already
     */
    public static Client client(Client client, ExceptionTypes types) {
        if (isDecorated(client)) {
            throw new IllegalArgumentException("The client is wrapped already");
        }
        return Forwarding.proxy(Client.class, new ClientDecorator(client, types));
    }

    static WebTarget target(WebTarget target, ExceptionTypes types) {
        return Forwarding.proxy(WebTarget.class, new TargetDecorator(target, types));
    }

    static Invocation.Builder builder(Invocation.Builder builder, Destination uri) {
        return Forwarding.proxy(Invocation.Builder.class, new BuilderDecorator(builder, uri));
    }

    static AsyncInvoker async(AsyncInvoker invoker, Destination uri) {
        return Forwarding.proxy(AsyncInvoker.class, new AsyncDecorator(invoker, uri));
    }

    static CompletionStageRxInvoker rx(CompletionStageRxInvoker invoker, Destination uri) {
        return Forwarding.proxy(CompletionStageRxInvoker.class, new RxDecorator(invoker, uri));
    }

    static Invocation invocation(Invocation invocation, Outcomes.Request request) {
        return Forwarding.proxy(Invocation.class, new InvocationDecorator(invocation, request));
    }

    /**
     * Tells whether a client is decorated already.
     *
     * @param object the client
     * @return {@code true} for a client this class decorated
     */
    public static boolean isDecorated(Object object) {
        return Proxy.isProxyClass(object.getClass()) && Proxy.getInvocationHandler(object) instanceof Forwarding;
    }
}
