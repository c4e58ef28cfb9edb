package dev.problemguide.jersey.internal.pages;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.problemguide.internal.MessageTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The JSON form of the index and of the pages, and the example body of a type, which the HTML pages show too.
 * Titles and details are written in the messages files' template syntax: {@code {name}} a placeholder (listed in
 * {@code placeholders}), {@code {{} and {@code }}} literal braces. The example body shows them as a client gets
 * them, each placeholder as {@code {name}}.
 */
public final class JsonPages {

    private static final JsonFactory JSON = new JsonFactory();

    private final PageCatalog catalog;

    /**
     * Creates the writer of a catalog's JSON.
     *
     * @param catalog the pages' catalog
     */
    public JsonPages(PageCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * Writes the index.
     *
     * @param language the language
     * @return the JSON text
     */
    public String index(Locale language) {
        return write(json -> {
            json.writeStartObject();
            json.writeStringField("language", language.toLanguageTag());
            languages(json, catalog.languages());
            json.writeArrayFieldStart("types");
            for (PageEntry entry : catalog.entries()) {
                json.writeStartObject();
                json.writeStringField("type", entry.type().toString());
                json.writeNumberField("status", entry.status());
                json.writeStringField("title", catalog.title(entry, language).template().toString());
                json.writeStringField("page", entry.name());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("statuses");
            for (int status : catalog.statuses()) {
                json.writeStartObject();
                json.writeStringField("type", "about:blank");
                json.writeNumberField("status", status);
                json.writeStringField("title", catalog.statusTexts(status, language).title());
                json.writeStringField("detail", catalog.statusTexts(status, language).detail());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    /**
     * Writes a type's page.
     *
     * @param entry    the type
     * @param language the language
     * @return the JSON text
     */
    public String page(PageEntry entry, Locale language) {
        return write(json -> {
            MessageTemplate title = catalog.title(entry, language).template();
            MessageTemplate detail = catalog.detail(entry, language).template();
            json.writeStartObject();
            json.writeStringField("type", entry.type().toString());
            json.writeNumberField("status", entry.status());
            json.writeStringField("title", title.toString());
            json.writeStringField("detail", detail.toString());
            json.writeArrayFieldStart("placeholders");
            for (String name : placeholders(title, detail)) {
                json.writeString(name);
            }
            json.writeEndArray();
            json.writeObjectFieldStart("extensions");
            for (Map.Entry<String, Class<?>> member : entry.extensions().entrySet()) {
                json.writeStringField(member.getKey(), JsonTypes.name(member.getValue()));
            }
            json.writeEndObject();
            json.writeArrayFieldStart("addedMembers");
            for (String member : catalog.addedMembers(entry.status())) {
                json.writeString(member);
            }
            json.writeEndArray();
            json.writeFieldName("example");
            example(json, entry, title, detail);
            json.writeStringField("language", catalog.pageLanguage(entry, language).toLanguageTag());
            languages(json, catalog.languages(entry));
            json.writeEndObject();
        });
    }

    /**
     * Writes a type's example body, indented, as the pages show it.
     *
     * @param entry    the type
     * @param language the language
     * @return the JSON text
     */
    public String example(PageEntry entry, Locale language) {
        return write(json -> example(json, entry, catalog.title(entry, language).template(),
                catalog.detail(entry, language).template()));
    }

    /**
     * Shows a template as text: literal parts as they are, placeholders as {@code {name}}.
     *
     * @param template the template
     * @return the text
     */
    static String plain(MessageTemplate template) {
        return template.format(literal -> literal, name -> "{" + name + "}");
    }

    /**
     * Lists the placeholders of a title and a detail.
     *
     * @param title  the title
     * @param detail the detail
     * @return their names, in order of first use
     */
    static List<String> placeholders(MessageTemplate title, MessageTemplate detail) {
        return Stream.concat(title.names().stream(), detail.names().stream()).distinct().toList();
    }

    private static void example(JsonGenerator json, PageEntry entry, MessageTemplate title, MessageTemplate detail)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("type", entry.type().toString());
        json.writeStringField("title", plain(title));
        json.writeNumberField("status", entry.status());
        json.writeStringField("detail", plain(detail));
        for (Map.Entry<String, Class<?>> member : entry.extensions().entrySet()) {
            json.writeFieldName(member.getKey());
            value(json, JsonTypes.example(JsonTypes.name(member.getValue())));
        }
        json.writeEndObject();
    }

    private static void value(JsonGenerator json, Object value) throws IOException {
        if (value instanceof String text) {
            json.writeString(text);
        } else if (value instanceof Integer number) {
            json.writeNumber(number);
        } else if (value instanceof Double number) {
            json.writeNumber(number);
        } else if (value instanceof Boolean flag) {
            json.writeBoolean(flag);
        } else if (value instanceof List<?>) {
            json.writeStartArray();
            json.writeEndArray();
        } else if (value instanceof Map<?, ?>) {
            json.writeStartObject();
            json.writeEndObject();
        } else {
            json.writeNull();
        }
    }

    private static void languages(JsonGenerator json, List<Locale> languages) throws IOException {
        json.writeArrayFieldStart("languages");
        for (Locale language : languages) {
            json.writeString(language.toLanguageTag());
        }
        json.writeEndArray();
    }

    private interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    private static String write(Body body) {
        StringWriter out = new StringWriter(512);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            body.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
