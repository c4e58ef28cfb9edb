package dev.problemguide.client.internal;

import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.client.WebTarget;
import java.lang.reflect.Method;
import java.net.URI;

/** Decorates a {@code WebTarget}: the targets it derives, and the builders of its requests. */
final class TargetDecorator extends Forwarding {

    TargetDecorator(WebTarget target) {
        super(target);
    }

    @Override
    Object intercept(Object proxy, Method method, Object[] args) {
        return FORWARD;
    }

    @Override
    Object decorate(Object result) {
        if (result instanceof Invocation.Builder builder) {
            return Decorators.builder(builder, uri());
        }
        return result instanceof WebTarget target ? Decorators.target(target) : result;
    }

    /** Returns the target's URI, or {@code null} while a template in it is unresolved (the call then fails). */
    private URI uri() {
        try {
            return ((WebTarget) delegate()).getUri();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
