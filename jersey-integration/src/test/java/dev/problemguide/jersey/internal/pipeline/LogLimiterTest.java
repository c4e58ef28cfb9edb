package dev.problemguide.jersey.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LogLimiterTest {

    private static final URI TYPE = URI.create("about:blank");

    @Test
    void shouldWriteTheFirstLinesOfASecondAndTellTheRestWithTheNextLineWritten() {
        AtomicLong now = new AtomicLong(10_000);
        LogLimiter limiter = new LogLimiter(2, now::get);

        assertThat(limiter.admit(404, TYPE)).isEqualTo(new LogLimiter.Decision(true, 0, new LogLimiter.Kind(404, TYPE)));
        assertThat(limiter.admit(404, TYPE)).isEqualTo(new LogLimiter.Decision(true, 0, new LogLimiter.Kind(404, TYPE)));
        assertThat(limiter.admit(404, TYPE).write()).isFalse();
        assertThat(limiter.admit(404, TYPE).write()).isFalse();
        // Another kind has its own budget.
        assertThat(limiter.admit(400, TYPE)).isEqualTo(new LogLimiter.Decision(true, 0, new LogLimiter.Kind(400, TYPE)));
        now.addAndGet(1000);
        assertThat(limiter.admit(404, TYPE)).isEqualTo(new LogLimiter.Decision(true, 2, new LogLimiter.Kind(404, TYPE)));
        assertThat(limiter.admit(404, TYPE)).isEqualTo(new LogLimiter.Decision(true, 0, new LogLimiter.Kind(404, TYPE)));
    }

    @Test
    void shouldHandOverWhatIsStillLeftOutOnce() {
        AtomicLong now = new AtomicLong();
        LogLimiter limiter = new LogLimiter(1, now::get);
        for (int i = 0; i < 4; i++) {
            limiter.admit(429, TYPE);
        }

        assertThat(limiter.drain()).containsExactly(Map.entry(new LogLimiter.Kind(429, TYPE), 3L));
        assertThat(limiter.drain()).isEmpty();
    }

    @Test
    void shouldWriteEverythingWithoutALimit() {
        LogLimiter limiter = new LogLimiter(0, () -> 0);
        for (int i = 0; i < 1000; i++) {
            assertThat(limiter.admit(404, TYPE).write()).isTrue();
        }
    }
}
