package dev.problemguide.internal;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Finds the files of a messages bundle on the class path: the default file and its translations.
 */
public final class MessageFiles {

    private MessageFiles() {
    }

    /**
     * Finds the default file and its translations: the siblings named {@code baseName_*.properties} of every
     * file found, where its directory or jar can be listed, and every ISO language probed on the whole class
     * path (so a translation in another jar is found too). A sibling whose name is not a locale is reported.
     *
     * @param baseName the base name
     * @param loader   where to look
     * @param errors   where to report misnamed files
     * @return the files by locale; {@link Locale#ROOT} for the default file
     */
    public static Map<Locale, URL> find(String baseName, ClassLoader loader, List<String> errors) {
        Map<Locale, URL> files = new LinkedHashMap<>();
        URL base = loader.getResource(baseName + ".properties");
        if (base != null) {
            files.put(Locale.ROOT, base);
        }
        Set<String> listed = new TreeSet<>();
        for (String language : Locale.getISOLanguages()) {
            Locale locale = new Locale(language);
            URL url = loader.getResource(fileName(baseName, locale));
            if (url != null) {
                files.put(locale, url);
                Set<String> siblings = siblings(url, baseName);
                if (siblings != null) {
                    listed.addAll(siblings);
                }
            }
        }
        if (base != null) {
            Set<String> siblings = siblings(base, baseName);
            if (siblings != null) {
                listed.addAll(siblings);
            }
        }
        for (String name : listed) {
            Locale locale = localeOf(name, baseName);
            URL url = locale == null ? null : loader.getResource(fileName(baseName, locale));
            if (url == null) {
                errors.add(name + ": the part after '_' is not a locale such as de or de_CH, so the file is never"
                        + " used");
            } else {
                files.putIfAbsent(locale, url);
            }
        }
        return files;
    }

    /** Lists the names of the translation files beside a file, or returns {@code null} when it cannot. */
    private static Set<String> siblings(URL file, String baseName) {
        String simple = baseName.substring(baseName.lastIndexOf('/') + 1) + "_";
        Set<String> names = new TreeSet<>();
        try {
            if ("file".equals(file.getProtocol())) {
                Path directory = Path.of(file.toURI()).getParent();
                try (var entries = Files.list(directory)) {
                    entries.map(p -> p.getFileName().toString())
                            .filter(n -> n.startsWith(simple) && n.endsWith(".properties")).forEach(names::add);
                }
                return names;
            }
            if ("jar".equals(file.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) file.openConnection();
                connection.setUseCaches(false);
                String prefix = baseName + "_";
                try (JarFile jar = connection.getJarFile()) {
                    jar.stream().map(JarEntry::getName)
                            .filter(n -> n.startsWith(prefix) && n.endsWith(".properties"))
                            .map(n -> n.substring(n.lastIndexOf('/') + 1)).forEach(names::add);
                }
                return names;
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return null;
        }
        return null;
    }

    /** Reads the locale out of a file name such as {@code problem-messages_de_CH.properties}. */
    private static Locale localeOf(String fileName, String baseName) {
        String simple = baseName.substring(baseName.lastIndexOf('/') + 1) + "_";
        String tag = fileName.substring(simple.length(), fileName.length() - ".properties".length());
        String[] parts = tag.split("_", -1);
        boolean language = parts[0].length() >= 2 && parts[0].length() <= 3
                && parts[0].chars().allMatch(c -> c >= 'a' && c <= 'z');
        boolean country = parts.length == 1 || (parts.length == 2 && parts[1].length() == 2
                && parts[1].chars().allMatch(c -> c >= 'A' && c <= 'Z'));
        if (!language || !country) {
            return null;
        }
        return parts.length == 1 ? new Locale(parts[0]) : new Locale(parts[0], parts[1]);
    }

    /**
     * Returns the file name of a locale's file.
     *
     * @param baseName the base name
     * @param locale   the locale; {@link Locale#ROOT} for the default file
     * @return e.g. {@code problem-messages_de.properties}
     */
    public static String fileName(String baseName, Locale locale) {
        return Locale.ROOT.equals(locale) ? baseName + ".properties" : baseName + "_" + locale + ".properties";
    }
}
