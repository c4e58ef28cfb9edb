package dev.problemguide.internal;

import dev.problemguide.StatusGuide;
import dev.problemguide.StatusTextSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The loaded and checked messages files of one base name: status texts by language, and the exception classes
 * the files map. {@code ProblemMessages} is its public face; integrations use it directly for the mappings.
 *
 * @param baseName the base name the files were found under
 * @param titles   status titles by locale ({@link Locale#ROOT} for the default file) and status
 * @param details  status details by locale and status
 * @param mappings the exception classes the files map, by class name
 * @param locales  the translations' locales, without {@link Locale#ROOT}
 */
public record MessageBundle(String baseName, Map<Locale, Map<Integer, String>> titles,
                            Map<Locale, Map<Integer, String>> details, Map<String, FileMapping> mappings,
                            Set<Locale> locales) implements StatusTextSource {

    /**
     * Loads and checks the messages files of a base name, where some exception classes may get their status
     * from elsewhere (an integration's builder mappings), so that the file may give them texts alone.
     *
     * @param baseName        the base name
     * @param loader          the class loader to find the files and the exception classes with
     * @param statusElsewhere tells whether an exception class (or a superclass) is mapped to a status elsewhere
     * @return the messages, or {@code null} when there is neither a default file nor a translation
     * @throws IllegalStateException listing every problem found, each with its file, line and key
     */
    public static MessageBundle load(String baseName, ClassLoader loader, Predicate<Class<?>> statusElsewhere) {
        Objects.requireNonNull(baseName, "baseName");
        Objects.requireNonNull(statusElsewhere, "statusElsewhere");
        Objects.requireNonNull(loader, "loader");
        List<String> errors = new ArrayList<>();
        Map<Locale, URL> files = MessageFiles.find(baseName, loader, errors);
        if (files.isEmpty() && errors.isEmpty()) {
            return null;
        }
        Map<Locale, Map<Integer, String>> titles = new HashMap<>();
        Map<Locale, Map<Integer, String>> details = new HashMap<>();
        FileMappings exceptions = new FileMappings(loader);
        for (Map.Entry<Locale, URL> file : files.entrySet()) {
            Locale locale = file.getKey();
            String fileName = MessageFiles.fileName(baseName, locale);
            List<PropertiesParser.Entry> entries;
            try {
                entries = PropertiesParser.parse(read(file.getValue()));
            } catch (PropertiesParser.SyntaxError e) {
                errors.add(fileName + " line " + e.line() + ", key '" + e.key() + "': " + e.getMessage());
                continue;
            } catch (CharacterCodingException e) {
                errors.add(fileName + ": not valid UTF-8");
                continue;
            }
            Set<String> seen = new LinkedHashSet<>();
            for (PropertiesParser.Entry entry : entries) {
                String where = fileName + " line " + entry.line() + ", key '" + entry.key() + "': ";
                if (!seen.add(entry.key())) {
                    errors.add(where + "the key appears twice");
                    continue;
                }
                String problem = entry.key().startsWith("status.")
                        ? statusEntry(entry, locale, titles, details)
                        : entry.key().startsWith("exception.")
                        ? exceptions.add(entry.key(), entry.value(), locale, fileName, entry.line())
                        : "unknown key; keys start with 'status.' or 'exception.'";
                if (problem != null) {
                    errors.add(where + problem);
                }
            }
        }
        errors.addAll(exceptions.check(statusElsewhere));
        if (!errors.isEmpty()) {
            throw new IllegalStateException("Invalid Problem Guide messages (" + errors.size() + " problem"
                    + (errors.size() == 1 ? "" : "s") + "):\n  " + String.join("\n  ", errors));
        }
        Set<Locale> locales = new LinkedHashSet<>(files.keySet());
        locales.remove(Locale.ROOT);
        return new MessageBundle(baseName, freeze(titles), freeze(details), exceptions.result(),
                Collections.unmodifiableSet(locales));
    }

    @Override
    public String title(int status, Locale locale) {
        return titles.getOrDefault(locale, Map.of()).get(status);
    }

    @Override
    public String detail(int status, Locale locale) {
        return details.getOrDefault(locale, Map.of()).get(status);
    }

    private static String statusEntry(PropertiesParser.Entry entry, Locale locale,
                                      Map<Locale, Map<Integer, String>> titles,
                                      Map<Locale, Map<Integer, String>> details) {
        String[] parts = entry.key().split("\\.", -1);
        if (parts.length != 3 || !(parts[2].equals("title") || parts[2].equals("detail"))) {
            return "expected status.<code>.title or status.<code>.detail";
        }
        int status;
        try {
            status = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            return "'" + parts[1] + "' is not a status code";
        }
        if (status < StatusGuide.MIN_STATUS || status > StatusGuide.MAX_STATUS) {
            return "status must be from 100 to 599, but was " + status;
        }
        MessageTemplate template;
        try {
            template = MessageTemplate.parse(entry.value());
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        for (String name : template.names()) {
            if (!name.equals("status")) {
                return "placeholder {" + name + "} names nothing; a status text may only use {status}";
            }
        }
        String text = template.render(name -> status);
        (parts[2].equals("title") ? titles : details).computeIfAbsent(locale, l -> new TreeMap<>()).put(status, text);
        return null;
    }

    private static Map<Locale, Map<Integer, String>> freeze(Map<Locale, Map<Integer, String>> byLocale) {
        Map<Locale, Map<Integer, String>> frozen = new HashMap<>();
        byLocale.forEach((locale, texts) -> frozen.put(locale, Map.copyOf(texts)));
        return Map.copyOf(frozen);
    }

    private static String read(URL url) throws CharacterCodingException {
        try (InputStream in = url.openStream()) {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(in.readAllBytes())).toString();
        } catch (CharacterCodingException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + url, e);
        }
    }
}
