package dev.problemguide.client.internal;

import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.client.WebTarget;
import java.lang.reflect.Method;

/** Decorates a {@code WebTarget}: the targets it derives, and the builders of its requests. */
final class TargetDecorator extends Forwarding {

    private final ExceptionTypes types;

    TargetDecorator(WebTarget target, ExceptionTypes types) {
        super(target);
        this.types = types;
    }

    @Override
    Object intercept(Object proxy, Method method, Object[] args) {
        return FORWARD;
    }

    @Override
    Object decorate(Method method, Object result) {
        Class<?> declared = method.getReturnType();
        if (declared == Invocation.Builder.class) {
            return Decorators.builder((Invocation.Builder) result,
                    new Destination(((WebTarget) delegate())::getUri, types));
        }
        return declared == WebTarget.class ? Decorators.target((WebTarget) result, types) : result;
    }
}
