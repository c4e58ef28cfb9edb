package dev.problemguide.client.internal;

import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.InvocationCallback;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Set;

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
        Class<?>[] parameters = method.getParameterTypes();
        int count = parameters.length;
        if (count == 0 || args[count - 1] == null) {
            return null;
        }
        String name = method.getName();
        String httpMethod;
        int first = 0;
        if (name.equals("method") && parameters[0] == String.class && args[0] != null) {
            httpMethod = (String) args[0];
            first = 1;
        } else if (VERBS.contains(name)) {
            httpMethod = name.toUpperCase(Locale.ROOT);
        } else {
            return null;
        }
        boolean hasEntity = count - first == 2 && parameters[first] == Entity.class;
        if (count - first != (hasEntity ? 2 : 1)) {
            return null;
        }
        Entity<?> entity = hasEntity ? (Entity<?>) args[first] : null;
        return last(httpMethod, hasEntity, entity, parameters[count - 1], args[count - 1]);
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
