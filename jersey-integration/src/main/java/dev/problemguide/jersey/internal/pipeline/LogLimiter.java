package dev.problemguide.jersey.internal.pipeline;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Limits the log lines of client errors to a number per second for each status and type, so that no client can
 * flood the log. What a second suppresses is told in one summary line, written with the next line of that kind
 * (or by {@link #drain()} when the application stops); no thread of ours wakes up for it.
 */
final class LogLimiter {

    /** Keys kept at most; past them, new kinds share one. */
    private static final int MAX_KINDS = 1000;

    private final int perSecond;
    private final LongSupplier clock;
    private final Map<Kind, Window> windows = new ConcurrentHashMap<>();

    /** A kind of line: a status and a type. */
    record Kind(int status, URI type) {
    }

    /** One kind's current second and what was suppressed in it and before. */
    private static final class Window {
        long second = Long.MIN_VALUE;
        int written;
        long suppressed;
    }

    /**
     * What to do with one line.
     *
     * @param write      whether to write it
     * @param suppressed how many lines of its kind were suppressed before it, to be told first (0 for none)
     * @param kind       the kind they were counted under (past {@code MAX_KINDS}, one shared kind without a type)
     */
    record Decision(boolean write, long suppressed, Kind kind) {
    }

    /**
     * Creates a limiter.
     *
     * @param perSecond lines per second and kind; 0 for no limit
     * @param clock     the time in milliseconds
     */
    LogLimiter(int perSecond, LongSupplier clock) {
        this.perSecond = perSecond;
        this.clock = clock;
    }

    Decision admit(int status, URI type) {
        Kind kind = new Kind(status, type);
        if (perSecond == 0) {
            return new Decision(true, 0, kind);
        }
        Window window = windows.get(kind);
        if (window == null) {
            if (windows.size() >= MAX_KINDS) {
                kind = new Kind(0, null);
            }
            window = windows.computeIfAbsent(kind, k -> new Window());
        }
        long second = clock.getAsLong() / 1000;
        synchronized (window) {
            if (window.second != second) {
                window.second = second;
                window.written = 0;
            }
            if (window.written >= perSecond) {
                window.suppressed++;
                return new Decision(false, 0, kind);
            }
            window.written++;
            long told = window.suppressed;
            window.suppressed = 0;
            return new Decision(true, told, kind);
        }
    }

    /**
     * Takes what is still suppressed, for the summary lines written when the application stops.
     *
     * @return each kind with lines suppressed and their number
     */
    List<Map.Entry<Kind, Long>> drain() {
        List<Map.Entry<Kind, Long>> left = new ArrayList<>();
        windows.forEach((kind, window) -> {
            synchronized (window) {
                if (window.suppressed > 0) {
                    left.add(Map.entry(kind, window.suppressed));
                    window.suppressed = 0;
                }
            }
        });
        return left;
    }
}
