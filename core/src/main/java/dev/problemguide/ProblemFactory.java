package dev.problemguide;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Creates problems and fills their missing {@code title} and {@code detail} from text sources, the
 * {@link StatusGuide} being the last of them.
 *
 * <p>For each status, a text comes from the first source that has one, trying the requested locale,
 * then its language alone, then {@link Locale#ROOT}; when no source has it, from the guide. All of this
 * is resolved once, when the factory is built, into a table per locale: serving a request is an array
 * read, without string building or look-ups. {@link #standard()} uses the guide alone.
 *
 * <p>Instances are immutable and safe to share between threads.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9457#section-3.1">RFC 9457 section 3.1: the members title and detail</a>
 */
public final class ProblemFactory {

    private static final int SIZE = StatusGuide.MAX_STATUS - StatusGuide.MIN_STATUS + 1;

    private final StatusTexts[] defaults;
    private final Problem[] defaultProblems;
    private final Map<Locale, StatusTexts[]> localized;

    private ProblemFactory(Builder builder) {
        List<StatusTextSource> sources = List.copyOf(builder.sources);
        Set<Locale> locales = new LinkedHashSet<>();
        for (StatusTextSource source : sources) {
            for (Locale locale : source.locales()) {
                if (!Locale.ROOT.equals(locale)) {
                    locales.add(locale);
                }
            }
        }
        this.defaults = table(builder.guide, sources, Locale.ROOT);
        this.defaultProblems = new Problem[SIZE];
        for (int i = 0; i < SIZE; i++) {
            defaultProblems[i] = Problem.builder().status(StatusGuide.MIN_STATUS + i)
                    .title(defaults[i].title()).detail(defaults[i].detail()).build();
        }
        Map<Locale, StatusTexts[]> tables = new HashMap<>();
        for (Locale locale : locales) {
            tables.put(locale, table(builder.guide, sources, locale));
        }
        this.localized = Collections.unmodifiableMap(tables);
    }

    /**
     * Returns a factory whose texts all come from the standard status guide.
     *
     * @return the shared factory
     */
    public static ProblemFactory standard() {
        return Holder.STANDARD;
    }

    /**
     * Creates a builder: the standard guide, no other source.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the locales, other than {@link Locale#ROOT}, that some source has texts for.
     *
     * @return an unmodifiable set
     */
    public Set<Locale> locales() {
        return localized.keySet();
    }

    /**
     * Returns the default texts for a status, those of {@link Locale#ROOT}.
     *
     * @param status a status code from 100 to 599
     * @return the texts
     * @throws IllegalArgumentException if the status is outside 100 to 599
     */
    public StatusTexts texts(int status) {
        StatusGuide.checkRange(status);
        return defaults[status - StatusGuide.MIN_STATUS];
    }

    /**
     * Returns the texts for a status in a locale, falling back to the locale's language alone and then
     * to the default texts.
     *
     * @param status a status code from 100 to 599
     * @param locale the client's locale, or {@code null} for the default texts
     * @return the texts
     * @throws IllegalArgumentException if the status is outside 100 to 599
     */
    public StatusTexts texts(int status, Locale locale) {
        StatusGuide.checkRange(status);
        return tableFor(locale)[status - StatusGuide.MIN_STATUS];
    }

    /**
     * Creates the problem for a status: type {@code about:blank}, the status, and its default texts.
     *
     * @param status a status code from 100 to 599
     * @return a shared immutable problem
     * @throws IllegalArgumentException if the status is outside 100 to 599
     */
    public Problem create(int status) {
        StatusGuide.checkRange(status);
        return defaultProblems[status - StatusGuide.MIN_STATUS];
    }

    /**
     * Fills a problem's missing title and detail with the default texts of its status.
     *
     * @param problem the problem
     * @return the problem itself when it has no status or lacks nothing, else a completed copy
     */
    public Problem enrich(Problem problem) {
        return enrich(problem, null);
    }

    /**
     * Fills a problem's missing title and detail with the texts of its status in a locale. Texts the
     * problem already has are never replaced.
     *
     * @param problem the problem
     * @param locale  the client's locale, or {@code null} for the default texts
     * @return the problem itself when it has no status or lacks nothing, else a completed copy
     */
    public Problem enrich(Problem problem, Locale locale) {
        Objects.requireNonNull(problem, "problem");
        Integer status = problem.status();
        if (status == null || (problem.title() != null && problem.detail() != null)) {
            return problem;
        }
        StatusTexts texts = texts(status, locale);
        Problem.Builder builder = problem.toBuilder();
        if (problem.title() == null) {
            builder.title(texts.title());
        }
        if (problem.detail() == null) {
            builder.detail(texts.detail());
        }
        return builder.build();
    }

    private StatusTexts[] tableFor(Locale locale) {
        if (locale == null || localized.isEmpty()) {
            return defaults;
        }
        StatusTexts[] table = localized.get(locale);
        if (table == null && (!locale.getCountry().isEmpty() || !locale.getScript().isEmpty()
                || !locale.getVariant().isEmpty())) {
            table = localized.get(Locale.forLanguageTag(locale.getLanguage()));
        }
        return table == null ? defaults : table;
    }

    private static StatusTexts[] table(StatusGuide guide, List<StatusTextSource> sources, Locale locale) {
        List<Locale> chain = new ArrayList<>();
        chain.add(locale);
        if (!locale.getCountry().isEmpty() || !locale.getVariant().isEmpty() || !locale.getScript().isEmpty()) {
            chain.add(Locale.forLanguageTag(locale.getLanguage()));
        }
        if (!Locale.ROOT.equals(locale)) {
            chain.add(Locale.ROOT);
        }
        StatusTexts[] table = new StatusTexts[SIZE];
        for (int i = 0; i < SIZE; i++) {
            int status = StatusGuide.MIN_STATUS + i;
            StatusGuideEntry entry = guide.entry(status);
            Found title = find(sources, chain, status, true);
            Found detail = find(sources, chain, status, false);
            table[i] = new StatusTexts(
                    title == null ? entry.reasonPhrase() : title.text,
                    detail == null ? entry.description() : detail.text,
                    mostSpecific(title, detail));
        }
        return table;
    }

    private static Found find(List<StatusTextSource> sources, List<Locale> chain, int status, boolean title) {
        for (Locale candidate : chain) {
            for (StatusTextSource source : sources) {
                String text = title ? source.title(status, candidate) : source.detail(status, candidate);
                if (text != null) {
                    return new Found(text, candidate);
                }
            }
        }
        return null;
    }

    private static Locale mostSpecific(Found title, Found detail) {
        Locale a = title == null || Locale.ROOT.equals(title.locale) ? null : title.locale;
        Locale b = detail == null || Locale.ROOT.equals(detail.locale) ? null : detail.locale;
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.toLanguageTag().length() >= b.toLanguageTag().length() ? a : b;
    }

    private record Found(String text, Locale locale) {
    }

    /**
     * A builder of {@link ProblemFactory}; sources added first take precedence. Not thread-safe.
     */
    public static final class Builder {
        private StatusGuide guide = StatusGuide.standard();
        private final List<StatusTextSource> sources = new ArrayList<>();

        private Builder() {
        }

        /**
         * Sets the catalog whose texts are the last resort.
         *
         * @param guide the catalog; {@link StatusGuide#standard()} by default
         * @return this builder
         */
        public Builder guide(StatusGuide guide) {
            this.guide = Objects.requireNonNull(guide, "guide");
            return this;
        }

        /**
         * Adds a source of texts, consulted after those added before it and before the guide.
         *
         * @param source the source
         * @return this builder
         */
        public Builder textSource(StatusTextSource source) {
            sources.add(Objects.requireNonNull(source, "source"));
            return this;
        }

        /**
         * Creates the factory, asking every source for every status and locale once.
         *
         * @return a new factory
         */
        public ProblemFactory build() {
            return new ProblemFactory(this);
        }
    }

    /** Lazy holder for the guide-only factory. */
    private static final class Holder {
        static final ProblemFactory STANDARD = new Builder().build();
    }
}
