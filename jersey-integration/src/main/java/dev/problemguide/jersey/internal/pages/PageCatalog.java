package dev.problemguide.jersey.internal.pages;

import dev.problemguide.Problem;
import dev.problemguide.ProblemFactory;
import dev.problemguide.StatusGuide;
import dev.problemguide.StatusGuideEntry;
import dev.problemguide.StatusTexts;
import dev.problemguide.internal.MessageTemplate;
import dev.problemguide.jersey.InstanceStrategy;
import dev.problemguide.jersey.internal.catalog.ProblemCatalog;
import dev.problemguide.jersey.internal.catalog.ProblemType;
import dev.problemguide.jersey.internal.config.FeatureConfig;
import dev.problemguide.jersey.internal.mapping.Mapping;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the type pages show, worked out once when the application starts: one entry per problem type URI of the
 * catalog (the first class of a type, in the catalog's order, gives its texts), each with the name of its page,
 * and the error statuses answered as {@code about:blank}. Texts are looked up per language: the type's own, else
 * the status texts; a translation falls back to its language alone, then to the default texts (English, the
 * guide's language).
 */
public final class PageCatalog {

    /** The language of the default texts, the status guide's. */
    public static final Locale DEFAULT_LANGUAGE = Locale.ENGLISH;

    private final ProblemFactory factory;
    private final List<PageEntry> entries;
    private final Map<String, PageEntry> byName = new LinkedHashMap<>();
    private final List<Locale> languages;
    private final List<Integer> statuses;
    private final InstanceStrategy instance;

    private PageCatalog(ProblemFactory factory, List<PageEntry> entries, InstanceStrategy instance) {
        this.factory = factory;
        this.instance = instance;
        this.entries = List.copyOf(entries);
        entries.forEach(entry -> byName.put(entry.name(), entry));
        List<Locale> all = new ArrayList<>();
        all.add(DEFAULT_LANGUAGE);
        factory.locales().stream().filter(l -> !l.equals(DEFAULT_LANGUAGE))
                .sorted(Comparator.comparing(Locale::toLanguageTag)).forEach(all::add);
        this.languages = List.copyOf(all);
        this.statuses = StatusGuide.standard().listedEntries().stream().map(StatusGuideEntry::code)
                .filter(code -> code >= 400).sorted().toList();
    }

    /**
     * Builds the pages' catalog of an application.
     *
     * @param config  the feature's configuration, for its type base URI and texts
     * @param catalog the application's catalog of problem types
     * @return the pages' catalog
     */
    public static PageCatalog of(FeatureConfig config, ProblemCatalog catalog) {
        List<ProblemType> types = new ArrayList<>();
        Set<URI> seen = new HashSet<>();
        for (ProblemType type : catalog.types()) {
            if (type.type() != null && !type.type().equals(Problem.DEFAULT_TYPE) && seen.add(type.type())) {
                types.add(type);
            }
        }
        Set<String> folders = new HashSet<>();
        config.factory().locales().forEach(l -> folders.add(l.toLanguageTag().toLowerCase(Locale.ROOT)));
        List<String> names = PageNames.assign(types.stream().map(ProblemType::type).toList(), config.typeBaseUri(),
                folders);
        List<PageEntry> entries = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            ProblemType type = types.get(i);
            Map<String, Class<?>> members = new LinkedHashMap<>(type.extensions());
            // The writer never writes a Throwable, so no page may promise one.
            members.values().removeIf(Throwable.class::isAssignableFrom);
            entries.add(new PageEntry(names.get(i), type.type(), type.status(), parse(type.titles()),
                    parse(type.details()), members));
        }
        return new PageCatalog(config.factory(), entries, config.instance());
    }

    private static Map<Locale, MessageTemplate> parse(Map<Locale, String> texts) {
        Map<Locale, MessageTemplate> parsed = new LinkedHashMap<>();
        texts.forEach((locale, text) -> parsed.put(locale, MessageTemplate.parse(text)));
        return parsed;
    }

    /**
     * Returns the pages' entries, in the catalog's order (status, then type).
     *
     * @return the entries
     */
    public List<PageEntry> entries() {
        return entries;
    }

    /**
     * Finds the entry of a page.
     *
     * @param name the page's name
     * @return the entry, or empty when no page has that name
     */
    public Optional<PageEntry> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /**
     * Returns the languages texts exist in: the default first, then the translations by tag.
     *
     * @return the languages
     */
    public List<Locale> languages() {
        return languages;
    }

    /**
     * Returns the error statuses of the status guide, those an application answers as {@code about:blank}.
     *
     * @return the statuses, 400 to 599, ascending
     */
    public List<Integer> statuses() {
        return statuses;
    }

    /**
     * Names the members each answer of a status gets besides those of its type: {@code instance} unless the
     * application leaves it out, {@code traceId} on a 5xx or wherever the instance is the trace id.
     *
     * @param status the status
     * @return the members' names, in the order problems carry them
     */
    public List<String> addedMembers(int status) {
        List<String> members = new ArrayList<>(2);
        if (instance != InstanceStrategy.NONE) {
            members.add("instance");
        }
        if (status >= 500 || instance == InstanceStrategy.TRACE_ID) {
            members.add("traceId");
        }
        return members;
    }

    /**
     * Returns the texts of a status in a language.
     *
     * @param status   the status
     * @param language one of {@link #languages()}
     * @return the texts
     */
    public StatusTexts statusTexts(int status, Locale language) {
        return factory.texts(status, translation(language));
    }

    /**
     * A text as a page shows it, with the language it is in: a translation may lack it, and then the default
     * text stands in.
     *
     * @param template the text
     * @param language the language it is in
     */
    public record Text(MessageTemplate template, Locale language) {
    }

    /**
     * Returns the title of a type in a language.
     *
     * @param entry    the type
     * @param language one of {@link #languages()}
     * @return its own title, else its status's title as a literal template
     */
    public Text title(PageEntry entry, Locale language) {
        return text(entry.titles(), language, statusTexts(entry.status(), language).title(),
                factory.texts(entry.status()).title());
    }

    /**
     * Returns the detail of a type in a language.
     *
     * @param entry    the type
     * @param language one of {@link #languages()}
     * @return its own detail, else its status's detail as a literal template
     */
    public Text detail(PageEntry entry, Locale language) {
        return text(entry.details(), language, statusTexts(entry.status(), language).detail(),
                factory.texts(entry.status()).detail());
    }

    /**
     * Returns the language of a status text: the one asked for when the text differs from the default one.
     *
     * @param text        the text in the language asked for
     * @param defaultText the default text
     * @param language    the language asked for
     * @return that language, or the default language
     */
    public static Locale languageOf(String text, String defaultText, Locale language) {
        return text.equals(defaultText) ? DEFAULT_LANGUAGE : language;
    }

    private Text text(Map<Locale, MessageTemplate> own, Locale language, String statusText, String defaultText) {
        MessageTemplate picked = Mapping.pick(own, translation(language));
        if (picked != null) {
            return new Text(picked, Mapping.isTranslation(own, picked) ? language : DEFAULT_LANGUAGE);
        }
        return new Text(literal(statusText), languageOf(statusText, defaultText, language));
    }

    /**
     * Returns the languages a type's texts exist in: the default, and each translation that has a text of its
     * own for the type, or for its status where the type has none.
     *
     * @param entry the type
     * @return the languages, in the order of {@link #languages()}
     */
    public List<Locale> languages(PageEntry entry) {
        List<Locale> found = new ArrayList<>();
        for (Locale language : languages) {
            Locale translation = translation(language);
            if (translation == null || translated(entry.titles(), translation) || translated(entry.details(),
                    translation) || (entry.titles().isEmpty() || entry.details().isEmpty())
                    && factory.texts(entry.status(), translation).language() != null) {
                found.add(language);
            }
        }
        return found;
    }

    /**
     * Returns the language a type's page is in when asked for one: that one when the type has texts in it, else
     * the default, whose texts then stand in.
     *
     * @param entry    the type
     * @param language one of {@link #languages()}
     * @return the language of the page's texts
     */
    public Locale pageLanguage(PageEntry entry, Locale language) {
        return languages(entry).contains(language) ? language : DEFAULT_LANGUAGE;
    }

    private static boolean translated(Map<Locale, MessageTemplate> texts, Locale translation) {
        return Mapping.isTranslation(texts, Mapping.pick(texts, translation));
    }

    /** The default language means the default texts, which a null language gives. */
    private static Locale translation(Locale language) {
        return language == null || language.equals(DEFAULT_LANGUAGE) ? null : language;
    }

    private static MessageTemplate literal(String text) {
        return MessageTemplate.parse(text.replace("{", "{{").replace("}", "}}"));
    }
}
