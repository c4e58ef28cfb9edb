package dev.problemguide.client.internal;

import jakarta.ws.rs.core.Response;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The future of an asynchronous typed call: its result or failure comes from a {@link TranslatingCallback},
 * and cancelling it cancels the call itself.
 */
final class TranslatedFuture implements Future<Object> {

    private final CompletableFuture<Object> result;
    private final Future<Response> upstream;

    TranslatedFuture(CompletableFuture<Object> result, Future<Response> upstream) {
        this.result = result;
        this.upstream = upstream;
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = upstream.cancel(mayInterruptIfRunning);
        return result.cancel(mayInterruptIfRunning) || cancelled;
    }

    @Override
    public boolean isCancelled() {
        return result.isCancelled();
    }

    @Override
    public boolean isDone() {
        return result.isDone();
    }

    @Override
    public Object get() throws InterruptedException, ExecutionException {
        return result.get();
    }

    @Override
    public Object get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
        return result.get(timeout, unit);
    }
}
