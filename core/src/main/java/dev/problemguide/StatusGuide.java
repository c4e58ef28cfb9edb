package dev.problemguide;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * The catalog of HTTP status codes built from the API Status Code Guide: for every code from 100 to
 * 599, the reason phrase and description that a problem's {@code title} and {@code detail} default to.
 *
 * <p>The catalog holds the guide's 64 codes (two of them with documented corrections: 417 is
 * "Expectation Failed", and 205's description no longer repeats its own label), the IANA-registered
 * codes the guide lacks (506 Variant Also Negotiates), and for every other code in range an entry
 * derived from its {@link StatusClass}. It is read once from the resource
 * {@code dev/problemguide/status-guide.tsv} shipped inside this module, and looked up in constant time.
 *
 * <p>Instances are immutable and safe to share between threads.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9457#section-4.2">RFC 9457 section 4.2: about:blank, whose
 *      title should be the status code's recommended phrase</a>
 */
public final class StatusGuide {

    /** The lowest status code the catalog accepts. */
    public static final int MIN_STATUS = 100;
    /** The highest status code the catalog accepts. */
    public static final int MAX_STATUS = 599;

    private static final String RESOURCE = "status-guide.tsv";
    private static final Set<String> SOURCES = Set.of("guide", "guide-corrected", "iana");

    private final StatusGuideEntry[] byCode = new StatusGuideEntry[MAX_STATUS - MIN_STATUS + 1];
    private final List<StatusGuideEntry> listed;

    private StatusGuide(List<StatusGuideEntry> listedEntries) {
        for (StatusGuideEntry entry : listedEntries) {
            if (byCode[entry.code() - MIN_STATUS] != null) {
                throw new IllegalStateException("Status " + entry.code() + " is listed twice in " + RESOURCE);
            }
            byCode[entry.code() - MIN_STATUS] = entry;
        }
        for (int code = MIN_STATUS; code <= MAX_STATUS; code++) {
            if (byCode[code - MIN_STATUS] == null) {
                StatusClass statusClass = StatusClass.of(code);
                byCode[code - MIN_STATUS] = new StatusGuideEntry(code, statusClass.reasonPhrase(),
                        statusClass.description(), statusClass, false);
            }
        }
        this.listed = Collections.unmodifiableList(new ArrayList<>(listedEntries));
    }

    /**
     * Returns the catalog shipped with Problem Guide, loaded on first use.
     *
     * @return the shared catalog
     */
    public static StatusGuide standard() {
        return Holder.STANDARD;
    }

    /**
     * Returns the entry for a status code: the guide's when it lists the code, else the code's class.
     *
     * @param statusCode a code from 100 to 599
     * @return never {@code null}
     * @throws IllegalArgumentException if the code is outside 100 to 599
     */
    public StatusGuideEntry entry(int statusCode) {
        checkRange(statusCode);
        return byCode[statusCode - MIN_STATUS];
    }

    /**
     * Tells whether the guide or the IANA registry lists a code, as opposed to only its class.
     *
     * @param statusCode a code from 100 to 599
     * @return {@code true} if the code has an entry of its own
     * @throws IllegalArgumentException if the code is outside 100 to 599
     */
    public boolean isListed(int statusCode) {
        return entry(statusCode).listed();
    }

    /**
     * Returns the entries of the listed codes, in ascending order of code.
     *
     * @return an unmodifiable list
     */
    public List<StatusGuideEntry> listedEntries() {
        return listed;
    }

    static void checkRange(int statusCode) {
        if (statusCode < MIN_STATUS || statusCode > MAX_STATUS) {
            throw new IllegalArgumentException(
                    "HTTP status code must be from 100 to 599, but was " + statusCode);
        }
    }

    private static StatusGuide load() {
        try (InputStream in = StatusGuide.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Resource dev/problemguide/" + RESOURCE + " is missing");
            }
            return new StatusGuide(parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read dev/problemguide/" + RESOURCE, e);
        }
    }

    private static List<StatusGuideEntry> parse(BufferedReader reader) throws IOException {
        List<StatusGuideEntry> entries = new ArrayList<>();
        String line;
        int lineNumber = 0;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length != 4) {
                throw new IllegalStateException(RESOURCE + " line " + lineNumber + ": expected 4 tab-separated fields");
            }
            int code = Integer.parseInt(fields[0]);
            // The second field says where the texts come from (guide, guide-corrected, iana): documentation only.
            if (!SOURCES.contains(fields[1])) {
                throw new IllegalStateException(RESOURCE + " line " + lineNumber + ": unknown source " + fields[1]);
            }
            entries.add(new StatusGuideEntry(code, fields[2], fields[3], StatusClass.of(code), true));
        }
        entries.sort((a, b) -> Integer.compare(a.code(), b.code()));
        return entries;
    }

    /** Lazy holder: the resource is read on first use, once, without locking afterwards. */
    private static final class Holder {
        static final StatusGuide STANDARD = load();
    }
}
