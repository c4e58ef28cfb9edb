package dev.problemguide.client.internal;

import jakarta.ws.rs.client.CompletionStageRxInvoker;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Decorates {@code rx()}: a typed call's {@code CompletionStage} completes exceptionally with the problem
 * itself, not wrapped, so that {@code exceptionally} and {@code whenComplete} see it as it is; cancelling the
 * stage cancels the call.
 */
final class RxDecorator extends Forwarding {

    private final Destination uri;

    RxDecorator(CompletionStageRxInvoker invoker, Destination uri) {
        super(invoker);
        this.uri = uri;
    }

    @Override
    Object intercept(Object proxy, Method method, Object[] args) {
        TypedCall call = TypedCall.of(method, args);
        if (call == null || call.callback() != null) {
            return FORWARD;
        }
        CompletionStageRxInvoker invoker = (CompletionStageRxInvoker) delegate();
        CompletionStage<Response> response = call.hasEntity()
                ? invoker.method(call.httpMethod(), call.entity(), Response.class)
                : invoker.method(call.httpMethod(), Response.class);
        Outcomes.Request request = new Outcomes.Request(call.httpMethod(), uri);
        CompletableFuture<Object> result = new CompletableFuture<>();
        response.whenComplete((answer, failure) -> {
            if (result.isDone()) {
                // Cancelled meanwhile: nobody will read this answer, so free its connection.
                if (answer != null) {
                    answer.close();
                }
                return;
            }
            if (failure != null) {
                // Transport failures stay as the runtime delivers them.
                result.completeExceptionally(failure);
                return;
            }
            try {
                result.complete(Outcomes.entity(answer, call.responseType(), request));
            } catch (Throwable problem) {
                result.completeExceptionally(problem);
            }
        });
        result.whenComplete((value, failure) -> {
            if (result.isCancelled()) {
                cancel(response);
            }
        });
        return result;
    }

    /** Passes a cancellation on to the call itself, where the runtime's stage allows it. */
    private static void cancel(CompletionStage<Response> response) {
        try {
            response.toCompletableFuture().cancel(true);
        } catch (UnsupportedOperationException e) {
            // A stage that cannot be cancelled: its answer is closed when it comes.
        }
    }

    @Override
    Object decorate(Method method, Object result) {
        return result;
    }
}
