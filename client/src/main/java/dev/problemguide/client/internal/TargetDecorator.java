package dev.problemguide.client.internal;

import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.client.WebTarget;
import java.lang.reflect.Method;

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
            return Decorators.builder((Invocation.Builder) result, ((WebTarget) delegate())::getUri);
        }
        return declared == WebTarget.class ? Decorators.target((WebTarget) result) : result;
    }
}
