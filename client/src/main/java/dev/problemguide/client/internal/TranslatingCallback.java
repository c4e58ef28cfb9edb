package dev.problemguide.client.internal;

import jakarta.ws.rs.client.InvocationCallback;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

/**
 * The callback an asynchronous typed call is made with, in its place: it receives the {@link Response}, turns
 * it into the result or the exception of a typed call ({@link Outcomes#entity}), hands that to the caller's
 * callback, if any, and completes the future the caller holds.
 *
 * <p>It implements {@code InvocationCallback<Response>} with that type argument written out, since that is
 * where Jakarta REST runtimes read which type to deliver.
 */
final class TranslatingCallback implements InvocationCallback<Response> {

    private final GenericType<?> type;
    private final InvocationCallback<Object> callback;
    private final Outcomes.Request request;
    private final CompletableFuture<Object> result = new CompletableFuture<>();

    @SuppressWarnings("unchecked")
    TranslatingCallback(TypedCall call, Outcomes.Request request) {
        this.type = call.responseType();
        // The caller's callback takes the type it was read for (CallbackTypes), which is what it receives.
        this.callback = (InvocationCallback<Object>) call.callback();
        this.request = request;
    }

    @Override
    public void completed(Response response) {
        Object value;
        try {
            value = Outcomes.entity(response, type, request);
        } catch (Throwable failure) {
            failed(failure);
            return;
        }
        // The future first, as Jakarta REST runtimes do: a callback may look at it, and must not wait for itself.
        result.complete(value);
        if (callback != null) {
            callback.completed(value);
        }
    }

    @Override
    public void failed(Throwable failure) {
        result.completeExceptionally(failure);
        if (callback != null) {
            callback.failed(failure);
        }
    }

    /**
     * Returns the future the caller holds.
     *
     * @param upstream the runtime's future of the response, which cancelling cancels
     * @return the future of the result
     */
    Future<Object> future(Future<Response> upstream) {
        return new TranslatedFuture(result, upstream);
    }
}
