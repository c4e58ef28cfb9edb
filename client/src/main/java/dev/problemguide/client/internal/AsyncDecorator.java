package dev.problemguide.client.internal;

import jakarta.ws.rs.client.AsyncInvoker;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.concurrent.Future;

/**
 * Decorates an {@code AsyncInvoker}: a typed call's {@code Future.get()} throws an {@code ExecutionException}
 * whose cause is the problem, and a callback's {@code failed} receives the problem.
 */
final class AsyncDecorator extends Forwarding {

    private final Destination uri;

    AsyncDecorator(AsyncInvoker invoker, Destination uri) {
        super(invoker);
        this.uri = uri;
    }

    @Override
    Object intercept(Object proxy, Method method, Object[] args) {
        TypedCall call = TypedCall.of(method, args);
        if (call == null) {
            return FORWARD;
        }
        TranslatingCallback callback = new TranslatingCallback(call, new Outcomes.Request(call.httpMethod(), uri));
        AsyncInvoker invoker = (AsyncInvoker) delegate();
        Future<Response> upstream = call.hasEntity()
                ? invoker.method(call.httpMethod(), call.entity(), callback)
                : invoker.method(call.httpMethod(), callback);
        return callback.future(upstream);
    }

    @Override
    Object decorate(Method method, Object result) {
        return result;
    }
}
