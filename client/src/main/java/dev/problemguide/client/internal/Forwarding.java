package dev.problemguide.client.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * The handler behind each decorated Jakarta REST client object: it forwards every call to the object it
 * decorates, unless {@link #intercept} answers it, and decorates what the call returns so that the whole chain
 * ({@code client.target(…).path(…).request().rx().get(…)}) keeps failing with problems.
 *
 * <p>Dynamic proxies over the Jakarta REST interfaces, rather than classes implementing them, keep the
 * decoration independent of the API version: a method that Jakarta REST 3.1 lacks or 4.0 adds is forwarded
 * like any other.
 */
abstract class Forwarding implements InvocationHandler {

    /** What {@link #intercept} returns for a call it leaves to the decorated object. */
    static final Object FORWARD = new Object();

    private final Object delegate;

    Forwarding(Object delegate) {
        this.delegate = delegate;
    }

    /**
     * Creates the proxy for a handler.
     *
     * @param type    the interface the proxy implements
     * @param handler the handler
     * @param <T>     the interface
     * @return the proxy
     */
    static <T> T proxy(Class<T> type, Forwarding handler) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    /**
     * Answers a call the decorator handles itself.
     *
     * @param proxy  the proxy
     * @param method the method called
     * @param args   its arguments, never {@code null}
     * @return the answer, or {@link #FORWARD}
     * @throws Throwable what the call throws
     */
    abstract Object intercept(Object proxy, Method method, Object[] args) throws Throwable;

    /**
     * Decorates what a forwarded call returned, if it is a client object of its own.
     *
     * @param method the method that returned it, whose declared type says what to decorate it as
     * @param result the result, not the decorated object itself
     * @return the result, or its decoration
     */
    abstract Object decorate(Method method, Object result);

    @Override
    public final Object invoke(Object proxy, Method method, Object[] arguments) throws Throwable {
        Object[] args = arguments == null ? new Object[0] : arguments;
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> delegate.toString();
            };
        }
        Object answer = intercept(proxy, method, args);
        if (answer != FORWARD) {
            return answer;
        }
        Object result = forward(method, args);
        // Fluent methods (register, property, header, accept…) return the object itself: keep the decoration.
        return result == delegate ? proxy : result == null ? null : decorate(method, result);
    }

    /**
     * Calls the method on the decorated object.
     *
     * @param method the method
     * @param args   the arguments
     * @return the result
     * @throws Throwable what the call throws, unwrapped
     */
    final Object forward(Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(delegate, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /**
     * Returns the decorated object.
     *
     * @return the object
     */
    final Object delegate() {
        return delegate;
    }
}
