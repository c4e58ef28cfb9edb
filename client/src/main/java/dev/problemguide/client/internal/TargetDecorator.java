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
    Object decorate(Method method, Object result) {
        Class<?> declared = method.getReturnType();
        if (declared == Invocation.Builder.class) {
            return Decorators.builder((Invocation.Builder) result, uri());
        }
        return declared == WebTarget.class ? Decorators.target((WebTarget) result) : result;
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
