package dev.problemguide.client.internal;

import jakarta.ws.rs.client.InvocationCallback;
import jakarta.ws.rs.core.GenericType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;

/**
 * Tells the result type of an {@link InvocationCallback}, as Jakarta REST runtimes do: from the type argument
 * its class gives {@code InvocationCallback<T>}.
 */
final class CallbackTypes {

    private CallbackTypes() {
    }

    /**
     * Returns the type a callback receives.
     *
     * @param callback the callback
     * @return the type, or {@code null} when its class does not say it (a type variable, a raw type)
     */
    static GenericType<?> resultType(InvocationCallback<?> callback) {
        for (Class<?> type = callback.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            for (Type implemented : type.getGenericInterfaces()) {
                if (implemented instanceof ParameterizedType parameterized
                        && parameterized.getRawType() == InvocationCallback.class) {
                    Type argument = parameterized.getActualTypeArguments()[0];
                    return argument instanceof TypeVariable<?> ? null : new GenericType<>(argument);
                }
            }
        }
        return null;
    }
}
