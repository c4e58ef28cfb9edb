package dev.problemguide.jersey.internal.pages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the type pages as files: {@code index.html}, {@code index.json} and {@code <name>.html},
 * {@code <name>.json} in the default language at the top of a folder, the same in a folder per translation
 * ({@code de/index.html}), linked to each other by relative links.
 */
public final class PageFiles {

    private PageFiles() {
    }

    /**
     * Writes the pages of a catalog.
     *
     * @param catalog the pages' catalog
     * @param folder  the folder, made if missing; files of the same names are replaced
     * @return the files written, in the order written
     * @throws IOException if a file cannot be written
     */
    public static List<Path> write(PageCatalog catalog, Path folder) throws IOException {
        HtmlPages html = new HtmlPages(catalog);
        JsonPages json = new JsonPages(catalog);
        List<Path> written = new ArrayList<>();
        for (Locale language : catalog.languages()) {
            write(folder, PageLinks.Files.file("index", language, "html"),
                    html.index(language, PageLinks.Files.of("index", language)), written);
            write(folder, PageLinks.Files.file("index", language, "json"), json.index(language), written);
            for (PageEntry entry : catalog.entries()) {
                write(folder, PageLinks.Files.file(entry.name(), language, "html"),
                        html.page(entry, language, PageLinks.Files.of(entry.name(), language)), written);
                write(folder, PageLinks.Files.file(entry.name(), language, "json"), json.page(entry, language),
                        written);
            }
        }
        return written;
    }

    private static void write(Path folder, String name, String content, List<Path> written) throws IOException {
        // Absolute, so that "." and "out/.." are folders like any other.
        Path root = folder.toAbsolutePath().normalize();
        Path file = root.resolve(name).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            // Names are made of unreserved characters without "." or ".." segments; this is the proof.
            throw new IllegalStateException("Page file outside the folder: " + name);
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        written.add(file);
    }
}
