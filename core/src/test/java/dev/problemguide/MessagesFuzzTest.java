package dev.problemguide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Random messages files, built from pieces whose meaning the generator knows: keys of every kind, statuses in
 * and out of range, escapes (valid and malformed), continuation lines, comments, braces and placeholders,
 * exception mappings with and without a status, duplicate keys. From the pieces alone the test works out what
 * loading must do (the rules of {@link ProblemMessages}), and then checks that it does exactly that: a valid
 * file loads, every status title and detail it configures is served exactly (with {@code {status}}
 * rendered) and every other status keeps the guide's texts; an invalid file fails with one message that
 * names the file and cites offending lines only. Half of the files are valid, half carry one fault, and the
 * property fails when either outcome, or any kind of fault, is too rare to prove anything.
 */
class MessagesFuzzTest {

    private static final String FILE = "fuzz.properties";
    private static final Pattern CITED_LINE = Pattern.compile(Pattern.quote(FILE) + " line (\\d+), key '");

    // The kinds of fault a broken file carries, for the statistics.
    private static final String BAD_STATUS_KEY = "bad status key";
    private static final String BAD_STATUS_TEXT = "bad status text";
    private static final String MALFORMED_ESCAPE = "malformed unicode escape";
    private static final String BAD_EXCEPTION_KEY = "bad exception key";
    private static final String BAD_EXCEPTION_STATUS = "bad exception status";
    private static final String BAD_EXCEPTION_TYPE = "bad exception type";
    private static final String BAD_EXCEPTION_TEXT = "bad exception text";
    private static final String NO_STATUS = "exception without status";
    private static final String DUPLICATE_KEY = "duplicate key";
    private static final List<String> FAULTS = List.of(BAD_STATUS_KEY, BAD_STATUS_TEXT, MALFORMED_ESCAPE,
            BAD_EXCEPTION_KEY, BAD_EXCEPTION_STATUS, BAD_EXCEPTION_TYPE, BAD_EXCEPTION_TEXT, NO_STATUS, DUPLICATE_KEY);
    // What makes a token invalid on its own.
    private static final String TEMPLATE_SYNTAX = "template syntax";
    private static final String NOT_A_STATUS = "not an error status";
    private static final String NOT_A_URI = "not a URI";

    /** Has a getter that placeholders may name: provides {@code {orderId}} and {@code {status}}. */
    public static class OrderGone extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public long getOrderId() {
            return 7;
        }
    }

    /** Gets its status from its annotation, so a file may give it texts alone; provides {@code {resource}}. */
    @ProblemMapping(status = 409)
    public static class Conflicted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public String resource() {
            return "order";
        }
    }

    /** The exception classes the files map, with the placeholder names each provides. */
    private enum Mapped {
        ILLEGAL_STATE(IllegalStateException.class, false, "status"),
        NO_SUCH_ELEMENT(java.util.NoSuchElementException.class, false, "status"),
        ORDER_GONE(OrderGone.class, false, "orderId", "status"),
        CONFLICTED(Conflicted.class, true, "resource", "status");

        final String className;
        final boolean annotated;
        final Set<String> provides;

        Mapped(Class<? extends Throwable> type, boolean annotated, String... provides) {
            this.className = type.getName();
            this.annotated = annotated;
            this.provides = Set.of(provides);
        }
    }

    /**
     * A piece of a value: its text in the file and what it means, that is a literal text or a placeholder, or
     * the fault that makes it invalid whatever surrounds it.
     */
    private record Token(String raw, String literal, String placeholder, String fault) {
        static Token text(String raw, String literal) {
            return new Token(raw, literal, null, null);
        }

        static Token plain(String raw) {
            return new Token(raw, raw, null, null);
        }

        static Token placeholder(String name) {
            return new Token("{" + name + "}", null, name, null);
        }

        static Token bad(String raw, String fault) {
            return new Token(raw, null, null, fault);
        }
    }

    /**
     * A value as a sequence of tokens. No token's meaning depends on its neighbours: literals hold no brace or
     * backslash, escapes are whole, and a brace left open is only ever the last token.
     */
    private record Value(List<Token> tokens) {
        String raw() {
            return tokens.stream().map(Token::raw).collect(Collectors.joining());
        }

        boolean has(String fault) {
            return tokens.stream().anyMatch(t -> fault.equals(t.fault()));
        }

        /** Tells whether the value is valid where these placeholder names are provided. */
        boolean fine(Set<String> provided) {
            return tokens.stream().allMatch(t -> t.fault() == null
                    && (t.placeholder() == null || provided.contains(t.placeholder())));
        }

        String render(int status) {
            return tokens.stream().map(t -> t.literal() != null ? t.literal() : String.valueOf(status))
                    .collect(Collectors.joining());
        }

        Value with(Token token, int at) {
            List<Token> changed = new ArrayList<>(tokens);
            changed.add(Math.floorMod(at, tokens.size() + 1), token);
            return new Value(changed);
        }

        Value thenLast(Token token) {
            List<Token> changed = new ArrayList<>(tokens);
            changed.add(token);
            return new Value(changed);
        }
    }

    private enum Kind { COMMENT, STATUS, EXCEPTION, BAD_KEY }

    /**
     * One entry (or comment) of a file, as written: it may span several physical lines. {@code fault} names the
     * fault this line was made to carry, {@code null} for a line made sound.
     */
    private record Line(String text, Kind kind, String key, Value value, int status, String member, Mapped mapped,
                        String fault) {
        static Line comment(String text) {
            return new Line(text, Kind.COMMENT, null, null, 0, null, null, null);
        }

        static Line entry(Layout layout, Kind kind, String key, Value value, int status, String member,
                          Mapped mapped, String fault) {
            String text = layout.indent() + key + layout.separator() + value.raw();
            return new Line(text, kind, key, value, status, member, mapped, fault);
        }

        /** The same key again, with another value. */
        Line again(Value other, String why) {
            return entry(new Layout("", "="), kind, key, other, status, member, mapped, why);
        }

        int physicalLines() {
            return text.split("\n", -1).length;
        }
    }

    /** What loading must do: fail citing only the offending lines, or (when there are none) serve these texts. */
    private record Expected(Set<Integer> offending, Map<Integer, String> titles, Map<Integer, String> details,
                            int exceptionKeys) {
        boolean valid() {
            return offending.isEmpty();
        }
    }

    // ---- Generators -------------------------------------------------------------------------------------

    /** The white space before a key, and the separator between key and value. */
    private record Layout(String indent, String separator) {
    }

    /** Indentation, and each separator the properties format allows ("=" or ":" with optional white space). */
    private static Arbitrary<Layout> layouts() {
        return Arbitraries.of(new Layout("", "="), new Layout("", "="), new Layout("", " = "), new Layout("", ":"),
                new Layout("", " : "), new Layout("  ", "="), new Layout("\t", "\t="), new Layout("", "= "));
    }

    /** Literal text: no braces, no backslash, no leading white space (which the format strips). */
    private static Arbitrary<Token> literals() {
        return Arbitraries.strings().withChars("abcxyzABC0189 .,;!?#=:-'\"éü€").ofMinLength(1).ofMaxLength(10)
                .filter(s -> s.charAt(0) != ' ').map(Token::plain);
    }

    /** Text tokens that are always valid: literals, escapes, literal braces, a continuation line. */
    private static Arbitrary<Token> textTokens() {
        Arbitrary<Token> special = Arbitraries.of(
                Token.text("\\u00e9", "é"), Token.text("\\u20AC", "€"), Token.text("\\t", "\t"),
                Token.text("\\\\", "\\"), Token.text("\\=", "="), Token.text("\\:", ":"), Token.text("\\ ", " "),
                Token.text("\\#", "#"), Token.text("\\q", "q"), Token.text("{{", "{"), Token.text("}}", "}"),
                Token.text("} ", "} "),
                // A backslash at the end of a line continues the value on the next, without its indentation.
                Token.text("\\\n    ", ""));
        return Arbitraries.frequencyOf(List.of(Tuple.of(3, literals()), Tuple.of(2, special)));
    }

    /** A valid template: text tokens and placeholders among the given names. */
    private static Arbitrary<Value> templates(Set<String> names) {
        Arbitrary<Token> placeholder = Arbitraries.of(names).map(Token::placeholder);
        return Arbitraries.frequencyOf(List.of(Tuple.of(5, textTokens()), Tuple.of(1, placeholder)))
                .list().ofMaxSize(6).map(Value::new);
    }

    /** A template with one fault: a placeholder naming nothing or bad placeholder syntax. */
    private static Arbitrary<Value> brokenTemplates(Set<String> names) {
        Arbitrary<Token> foreign = Arbitraries.of("orderId", "resource", "message", "unknown_1")
                .filter(n -> !names.contains(n)).map(Token::placeholder);
        Arbitrary<Token> syntax = Arbitraries.of("{1x}", "{}", "{a b}", "{status-code}")
                .map(raw -> Token.bad(raw, TEMPLATE_SYNTAX));
        Arbitrary<Value> inserted = Combinators.combine(templates(names), Arbitraries.oneOf(List.of(foreign, syntax)),
                Arbitraries.integers()).as((value, token, at) -> value.with(token, at));
        // A brace that is never closed: only as the last token, so that no later '}' closes it.
        Arbitrary<Value> unclosed = Combinators.combine(templates(names), Arbitraries.of("{", "{status", "{{{"))
                .as((value, raw) -> value.thenLast(Token.bad(raw, TEMPLATE_SYNTAX)));
        return Arbitraries.frequencyOf(List.of(Tuple.of(3, inserted), Tuple.of(1, unclosed)));
    }

    /** A valid template but for one malformed unicode escape (a backslash, u, and not four hex digits). */
    private static Arbitrary<Value> badEscapes(Set<String> names) {
        Arbitrary<Token> escape = Arbitraries.of("\\uZZZZ", "\\u00g1", "\\u12G4")
                .map(raw -> Token.bad(raw, MALFORMED_ESCAPE));
        return Combinators.combine(templates(names), escape, Arbitraries.integers())
                .as((value, token, at) -> value.with(token, at));
    }

    private static Arbitrary<Line> statusLines(Arbitrary<Integer> statuses, Arbitrary<Value> values, String fault) {
        return Combinators.combine(layouts(), statuses, Arbitraries.of("title", "detail"), values)
                .as((layout, status, member, value) -> Line.entry(layout, Kind.STATUS,
                        "status." + status + "." + member, value, status, member, null, fault));
    }

    private static Arbitrary<Line> soundStatusLines() {
        return statusLines(Arbitraries.integers().between(100, 599), templates(Set.of("status")), null);
    }

    private static Arbitrary<Value> exceptionValues(String member, Mapped mapped) {
        switch (member) {
            case "status":
                return Arbitraries.of("404", "400", "599", "503", "410 ").map(s -> new Value(List.of(Token.plain(s))));
            case "type":
                return Arbitraries.of("https://problems.example.com/gone", "order-gone", "urn:example:gone",
                        "/problems/gone").map(s -> new Value(List.of(Token.plain(s))));
            default:
                return templates(mapped.provides);
        }
    }

    private static Arbitrary<Line> exceptionLine(Mapped mapped, String member) {
        return Combinators.combine(layouts(), exceptionValues(member, mapped)).as((layout, value) -> Line.entry(layout,
                Kind.EXCEPTION, "exception." + mapped.className + "." + member, value, 0, member, mapped, null));
    }

    /** The keys of one exception class: a valid status (optional for an annotated class) and some of the rest. */
    private static Arbitrary<List<Line>> soundGroups(Mapped mapped) {
        Arbitrary<Set<String>> optional = Arbitraries.subsetOf("type", "title", "detail");
        return Combinators.combine(optional, Arbitraries.of(true, false)).as((members, withStatus) -> {
            List<String> all = new ArrayList<>();
            if (withStatus || !mapped.annotated || members.isEmpty()) {
                all.add("status");
            }
            all.addAll(new TreeSet<>(members));
            return all;
        }).flatMap(members -> Arbitraries.shuffle(members)).flatMap(members -> {
            List<Arbitrary<Line>> lines = members.stream().map(m -> exceptionLine(mapped, m)).toList();
            return Combinators.combine(lines).as(List::copyOf);
        });
    }

    private static Arbitrary<Line> comments() {
        return Arbitraries.of("# a comment", "! a comment", "  # indented {oops \\uZZZZ status.99.title=x",
                "# a comment ends with a backslash \\", "", "   ").map(Line::comment);
    }

    /** A valid file: distinct status keys, at most one group per exception class, comments; in any order. */
    private static Arbitrary<List<Line>> soundFiles() {
        Arbitrary<List<Line>> statusLines = soundStatusLines().list().ofMaxSize(6).uniqueElements(Line::key);
        Arbitrary<List<Line>> groups = Arbitraries.subsetOf(Mapped.values()).flatMap(classes -> {
            if (classes.isEmpty()) {
                return Arbitraries.just(List.<Line>of());
            }
            List<Arbitrary<List<Line>>> each = classes.stream().map(MessagesFuzzTest::soundGroups).toList();
            return Combinators.combine(each).as(lists -> lists.stream().flatMap(List::stream).toList());
        });
        return Combinators.combine(statusLines, groups, comments().list().ofMaxSize(3)).as((s, g, c) -> {
            List<Line> all = new ArrayList<>(s);
            all.addAll(g);
            all.addAll(c);
            return all;
        }).flatMap(Arbitraries::shuffle);
    }

    /** One line (or group) that makes a file invalid, possibly depending on the file's own keys. */
    private static Arbitrary<List<Line>> faults(List<Line> file) {
        Arbitrary<Line> badStatusKey = Arbitraries.oneOf(List.of(
                statusLines(Arbitraries.oneOf(List.of(Arbitraries.integers().between(0, 99),
                        Arbitraries.integers().between(600, 999))), templates(Set.of("status")), BAD_STATUS_KEY),
                Combinators.combine(layouts(), Arbitraries.of("status.x.title", "statuses.404.title", "status.404",
                        "status.404.name", "status.404.title.extra", "Status.404.title", "title", "", "status..title"),
                        templates(Set.of("status"))).as((layout, key, value) -> Line.entry(layout, Kind.BAD_KEY, key,
                        value, 0, null, null, BAD_STATUS_KEY))));
        Arbitrary<Line> badStatusText = statusLines(Arbitraries.integers().between(100, 599),
                brokenTemplates(Set.of("status")), BAD_STATUS_TEXT);
        Arbitrary<Line> badExceptionKey = Combinators.combine(layouts(), Arbitraries.of(
                "exception..status", "exception.java.lang.IllegalStateException.color",
                "exception.IllegalStateException.status", "exception.com.nowhere.Gone.title",
                "exception.java.lang.String.status", "exception." + OrderGone.class.getName() + ".Status",
                "exception.status"), templates(Set.of("status")))
                .as((layout, key, value) -> Line.entry(layout, Kind.BAD_KEY, key, value, 0, null, null,
                        BAD_EXCEPTION_KEY));
        Arbitrary<Mapped> mapped = Arbitraries.of(Mapped.class);
        Arbitrary<Line> badExceptionStatus = Combinators.combine(layouts(), mapped, Arbitraries.of("399", "600",
                "200", "abc", "", "4O4", "{status}", "-404")).as((layout, m, v) -> Line.entry(layout, Kind.EXCEPTION,
                "exception." + m.className + ".status", new Value(List.of(Token.bad(v, NOT_A_STATUS))), 0, "status",
                m, BAD_EXCEPTION_STATUS));
        Arbitrary<Line> badExceptionType = Combinators.combine(layouts(), mapped, Arbitraries.of("not a uri", "%zz",
                "http://exa mple.com/p")).as((layout, m, v) -> Line.entry(layout, Kind.EXCEPTION,
                "exception." + m.className + ".type", new Value(List.of(Token.bad(v, NOT_A_URI))), 0, "type", m,
                BAD_EXCEPTION_TYPE));
        Arbitrary<Line> badExceptionText = Combinators.combine(layouts(), mapped, Arbitraries.of("title", "detail"))
                .flatAs((layout, m, member) -> brokenTemplates(m.provides).map(value ->
                        Line.entry(layout, Kind.EXCEPTION, "exception." + m.className + "." + member, value, 0, member,
                                m, BAD_EXCEPTION_TEXT)));
        // In a status text or an exception's text.
        Arbitrary<Line> malformedEscape = Arbitraries.oneOf(List.of(
                statusLines(Arbitraries.integers().between(100, 599), badEscapes(Set.of("status")), MALFORMED_ESCAPE),
                Combinators.combine(layouts(), mapped, Arbitraries.of("title", "detail"))
                        .flatAs((layout, m, member) -> badEscapes(m.provides).map(value -> Line.entry(layout,
                                Kind.EXCEPTION, "exception." + m.className + "." + member, value, 0, member, m,
                                MALFORMED_ESCAPE)))));
        // Texts (or a type) for a class that gets its status from nowhere: one the file does not map yet.
        Set<Mapped> unmapped = EnumSet.of(Mapped.ILLEGAL_STATE, Mapped.NO_SUCH_ELEMENT, Mapped.ORDER_GONE);
        file.forEach(line -> unmapped.remove(line.mapped()));
        Arbitrary<List<Line>> noStatus = Arbitraries.of(unmapped)
                .flatMap(m -> Arbitraries.subsetOf("type", "title", "detail").ofMinSize(1).flatMap(members -> {
                    List<Arbitrary<Line>> lines = new TreeSet<>(members).stream()
                            .map(member -> exceptionLine(m, member).map(line -> relabel(line, NO_STATUS))).toList();
                    return Combinators.combine(lines).as(List::copyOf);
                }));
        List<Arbitrary<List<Line>>> choices = new ArrayList<>(List.of(single(badStatusKey), single(badStatusText),
                single(badExceptionKey), single(badExceptionStatus), single(badExceptionType), single(badExceptionText),
                single(malformedEscape)));
        if (!unmapped.isEmpty()) {
            choices.add(noStatus);
        }
        List<Line> entries = file.stream().filter(line -> line.kind() != Kind.COMMENT).toList();
        if (!entries.isEmpty()) {
            Arbitrary<Line> duplicate = Arbitraries.of(entries).flatMap(line -> (line.kind() == Kind.STATUS
                    ? templates(Set.of("status")) : exceptionValues(line.member(), line.mapped()))
                    .map(value -> line.again(value, DUPLICATE_KEY)));
            choices.add(single(duplicate));
        }
        return Arbitraries.oneOf(choices);
    }

    private static Arbitrary<List<Line>> single(Arbitrary<Line> line) {
        return line.map(List::of);
    }

    private static Line relabel(Line line, String fault) {
        return new Line(line.text(), line.kind(), line.key(), line.value(), line.status(), line.member(),
                line.mapped(), fault);
    }

    /** A sound file with one fault put somewhere in it. */
    private static Arbitrary<List<Line>> brokenFiles() {
        return soundFiles().flatMap(file -> Combinators.combine(faults(file), Arbitraries.integers().between(0,
                file.size())).as((fault, at) -> {
                    List<Line> all = new ArrayList<>(file);
                    all.addAll(at, fault);
                    return all;
                }));
    }

    @Provide
    Arbitrary<List<Line>> files() {
        return Arbitraries.oneOf(List.of(soundFiles(), brokenFiles()));
    }

    // ---- The oracle ---------------------------------------------------------------------------------------

    /** Works out, from the pieces alone, what loading the file must do. */
    private static Expected expect(List<Line> lines) {
        // Each entry with the number of the line it starts on.
        Map<Integer, Line> entries = new TreeMap<>();
        int number = 1;
        for (Line line : lines) {
            if (line.kind() != Kind.COMMENT) {
                entries.put(number, line);
            }
            number += line.physicalLines();
        }
        // A malformed escape stops the reading of the file: that is all that is reported.
        Set<Integer> malformed = new TreeSet<>();
        entries.forEach((at, line) -> {
            if (line.value().has(MALFORMED_ESCAPE)) {
                malformed.add(at);
            }
        });
        if (!malformed.isEmpty()) {
            return new Expected(malformed, Map.of(), Map.of(), 0);
        }
        Set<Integer> offending = new TreeSet<>();
        Map<Integer, String> titles = new TreeMap<>();
        Map<Integer, String> details = new TreeMap<>();
        Set<String> seen = new HashSet<>();
        Map<Mapped, Integer> firstKey = new EnumMap<>(Mapped.class);
        Set<Mapped> withStatus = EnumSet.noneOf(Mapped.class);
        int exceptionKeys = 0;
        for (Map.Entry<Integer, Line> entry : entries.entrySet()) {
            int at = entry.getKey();
            Line line = entry.getValue();
            if (!seen.add(line.key())) {
                offending.add(at);
                continue;
            }
            switch (line.kind()) {
                case STATUS:
                    if (line.status() >= 100 && line.status() <= 599 && line.value().fine(Set.of("status"))) {
                        (line.member().equals("title") ? titles : details).put(line.status(),
                                line.value().render(line.status()));
                    } else {
                        offending.add(at);
                    }
                    break;
                case EXCEPTION:
                    exceptionKeys++;
                    firstKey.putIfAbsent(line.mapped(), at);
                    if (!line.value().fine(line.mapped().provides)) {
                        offending.add(at);
                    } else if (line.member().equals("status")) {
                        withStatus.add(line.mapped());
                    }
                    break;
                default:
                    offending.add(at);
            }
        }
        // A mapped class needs a status from the file or its annotation; the error names its first key.
        firstKey.forEach((mapped, at) -> {
            if (!mapped.annotated && !withStatus.contains(mapped)) {
                offending.add(at);
            }
        });
        return new Expected(offending, titles, details, exceptionKeys);
    }

    // ---- The property -------------------------------------------------------------------------------------

    // Without jqwik's edge cases, which would favour the first alternatives of each choice: the statistics
    // below then count faults drawn evenly.
    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void shouldServeEveryConfiguredTextOrFailNamingTheFileAndAnOffendingLine(@ForAll("files") List<Line> lines)
            throws IOException {
        Expected expected = expect(lines);
        Statistics.label("outcome").collect(expected.valid() ? "valid" : "invalid");
        Statistics.label("fault").collect(lines.stream().map(Line::fault).filter(f -> f != null).findFirst()
                .orElse("none"));
        if (expected.valid()) {
            Statistics.label("valid file has").collect(
                    expected.titles().size() + expected.details().size() > 0 ? "status texts" : "no status texts",
                    expected.exceptionKeys() > 0 ? "exception keys" : "no exception keys");
        }
        Statistics.label("outcome").coverage(coverage -> {
            coverage.check("valid").percentage(p -> p >= 25);
            coverage.check("invalid").percentage(p -> p >= 25);
        });
        Statistics.label("fault")
                .coverage(coverage -> FAULTS.forEach(fault -> coverage.check(fault).count(n -> n >= 1)));
        Statistics.label("valid file has").coverage(coverage -> {
            coverage.checkQuery(values -> values.get(0).equals("status texts")).count(n -> n >= 20);
            coverage.checkQuery(values -> values.get(1).equals("exception keys")).count(n -> n >= 20);
        });

        String text = lines.stream().map(Line::text).collect(Collectors.joining("\n"));
        Path dir = Files.createTempDirectory("messages-fuzz");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
                MessagesFuzzTest.class.getClassLoader())) {
            Files.writeString(dir.resolve(FILE), text, StandardCharsets.UTF_8);
            if (expected.valid()) {
                ProblemMessages messages = ProblemMessages.load("fuzz", loader);
                assertThat(messages).as(text).isNotNull();
                ProblemFactory factory = ProblemFactory.builder().textSource(messages).build();
                ProblemFactory guide = ProblemFactory.standard();
                // Every status: the file's texts where it has some, nothing (and so the guide's) elsewhere.
                Map<Integer, String> titles = new TreeMap<>();
                Map<Integer, String> details = new TreeMap<>();
                Map<Integer, StatusTexts> served = new TreeMap<>();
                Map<Integer, StatusTexts> expectedServed = new TreeMap<>();
                for (int status = 100; status <= 599; status++) {
                    if (messages.title(status, Locale.ROOT) != null) {
                        titles.put(status, messages.title(status, Locale.ROOT));
                    }
                    if (messages.detail(status, Locale.ROOT) != null) {
                        details.put(status, messages.detail(status, Locale.ROOT));
                    }
                    StatusTexts texts = factory.texts(status);
                    served.put(status, new StatusTexts(texts.title(), texts.detail(), null));
                    expectedServed.put(status, new StatusTexts(
                            expected.titles().getOrDefault(status, guide.texts(status).title()),
                            expected.details().getOrDefault(status, guide.texts(status).detail()), null));
                }
                assertThat(titles).as("titles of%n%s", text).isEqualTo(expected.titles());
                assertThat(details).as("details of%n%s", text).isEqualTo(expected.details());
                assertThat(served).as("texts served for%n%s", text).isEqualTo(expectedServed);
            } else {
                // Any other exception than IllegalStateException fails the property too.
                try {
                    ProblemMessages.load("fuzz", loader);
                    fail("Loaded a file with faults on lines %s:%n%s", expected.offending(), text);
                } catch (IllegalStateException e) {
                    assertThat(e.getMessage()).as(text).startsWith("Invalid Problem Guide messages").contains(FILE);
                    Set<Integer> cited = new TreeSet<>();
                    Matcher matcher = CITED_LINE.matcher(e.getMessage());
                    while (matcher.find()) {
                        cited.add(Integer.parseInt(matcher.group(1)));
                    }
                    assertThat(cited).as("lines cited by%n%s%nfor the file%n%s", e.getMessage(), text)
                            .isNotEmpty().isSubsetOf(expected.offending());
                }
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Files.delete(file);
                }
            }
            Files.delete(dir);
        }
    }
}
