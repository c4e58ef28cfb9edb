package dev.problemguide.jersey.internal.pages;

import java.util.Locale;

/**
 * Where the links of a page lead: to the pages a server serves, or to the files of a folder.
 */
public interface PageLinks {

    /**
     * Returns the link to the index.
     *
     * @param language the language of the index linked to
     * @return the link
     */
    String index(Locale language);

    /**
     * Returns the link to a type's page.
     *
     * @param name     the page's name
     * @param language the language of the page linked to
     * @return the link
     */
    String page(String name, Locale language);

    /**
     * The links of served pages: path-absolute, below the pages' path as the request reached it (never built
     * from its {@code Host}), with {@code ?lang=} for a language other than the current one, or for every link
     * once the reader chose the language that way.
     *
     * @param base     the pages' path, ending in {@code /}, such as {@code /api/problems/}
     * @param current  the page's language
     * @param chosen   whether the reader chose it with {@code ?lang=}
     */
    record Served(String base, Locale current, boolean chosen) implements PageLinks {

        @Override
        public String index(Locale language) {
            return base + query(language);
        }

        @Override
        public String page(String name, Locale language) {
            return base + name + query(language);
        }

        private String query(Locale language) {
            return chosen || !language.equals(current) ? "?lang=" + language.toLanguageTag() : "";
        }
    }

    /**
     * The links of the files the generator writes: relative, so that the folder works wherever it is published
     * (and opened from disk); the default language's files at the top, each translation's in a folder named by its
     * tag.
     *
     * @param depth how many folders below the top the linking file is
     */
    record Files(int depth) implements PageLinks {

        /**
         * Returns the links of a file.
         *
         * @param name     the page's name, or {@code index}
         * @param language the file's language
         * @return the links
         */
        public static Files of(String name, Locale language) {
            int depth = (int) name.chars().filter(c -> c == '/').count();
            return new Files(language.equals(PageCatalog.DEFAULT_LANGUAGE) ? depth : depth + 1);
        }

        /**
         * Returns the path of a page's file below the top folder.
         *
         * @param name      the page's name, or {@code index}
         * @param language  the page's language
         * @param extension {@code html} or {@code json}
         * @return the relative path
         */
        public static String file(String name, Locale language, String extension) {
            String folder = language.equals(PageCatalog.DEFAULT_LANGUAGE) ? "" : language.toLanguageTag() + "/";
            return folder + name + "." + extension;
        }

        @Override
        public String index(Locale language) {
            return "../".repeat(depth) + file("index", language, "html");
        }

        @Override
        public String page(String name, Locale language) {
            return "../".repeat(depth) + file(name, language, "html");
        }
    }
}
