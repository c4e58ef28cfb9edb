package dev.problemguide.jersey.internal.mapping;

import dev.problemguide.Problem;
import dev.problemguide.internal.ExceptionMembers;
import dev.problemguide.internal.MessageTemplate;
import dev.problemguide.jersey.internal.pipeline.Draft;
import dev.problemguide.jersey.internal.pipeline.ErrorContext;
import java.util.Locale;
import java.util.Map;

/**
 * The problem a mapped exception class gives: its template (status, resolved type, builder extension
 * members), its title and detail templates per language ({@link Locale#ROOT} for the default ones), and the
 * members its exceptions expose.
 *
 * @param template the mapped problem without texts
 * @param titles   title templates by language
 * @param details  detail templates by language
 * @param members  what the exception class exposes: extension members and placeholder values
 */
public record Mapping(Problem template, Map<Locale, MessageTemplate> titles, Map<Locale, MessageTemplate> details,
                      ExceptionMembers members) {

    /**
     * Returns the mapped status.
     *
     * @return the status, 400 to 599
     */
    public int status() {
        return template.status();
    }

    /**
     * Builds the problem of one exception in the context's language: the template, the exception's exposed
     * members, and the mapped texts with their placeholders filled (extension members first, then the
     * exception's getters, then {@code status}). Texts the mapping leaves open stay {@code null} for the
     * status texts to fill.
     *
     * @param exception the exception
     * @param context   the error, for its language
     * @return the draft, with the language of a translated text used
     */
    public Draft draft(Throwable exception, ErrorContext context) {
        Problem.Builder builder = template.toBuilder();
        Map<String, Object> values = members.hasExtensions() ? members.extensions(exception) : Map.of();
        builder.extensions(values);
        Locale language = context.languageOrNull();
        MessageTemplate title = pick(titles, language);
        MessageTemplate detail = pick(details, language);
        builder.title(render(title, exception, values));
        builder.detail(render(detail, exception, values));
        boolean translated = language != null && (isTranslation(titles, title) || isTranslation(details, detail));
        return new Draft(builder.build(), translated ? language : null);
    }

    /**
     * Picks the text of a language: its own, else its language's alone ({@code de} for {@code de-CH}), else the
     * default one ({@link Locale#ROOT}).
     *
     * @param texts    the texts by language
     * @param language the language, or {@code null} for the default text
     * @return the text, or {@code null} when there is none
     */
    public static MessageTemplate pick(Map<Locale, MessageTemplate> texts, Locale language) {
        if (texts.isEmpty()) {
            return null;
        }
        MessageTemplate text = null;
        if (language != null) {
            text = texts.get(language);
            if (text == null && !language.getCountry().isEmpty()) {
                text = texts.get(Locale.forLanguageTag(language.getLanguage()));
            }
        }
        return text != null ? text : texts.get(Locale.ROOT);
    }

    /**
     * Tells whether a text picked from texts by language is a translation rather than the default text.
     *
     * @param texts the texts by language
     * @param used  the text picked, or {@code null}
     * @return {@code true} for a text other than the {@link Locale#ROOT} one
     */
    public static boolean isTranslation(Map<Locale, MessageTemplate> texts, MessageTemplate used) {
        return used != null && used != texts.get(Locale.ROOT);
    }

    private String render(MessageTemplate text, Throwable exception, Map<String, Object> values) {
        if (text == null) {
            return null;
        }
        return text.render(name -> values.containsKey(name) ? values.get(name)
                : "status".equals(name) && !members.names().contains(name) ? template.status()
                : members.value(exception, name));
    }
}
