package dev.problemguide.jersey.internal.validation;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.util.NameTransformer;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Translates Java property names into the JSON member names a client sends, as the application's
 * {@link ObjectMapper} sees them ({@code @JsonProperty}, naming strategies), and tracks the type of each
 * property so a path can be followed through nested objects and lists. Results are cached per type.
 */
public final class JsonNames {

    /** A property as JSON sees it. */
    public record Property(String jsonName, JavaType type, NameTransformer unwrapping) {

        /**
         * Tells whether the property is {@code @JsonUnwrapped}: its members stand in its owner's object.
         *
         * @return {@code true} when unwrapped
         */
        public boolean unwrapped() {
            return unwrapping != null;
        }
    }

    private final ObjectMapper mapper;
    private final Map<JavaType, Map<String, Property>> byType = new ConcurrentHashMap<>();

    /**
     * Creates the translation for one mapper.
     *
     * @param mapper the application's mapper, or a default one
     */
    public JsonNames(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * Returns the mapper's view of a Java type.
     *
     * @param type a class or generic type
     * @return the Jackson type
     */
    public JavaType type(Type type) {
        return mapper.constructType(type);
    }

    /**
     * Returns the JSON view of a property.
     *
     * @param owner    the type holding it, or {@code null} when unknown
     * @param javaName the Java name Bean Validation reports
     * @return the property; its JSON name falls back to the Java name, its type to {@code null}
     */
    public Property property(JavaType owner, String javaName) {
        if (owner == null) {
            return new Property(javaName, null, null);
        }
        Property found = byType.computeIfAbsent(owner, this::introspect).get(javaName);
        return found != null ? found : new Property(javaName, null, null);
    }

    private Map<String, Property> introspect(JavaType type) {
        Map<String, Property> properties = new HashMap<>();
        try {
            for (BeanPropertyDefinition definition
                    : mapper.getDeserializationConfig().introspect(type).findProperties()) {
                NameTransformer unwrapping = definition.getPrimaryMember() == null ? null
                        : mapper.getDeserializationConfig().getAnnotationIntrospector()
                                .findUnwrappingNameTransformer(definition.getPrimaryMember());
                Property property = new Property(definition.getName(), definition.getPrimaryType(), unwrapping);
                properties.put(definition.getInternalName(), property);
                if (definition.getField() != null) {
                    properties.putIfAbsent(definition.getField().getName(), property);
                }
            }
        } catch (RuntimeException e) {
            // A type Jackson cannot introspect keeps its Java names.
            return Map.of();
        }
        return properties;
    }
}
