package dev.problemguide.jersey.internal.config;

import java.lang.System.Logger.Level;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The log levels of problems chosen per status class ({@code 4xx}, {@code 5xx}), per exact status and per problem
 * type, over the two levels of client and server errors. The most specific wins: type, then status, then class.
 *
 * @param classes  levels by status class, 4 or 5
 * @param statuses levels by status
 * @param types    levels by type as written (a short name resolves against the type base URI)
 */
public record LogLevels(Map<Integer, Level> classes, Map<Integer, Level> statuses, Map<URI, Level> types) {

    /** No level chosen beyond the two of client and server errors. */
    public static final LogLevels NONE = new LogLevels(Map.of(), Map.of(), Map.of());

    /**
     * Copies the maps.
     *
     * @param classes  levels by status class
     * @param statuses levels by status
     * @param types    levels by type
     */
    public LogLevels {
        classes = Map.copyOf(classes);
        statuses = Map.copyOf(statuses);
        types = Map.copyOf(types);
    }

    /**
     * Reads the text of {@code problemguide.log.levels}: {@code key=LEVEL} entries separated by commas, a key being
     * {@code 4xx}, {@code 5xx}, a status or a type ({@code 404=INFO, 4xx=WARNING, order-not-found=OFF}).
     *
     * @param text the text
     * @return the levels, or {@code null} when an entry cannot be read
     */
    public static LogLevels parse(String text) {
        LogLevels levels = NONE;
        for (String entry : text.split(",")) {
            int equals = entry.lastIndexOf('=');
            if (entry.isBlank()) {
                continue;
            }
            if (equals <= 0) {
                return null;
            }
            String key = entry.substring(0, equals).trim();
            Level level = Level.valueOf(entry.substring(equals + 1).trim().toUpperCase(Locale.ROOT));
            levels = levels.with(key, level);
            if (levels == null) {
                return null;
            }
        }
        return levels;
    }

    /**
     * Returns these levels and one more.
     *
     * @param key   {@code 4xx}, {@code 5xx}, a status from 400 to 599, or a type
     * @param level the level
     * @return the levels, or {@code null} when the key is none of those
     */
    public LogLevels with(String key, Level level) {
        Map<Integer, Level> newClasses = new LinkedHashMap<>(classes);
        Map<Integer, Level> newStatuses = new LinkedHashMap<>(statuses);
        Map<URI, Level> newTypes = new LinkedHashMap<>(types);
        if (key.equalsIgnoreCase("4xx") || key.equalsIgnoreCase("5xx")) {
            newClasses.put(key.charAt(0) - '0', level);
        } else if (key.matches("(?i)[0-9x]+|-?[0-9]+")) {
            // Digits (and x) name a status or a class: only 400 to 599, 4xx and 5xx are ones a problem has.
            if (!key.chars().allMatch(Character::isDigit)) {
                return null;
            }
            int status = Integer.parseInt(key);
            if (status < 400 || status > 599) {
                return null;
            }
            newStatuses.put(status, level);
        } else {
            try {
                newTypes.put(URI.create(key), level);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return new LogLevels(newClasses, newStatuses, newTypes);
    }
}
