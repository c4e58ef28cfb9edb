package dev.problemguide.jersey.internal.pages;

import dev.problemguide.StatusGuide;
import dev.problemguide.StatusTexts;
import dev.problemguide.internal.MessageTemplate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The HTML form of the index and of the pages: plain semantic HTML with one small inline stylesheet and no
 * script, readable on a phone. Every text is escaped, whatever file or annotation it came from. The frame (headings,
 * labels) is English; the problem texts carry the language of their own.
 */
public final class HtmlPages {

    private final PageCatalog catalog;
    private final JsonPages json;

    /**
     * Creates the writer of a catalog's pages.
     *
     * @param catalog the pages' catalog
     */
    public HtmlPages(PageCatalog catalog) {
        this.catalog = catalog;
        this.json = new JsonPages(catalog);
    }

    /**
     * Writes the index.
     *
     * @param language the language of the texts
     * @param links    where links lead
     * @return the page
     */
    public String index(Locale language, PageLinks links) {
        StringBuilder html = start("Problem types", links.index(language));
        html.append("<h1>Problem types</h1>\n<p>Every error of this API is answered with an RFC 9457 ")
                .append("<code>application/problem+json</code> body. Its <code>type</code> names the problem; ")
                .append("its <code>title</code> and <code>detail</code> say what happened.</p>\n");
        html.append("<h2>Types of this API</h2>\n");
        if (catalog.entries().isEmpty()) {
            html.append("<p>None: every problem has the type <code>about:blank</code>.</p>\n");
        } else {
            html.append("<div class=\"wide\"><table>\n<thead><tr><th scope=\"col\">Status</th>")
                    .append("<th scope=\"col\">Title</th><th scope=\"col\">Type</th></tr></thead>\n<tbody>\n");
            for (PageEntry entry : catalog.entries()) {
                PageCatalog.Text title = catalog.title(entry, language);
                html.append("<tr><td>").append(entry.status()).append("</td><td").append(attribute(title.language()))
                        .append('>').append(text(title.template())).append("</td><td><a href=\"")
                        .append(Html.escape(links.page(entry.name(), language))).append("\"><code>")
                        .append(Html.escape(entry.type().toString())).append("</code></a></td></tr>\n");
            }
            html.append("</tbody>\n</table></div>\n");
        }
        html.append("<h2 id=\"statuses\">Statuses</h2>\n<p>Any other error has the type <code>about:blank</code>: ")
                .append("its status says what happened, and its title and detail are these.</p>\n")
                .append("<div class=\"wide\"><table>\n<thead><tr><th scope=\"col\">Status</th>")
                .append("<th scope=\"col\">Title</th><th scope=\"col\">Detail</th></tr></thead>\n<tbody>\n");
        for (int status : catalog.statuses()) {
            StatusTexts texts = catalog.statusTexts(status, language);
            StatusTexts defaults = catalog.statusTexts(status, PageCatalog.DEFAULT_LANGUAGE);
            html.append("<tr id=\"status-").append(status).append("\"><td>").append(status).append("</td><td")
                    .append(attribute(PageCatalog.languageOf(texts.title(), defaults.title(), language))).append('>')
                    .append(Html.escape(texts.title())).append("</td><td")
                    .append(attribute(PageCatalog.languageOf(texts.detail(), defaults.detail(), language))).append('>')
                    .append(Html.escape(texts.detail())).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table></div>\n");
        languages(html, catalog.languages(), language, links::index);
        return end(html);
    }

    /**
     * Writes a type's page.
     *
     * @param entry    the type
     * @param language the language of the texts
     * @param links    where links lead
     * @return the page
     */
    public String page(PageEntry entry, Locale language, PageLinks links) {
        PageCatalog.Text title = catalog.title(entry, language);
        PageCatalog.Text detail = catalog.detail(entry, language);
        StringBuilder html = start(JsonPages.plain(title.template()), links.index(language));
        html.append("<h1").append(attribute(title.language())).append('>').append(text(title.template()))
                .append("</h1>\n");
        html.append("<dl>\n<dt>Status</dt><dd>").append(entry.status()).append(' ')
                .append(Html.escape(StatusGuide.standard().entry(entry.status()).reasonPhrase()))
                .append("</dd>\n<dt>Type</dt><dd><code>").append(Html.escape(entry.type().toString()))
                .append("</code></dd>\n</dl>\n");
        html.append("<h2>What it means</h2>\n<p").append(attribute(detail.language())).append('>')
                .append(text(detail.template())).append("</p>\n");
        List<String> placeholders = JsonPages.placeholders(title.template(), detail.template());
        if (!placeholders.isEmpty()) {
            html.append("<p class=\"note\">Each <code class=\"placeholder\">{name}</code> above is filled in from ")
                    .append("the problem at hand.</p>\n");
        }
        html.append("<h2>Extension members</h2>\n");
        if (entry.extensions().isEmpty()) {
            html.append("<p>None beyond those of RFC 9457.</p>\n");
        } else {
            html.append("<table>\n<thead><tr><th scope=\"col\">Member</th><th scope=\"col\">JSON type</th></tr>")
                    .append("</thead>\n<tbody>\n");
            for (Map.Entry<String, Class<?>> member : entry.extensions().entrySet()) {
                html.append("<tr><td><code>").append(Html.escape(member.getKey())).append("</code></td><td>")
                        .append(JsonTypes.name(member.getValue())).append("</td></tr>\n");
            }
            html.append("</tbody>\n</table>\n");
        }
        html.append("<h2>Example</h2>\n<pre><code>").append(Html.escape(json.example(entry, language)))
                .append("</code></pre>\n");
        List<String> added = catalog.addedMembers(entry.status());
        if (!added.isEmpty()) {
            html.append("<p class=\"note\">Each answer also has its ").append(added.stream()
                    .map(member -> "<code>" + member + "</code>").collect(Collectors.joining(" and ")))
                    .append(".</p>\n");
        }
        languages(html, catalog.languages(entry), language, other -> links.page(entry.name(), other));
        return end(html);
    }

    private static String text(MessageTemplate template) {
        return template.format(Html::escape, name -> "<code class=\"placeholder\">{" + Html.escape(name) + "}</code>");
    }

    private static String attribute(Locale language) {
        return language.equals(PageCatalog.DEFAULT_LANGUAGE) ? "" : " lang=\"" + Html.escape(language.toLanguageTag())
                + "\"";
    }

    private static void languages(StringBuilder html, List<Locale> languages, Locale current,
                                  Function<Locale, String> link) {
        if (languages.size() < 2) {
            return;
        }
        html.append("<h2>Languages</h2>\n<ul class=\"languages\">\n");
        for (Locale language : languages) {
            String name = Html.escape(language.getDisplayName(language));
            String tag = Html.escape(language.toLanguageTag());
            if (language.equals(current)) {
                html.append("<li><strong lang=\"").append(tag).append("\">").append(name).append("</strong></li>\n");
            } else {
                html.append("<li><a href=\"").append(Html.escape(link.apply(language))).append("\" hreflang=\"")
                        .append(tag).append("\" lang=\"").append(tag).append("\">").append(name).append("</a></li>\n");
            }
        }
        html.append("</ul>\n");
    }

    private static StringBuilder start(String title, String index) {
        StringBuilder html = new StringBuilder(8192);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(Html.escape(title)).append("</title>\n<style>").append(Html.STYLE).append("</style>\n")
                .append("</head>\n<body>\n<header><nav><a href=\"").append(Html.escape(index))
                .append("\">Problem types</a></nav></header>\n<main>\n");
        return html;
    }

    private static String end(StringBuilder html) {
        return html.append("</main>\n</body>\n</html>\n").toString();
    }
}
