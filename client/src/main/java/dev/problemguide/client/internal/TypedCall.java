package dev.problemguide.client.internal;

import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.InvocationCallback;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A call of an invoker method that names the type of its result: {@code get(Order.class)},
 * {@code post(entity, new GenericType<…>() {})}, {@code method("PATCH", entity, callback)}. All the invokers
 * (synchronous, asynchronous, {@code rx()}) share these shapes: the verb or {@code method(name, …)}, an optional
 * entity, and a last argument that is a {@code Class}, a {@code GenericType} or an {@code InvocationCallback}.
 *
 * @param httpMethod   the HTTP method
 * @param hasEntity    whether the call sends an entity
 * @param entity       the entity, or {@code null}
 * @param responseType the type of the result; {@code Response} for a call that wants the response itself
 * @param callback     the caller's callback, or {@code null}
 */
record TypedCall(String httpMethod, boolean hasEntity, Entity<?> entity, GenericType<?> responseType,
                 InvocationCallback<?> callback) {

    private static final Set<String> VERBS = Set.of("get", "put", "post", "delete", "head", "options", "trace");

    /** The shapes of the invoker methods seen so far: a few dozen Jakarta REST methods at most. */
    private static final Map<Method, Shape> SHAPES = new ConcurrentHashMap<>();

    /**
     * Reads the call of an invoker method.
     *
     * @param method the method
     * @param args   its arguments
     * @return the call, or {@code null} when the method does not name a result type we can read (a call that
     *         returns a {@code Response}, a callback whose type cannot be told): such calls are forwarded as
     *         they are
     */
    static TypedCall of(Method method, Object[] args) {
        Shape shape = SHAPES.computeIfAbsent(method, Shape::of);
        if (shape == Shape.NONE || args[args.length - 1] == null) {
            return null;
        }
        String httpMethod = shape.verb() != null ? shape.verb() : (String) args[0];
        if (httpMethod == null) {
            return null;
        }
        Entity<?> entity = shape.hasEntity() ? (Entity<?>) args[args.length - 2] : null;
        return last(httpMethod, shape.hasEntity(), entity, shape.last(), args[args.length - 1]);
    }

    /**
     * What a method's signature says about its calls, worked out once per method: a successful call should
     * cost the decoration next to nothing.
     *
     * @param verb      the HTTP method a verb method ({@code get}, {@code post}…) stands for; {@code null} for
     *                  {@code method(name, …)}, whose first argument names it
     * @param hasEntity whether the argument before the last is the entity
     * @param last      the type of the last parameter
     */
    private record Shape(String verb, boolean hasEntity, Class<?> last) {

        static final Shape NONE = new Shape(null, false, null);

        static Shape of(Method method) {
            Class<?>[] parameters = method.getParameterTypes();
            int count = parameters.length;
            String name = method.getName();
            int first;
            String verb;
            if (name.equals("method") && count > 0 && parameters[0] == String.class) {
                verb = null;
                first = 1;
            } else if (VERBS.contains(name)) {
                verb = name.toUpperCase(Locale.ROOT);
                first = 0;
            } else {
                return NONE;
            }
            boolean hasEntity = count - first == 2 && parameters[first] == Entity.class;
            if (count - first != (hasEntity ? 2 : 1)) {
                return NONE;
            }
            return new Shape(verb, hasEntity, parameters[count - 1]);
        }
    }

    /**
     * Reads the result type from a call's last argument.
     *
     * @param httpMethod the HTTP method
     * @param hasEntity  whether the call sends an entity
     * @param entity     the entity
     * @param parameter  the last parameter's type
     * @param argument   the last argument, not {@code null}
     * @return the call, or {@code null} when it is forwarded as it is
     */
    static TypedCall last(String httpMethod, boolean hasEntity, Entity<?> entity, Class<?> parameter,
                          Object argument) {
        GenericType<?> type;
        InvocationCallback<?> callback = null;
        if (parameter == Class.class) {
            type = new GenericType<>((Class<?>) argument);
        } else if (parameter == GenericType.class) {
            type = (GenericType<?>) argument;
        } else if (parameter == InvocationCallback.class) {
            callback = (InvocationCallback<?>) argument;
            type = CallbackTypes.resultType(callback);
        } else {
            return null;
        }
        if (type == null || type.getRawType() == Response.class) {
            return null;
        }
        return new TypedCall(httpMethod, hasEntity, entity, type, callback);
    }
}
