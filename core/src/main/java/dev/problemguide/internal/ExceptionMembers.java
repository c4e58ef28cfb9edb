package dev.problemguide.internal;

import dev.problemguide.Problem;
import dev.problemguide.ProblemException;
import dev.problemguide.ProblemExtension;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What an exception class can put into a problem: its {@link ProblemExtension} members (public fields,
 * getters, accessors), which become extension members, and its public no-argument getters by property
 * name ({@code getOrderId()} and {@code orderId()} both give {@code orderId}), which placeholders in
 * mapped texts may name. The methods of {@link Throwable} itself (its message, cause and stack trace) are
 * never among them.
 */
public final class ExceptionMembers {

    private static final Set<String> THROWABLE_METHODS = throwableMethods();

    private final Map<String, AccessibleObject> extensions = new LinkedHashMap<>();
    private final Map<String, Method> properties = new LinkedHashMap<>();
    private final Set<String> names;

    private ExceptionMembers(Class<?> type) {
        for (Field field : type.getFields()) {
            ProblemExtension annotation = field.getAnnotation(ProblemExtension.class);
            if (annotation != null && !Modifier.isStatic(field.getModifiers())) {
                extensions.putIfAbsent(annotation.value().isEmpty() ? field.getName() : annotation.value(), field);
            }
        }
        for (Method method : type.getMethods()) {
            String property = propertyName(method);
            if (property == null) {
                continue;
            }
            ProblemExtension annotation = method.getAnnotation(ProblemExtension.class);
            if (annotation != null) {
                extensions.putIfAbsent(annotation.value().isEmpty() ? property : annotation.value(), method);
            }
            properties.putIfAbsent(property, method);
        }
        // On the module path, a member of a package not opened to this module cannot be read: leave it out, so
        // that a placeholder naming it fails at start-up instead of rendering "null", and say so once.
        extensions.entrySet().removeIf(entry -> {
            if (entry.getValue().trySetAccessible()) {
                return false;
            }
            System.getLogger(ExceptionMembers.class.getName()).log(System.Logger.Level.WARNING, "Extension member '"
                    + entry.getKey() + "' of " + type.getName() + " cannot be read and is left out of its problems;"
                    + " on the module path, open " + type.getPackageName() + " to module dev.problemguide");
            return true;
        });
        properties.values().removeIf(member -> !member.trySetAccessible());
        extensions.keySet().removeIf(Problem.STANDARD_MEMBERS::contains);
        Set<String> all = new HashSet<>(extensions.keySet());
        all.addAll(properties.keySet());
        this.names = Collections.unmodifiableSet(all);
    }

    /**
     * Describes an exception class, by reflection; callers keep the result (it is not cached here, so that
     * no class loader is pinned by a cache on JDK classes).
     *
     * @param type the exception class
     * @return its immutable description
     */
    public static ExceptionMembers of(Class<? extends Throwable> type) {
        return new ExceptionMembers(type);
    }

    /**
     * Returns the names a placeholder may use: extension member names and property names.
     *
     * @return an unmodifiable set
     */
    public Set<String> names() {
        return names;
    }

    /**
     * Tells whether the class exposes extension members.
     *
     * @return {@code true} when some member is annotated with {@link ProblemExtension}
     */
    public boolean hasExtensions() {
        return !extensions.isEmpty();
    }

    /**
     * Returns the extension members' names and declared types, in declaration order.
     *
     * @return an unmodifiable map from member name to the field's or getter's type
     */
    public Map<String, Class<?>> extensionTypes() {
        Map<String, Class<?>> types = new LinkedHashMap<>();
        extensions.forEach((name, member) -> types.put(name,
                member instanceof Field field ? field.getType() : ((Method) member).getReturnType()));
        return Collections.unmodifiableMap(types);
    }

    /**
     * Reads the extension members of an exception, in declaration order; a member whose accessor fails is
     * left out.
     *
     * @param exception an exception of this class
     * @return the members; values may be {@code null}
     */
    public Map<String, Object> extensions(Throwable exception) {
        Map<String, Object> values = new LinkedHashMap<>();
        extensions.forEach((name, member) -> {
            try {
                values.put(name, read(member, exception));
            } catch (ReflectiveOperationException | RuntimeException e) {
                System.getLogger(ExceptionMembers.class.getName()).log(System.Logger.Level.WARNING,
                        "Left out extension member '" + name + "' of " + exception.getClass().getName()
                                + ": its accessor failed", e);
            }
        });
        return values;
    }

    /**
     * Reads a property of an exception for a placeholder.
     *
     * @param exception an exception of this class
     * @param name      an extension member or property name
     * @return the value; {@code null} when absent or when its getter fails
     */
    public Object value(Throwable exception, String name) {
        AccessibleObject member = extensions.containsKey(name) ? extensions.get(name) : properties.get(name);
        if (member == null) {
            return null;
        }
        try {
            return read(member, exception);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static Object read(AccessibleObject member, Throwable exception) throws ReflectiveOperationException {
        return member instanceof Field field ? field.get(exception) : ((Method) member).invoke(exception);
    }

    /** Returns the property a public method reads, or {@code null} if it is not a getter of the exception's own. */
    private static String propertyName(Method method) {
        if (method.getParameterCount() != 0 || method.getReturnType() == void.class
                || Modifier.isStatic(method.getModifiers()) || THROWABLE_METHODS.contains(method.getName())) {
            return null;
        }
        String name = method.getName();
        if (name.startsWith("get") && name.length() > 3 && Character.isUpperCase(name.charAt(3))) {
            return Character.toLowerCase(name.charAt(3)) + name.substring(4);
        }
        if (name.startsWith("is") && name.length() > 2 && Character.isUpperCase(name.charAt(2))
                && (method.getReturnType() == boolean.class || method.getReturnType() == Boolean.class)) {
            return Character.toLowerCase(name.charAt(2)) + name.substring(3);
        }
        return name;
    }

    /** Throwable's own methods, and ProblemException's (its problem and headers are not the exception's data). */
    private static Set<String> throwableMethods() {
        Set<String> names = new HashSet<>();
        for (Method method : ProblemException.class.getMethods()) {
            if (method.getParameterCount() == 0) {
                names.add(method.getName());
            }
        }
        return Set.copyOf(names);
    }
}
