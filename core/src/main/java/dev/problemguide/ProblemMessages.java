package dev.problemguide;

import dev.problemguide.internal.ExceptionProperties;
import dev.problemguide.internal.MessageFiles;
import dev.problemguide.internal.PropertiesParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The texts and exception mappings of an application's messages files: {@code problem-messages.properties}
 * and its translations such as {@code problem-messages_de.properties}, UTF-8, on the class path.
 *
 * <p>Keys:
 * <ul>
 *   <li>{@code status.<code>.title} and {@code status.<code>.detail}: the texts of a status, replacing the
 *       guide's; the only placeholder is {@code {status}};</li>
 *   <li>{@code exception.<class>.status}, {@code .type}, {@code .title}, {@code .detail}: map an exception
 *       class and its subclasses to a problem. Status and type belong in the default file; titles and details
 *       may be translated. Their placeholders name the exception's {@link ProblemExtension} members, its
 *       public no-argument getters by property name, or {@code status}.</li>
 * </ul>
 *
 * <p>Everything is read and checked once, by {@link #load}: an unknown key, a status outside 100 to 599, a
 * class that does not exist, a type that is not a URI, a placeholder that names nothing, a malformed escape
 * or a file that is not UTF-8 fails with one message that names the file, the key and the problem.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9457#section-3.1">RFC 9457 section 3.1: title and detail</a>
 */
public final class ProblemMessages implements StatusTextSource {

    /** {@value}: the base name looked for when the application names none. */
    public static final String DEFAULT_BASE_NAME = "problem-messages";

    private final String baseName;
    private final Map<Locale, Map<Integer, String>> titles;
    private final Map<Locale, Map<Integer, String>> details;
    private final Map<String, ExceptionMessages> exceptions;
    private final Set<Locale> locales;

    private ProblemMessages(String baseName, Map<Locale, Map<Integer, String>> titles,
                            Map<Locale, Map<Integer, String>> details, Map<String, ExceptionMessages> exceptions,
                            Set<Locale> locales) {
        this.baseName = baseName;
        this.titles = titles;
        this.details = details;
        this.exceptions = exceptions;
        this.locales = locales;
    }

    /**
     * Loads and checks the messages files of a base name: the default file and every translation of it.
     *
     * @param baseName the base name, e.g. {@code problem-messages} or {@code i18n/errors}
     * @param loader   the class loader to find the files and the exception classes with
     * @return the messages, or {@code null} when there is neither a default file nor a translation
     * @throws IllegalStateException listing every problem found, each with its file, line and key
     */
    public static ProblemMessages load(String baseName, ClassLoader loader) {
        return load(baseName, loader, type -> false);
    }

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
    public static ProblemMessages load(String baseName, ClassLoader loader, Predicate<Class<?>> statusElsewhere) {
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
        ExceptionProperties exceptions = new ExceptionProperties(loader);
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
        return new ProblemMessages(baseName, freeze(titles), freeze(details), exceptions.result(),
                Collections.unmodifiableSet(locales));
    }

    /**
     * Returns the base name the files were found under.
     *
     * @return the base name
     */
    public String baseName() {
        return baseName;
    }

    @Override
    public String title(int status, Locale locale) {
        return titles.getOrDefault(locale, Map.of()).get(status);
    }

    @Override
    public String detail(int status, Locale locale) {
        return details.getOrDefault(locale, Map.of()).get(status);
    }

    @Override
    public Set<Locale> locales() {
        return locales;
    }

    /**
     * Returns the exception mappings, by exception class name.
     *
     * @return an unmodifiable map
     */
    public Map<String, ExceptionMessages> exceptions() {
        return exceptions;
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
                    .decode(java.nio.ByteBuffer.wrap(in.readAllBytes())).toString();
        } catch (CharacterCodingException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + url, e);
        }
    }
}
