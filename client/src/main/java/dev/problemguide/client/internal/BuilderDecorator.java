package dev.problemguide.client.internal;

import jakarta.ws.rs.client.AsyncInvoker;
import jakarta.ws.rs.client.CompletionStageRxInvoker;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.Locale;

/**
 * Decorates an {@code Invocation.Builder}: its synchronous typed calls return the entity or throw the problem,
 * and the invokers and invocations it creates are decorated too.
 */
final class BuilderDecorator extends Forwarding {

    private final Destination uri;

    BuilderDecorator(Invocation.Builder builder, Destination uri) {
        super(builder);
        this.uri = uri;
    }

    @Override
    Object intercept(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getReturnType() == Invocation.class) {
            Invocation invocation = (Invocation) forward(method, args);
            return Decorators.invocation(invocation, new Outcomes.Request(builtMethod(method, args), uri));
        }
        TypedCall call = TypedCall.of(method, args);
        if (call == null || call.callback() != null) {
            return FORWARD;
        }
        Invocation.Builder builder = (Invocation.Builder) delegate();
        Response response = call.hasEntity()
                ? builder.method(call.httpMethod(), call.entity())
                : builder.method(call.httpMethod());
        return Outcomes.entity(response, call.responseType(), new Outcomes.Request(call.httpMethod(), uri));
    }

    @Override
    Object decorate(Method method, Object result) {
        // By the declared type: a runtime's rx() invoker may implement AsyncInvoker too.
        Class<?> declared = method.getReturnType();
        if (declared == AsyncInvoker.class) {
            return Decorators.async((AsyncInvoker) result, uri);
        }
        if (declared == CompletionStageRxInvoker.class) {
            return Decorators.rx((CompletionStageRxInvoker) result, uri);
        }
        // Other rx(Class) invokers (RxJava, Reactor) are the provider's own types: returned as they are.
        return declared == Invocation.Builder.class ? Decorators.builder((Invocation.Builder) result, uri) : result;
    }

    /** The method of {@code build(name…)}, {@code buildGet()}, {@code buildPost(entity)}… */
    private static String builtMethod(Method method, Object[] args) {
        String name = method.getName();
        if (name.equals("build")) {
            return String.valueOf(args[0]);
        }
        return name.substring("build".length()).toUpperCase(Locale.ROOT);
    }
}
