package dev.problemguide.client.internal;

import jakarta.ws.rs.client.InvocationCallback;
import jakarta.ws.rs.core.GenericType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.HashMap;
import java.util.Map;

/**
 * Tells the result type of an {@link InvocationCallback}, as Jakarta REST runtimes do: from the type argument
 * its class gives {@code InvocationCallback<T>}, directly, through a generic superclass
 * ({@code new Logging<Order>() { }}) or through an interface that extends it ({@code OrderCallback}).
 */
final class CallbackTypes {

    private CallbackTypes() {
    }

    /**
     * Returns the type a callback receives.
     *
     * @param callback the callback
     * @return the type, or {@code null} when its class does not say it (a type variable left open, a raw type)
     */
    static GenericType<?> resultType(InvocationCallback<?> callback) {
        Type argument = find(callback.getClass(), new HashMap<>());
        return argument == null || argument instanceof TypeVariable<?> ? null : new GenericType<>(argument);
    }

    /**
     * Looks for {@code InvocationCallback<T>} above a type, carrying the type arguments bound on the way.
     *
     * @param type     a class, or a parameterized class or interface
     * @param bindings the type variables bound so far, by their declaration
     * @return {@code T} as bound, or {@code null} if the type does not implement {@code InvocationCallback}
     */
    private static Type find(Type type, Map<TypeVariable<?>, Type> bindings) {
        Class<?> raw;
        if (type instanceof ParameterizedType parameterized) {
            raw = (Class<?>) parameterized.getRawType();
            TypeVariable<?>[] variables = raw.getTypeParameters();
            Type[] arguments = parameterized.getActualTypeArguments();
            Map<TypeVariable<?>, Type> bound = new HashMap<>(bindings);
            for (int i = 0; i < variables.length; i++) {
                bound.put(variables[i], bindings.getOrDefault(arguments[i], arguments[i]));
            }
            if (raw == InvocationCallback.class) {
                return bound.get(variables[0]);
            }
            bindings = bound;
        } else if (type instanceof Class<?> plain) {
            raw = plain;
        } else {
            return null;
        }
        for (Type implemented : raw.getGenericInterfaces()) {
            Type found = find(implemented, bindings);
            if (found != null) {
                return found;
            }
        }
        Type superclass = raw.getGenericSuperclass();
        return superclass == null ? null : find(superclass, bindings);
    }
}
