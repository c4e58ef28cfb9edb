package dev.problemguide.jersey.internal;

import dev.problemguide.jersey.InstanceStrategy;
import dev.problemguide.jersey.ProblemProperties;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.util.Locale;
import java.util.Map;

/**
 * Reads and checks the {@code problemguide.*} properties of an application; a bad value stops the
 * application with a message naming the property and the value.
 */
public final class PropertyReader {

    private PropertyReader() {
    }

    /**
     * Checks a status option: the usual one or 400.
     *
     * @param status the status
     * @param usual  the default
     * @param name   the option, for the message
     * @return the status
     */
    public static int checkStatus(int status, int usual, String name) {
        if (status != usual && status != 400) {
            throw new IllegalArgumentException(name + " must be " + usual + " or 400, but was " + status);
        }
        return status;
    }

    /**
     * Reads a status property.
     *
     * @param properties the application's properties
     * @param name       the property
     * @param usual      the default, the only other value allowed being 400
     * @return the status
     */
    public static int status(Map<String, Object> properties, String name, int usual) {
        String value = text(properties, name);
        if (value == null) {
            return usual;
        }
        try {
            return checkStatus(Integer.parseInt(value), usual, name);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be " + usual + " or 400, but was '" + value + "'", e);
        }
    }

    /**
     * Checks that a type base URI is absolute.
     *
     * @param uri  the URI
     * @param name the option, for the message
     * @return the URI
     */
    public static URI checkBase(URI uri, String name) {
        if (!uri.isAbsolute()) {
            throw new IllegalArgumentException(name + " must be an absolute URI, but was '" + uri + "'");
        }
        return uri;
    }

    /**
     * Reads a property as trimmed text.
     *
     * @param properties the application's properties
     * @param name       the property
     * @return the text, or {@code null}
     */
    public static String text(Map<String, Object> properties, String name) {
        Object value = properties.get(name);
        return value == null ? null : value.toString().trim();
    }

    /**
     * Reads {@code problemguide.typeBaseUri}.
     *
     * @param properties the application's properties
     * @return the absolute URI, or {@code null}
     */
    public static URI baseUri(Map<String, Object> properties) {
        String value = text(properties, ProblemProperties.TYPE_BASE_URI);
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return checkBase(new URI(value), ProblemProperties.TYPE_BASE_URI);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(ProblemProperties.TYPE_BASE_URI + " is not a URI: '" + value + "'",
                    e);
        }
    }

    /**
     * Reads {@code problemguide.instance}.
     *
     * @param properties the application's properties
     * @return the strategy; {@code REQUEST_PATH} by default
     */
    public static InstanceStrategy instance(Map<String, Object> properties) {
        String value = text(properties, ProblemProperties.INSTANCE);
        if (value == null) {
            return InstanceStrategy.REQUEST_PATH;
        }
        switch (value.toLowerCase(Locale.ROOT)) {
            case "path":
                return InstanceStrategy.REQUEST_PATH;
            case "none":
                return InstanceStrategy.NONE;
            case "trace-id":
                return InstanceStrategy.TRACE_ID;
            default:
                throw new IllegalArgumentException(ProblemProperties.INSTANCE
                        + " must be path, none or trace-id, but was '" + value + "'");
        }
    }

    /**
     * Reads a boolean property, strictly {@code true} or {@code false}.
     *
     * @param properties the application's properties
     * @param name       the property
     * @param fallback   the default
     * @return the value
     */
    public static boolean bool(Map<String, Object> properties, String name, boolean fallback) {
        String value = text(properties, name);
        if (value == null) {
            return fallback;
        }
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(value);
        }
        throw new IllegalArgumentException(name + " must be true or false, but was '" + value + "'");
    }

    /**
     * Reads a {@code System.Logger} level property.
     *
     * @param properties the application's properties
     * @param name       the property
     * @param fallback   the default
     * @return the level
     */
    public static Level level(Map<String, Object> properties, String name, Level fallback) {
        String value = text(properties, name);
        if (value == null) {
            return fallback;
        }
        try {
            return Level.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + " must be a System.Logger level (OFF, ERROR, WARNING, INFO,"
                    + " DEBUG, TRACE, ALL), but was '" + value + "'", e);
        }
    }
}
