package dev.problemguide.client.internal;

import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.concurrent.Future;

/**
 * Decorates an {@code Invocation} built by {@code build(…)}: {@code invoke(type)} returns the entity or throws
 * the problem, {@code submit(type)} and {@code submit(callback)} deliver it as the asynchronous invoker does.
 */
final class InvocationDecorator extends Forwarding {

    private final Outcomes.Request request;

    InvocationDecorator(Invocation invocation, Outcomes.Request request) {
        super(invocation);
        this.request = request;
    }

    @Override
    Object intercept(Object proxy, Method method, Object[] args) {
        String name = method.getName();
        if (args.length != 1 || args[0] == null || !(name.equals("invoke") || name.equals("submit"))) {
            return FORWARD;
        }
        TypedCall call = TypedCall.last(request.method(), false, null, method.getParameterTypes()[0], args[0]);
        if (call == null) {
            return FORWARD;
        }
        Invocation invocation = (Invocation) delegate();
        if (name.equals("invoke")) {
            return Outcomes.entity(invocation.invoke(), call.responseType(), request);
        }
        TranslatingCallback callback = new TranslatingCallback(call, request);
        Future<Response> upstream = invocation.submit(callback);
        return callback.future(upstream);
    }

    @Override
    Object decorate(Method method, Object result) {
        return result;
    }
}
