package dev.problemguide.client.internal;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Link;
import java.lang.reflect.Method;

/** Decorates a {@code Client}: its targets, and the builders of {@code invocation(Link)}. */
final class ClientDecorator extends Forwarding {

    private final ExceptionTypes types;

    ClientDecorator(Client client, ExceptionTypes types) {
        super(client);
        this.types = types;
    }

    @Override
    Object intercept(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getName().equals("invocation") && args.length == 1 && args[0] instanceof Link link) {
            return Decorators.builder((Invocation.Builder) forward(method, args), new Destination(link::getUri, types));
        }
        return FORWARD;
    }

    @Override
    Object decorate(Method method, Object result) {
        return method.getReturnType() == WebTarget.class ? Decorators.target((WebTarget) result, types) : result;
    }
}
