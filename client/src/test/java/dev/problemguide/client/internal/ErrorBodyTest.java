package dev.problemguide.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.ProcessingException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An error body is read whole up to 64 KB (65,536 bytes) and cut, flagged as truncated, above; at most one
 * byte past the bound is ever read, however the stream delivers its bytes. A body that cannot be read counts
 * as empty, and the response is closed in every case.
 */
class ErrorBodyTest {

    private static final int LIMIT = 65_536;

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(ints = {0, 1, 1023, 1024, 1025, 4096, 16_385, 65_535, LIMIT})
    void shouldReadBodiesUpToTheBoundWhole(int size) throws IOException {
        byte[] body = bytes(size);

        ErrorBody read = ErrorBody.readBounded(new ByteArrayInputStream(body));

        assertThat(read.truncated()).isFalse();
        assertThat(read.bytes()).isEqualTo(body);
        assertThat(read.isEmpty()).isEqualTo(size == 0);
    }

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(ints = {LIMIT + 1, LIMIT + 2, LIMIT + 1024, 1 << 20})
    void shouldCutBodiesOverTheBound(int size) throws IOException {
        byte[] body = bytes(size);

        ErrorBody read = ErrorBody.readBounded(new ByteArrayInputStream(body));

        assertThat(read.truncated()).isTrue();
        assertThat(read.bytes()).isEqualTo(Arrays.copyOf(body, LIMIT));
    }

    @ParameterizedTest(name = "{0} bytes, at most {1} a read")
    @MethodSource("trickles")
    void shouldReadTricklingStreamsAlike(int size, int chunk) throws IOException {
        byte[] body = bytes(size);

        ErrorBody read = ErrorBody.readBounded(new Trickle(new ByteArrayInputStream(body), chunk));

        assertThat(read.truncated()).isEqualTo(size > LIMIT);
        assertThat(read.bytes()).isEqualTo(Arrays.copyOf(body, Math.min(size, LIMIT)));
    }

    static Stream<Arguments> trickles() {
        return Stream.of(1, 7, 1000, 4097).flatMap(chunk -> Stream.of(LIMIT - 1, LIMIT, LIMIT + 1)
                .map(size -> Arguments.of(size, chunk)));
    }

    @Test
    void shouldReadAtMostOneByteOverTheBound() throws IOException {
        Endless endless = new Endless();

        ErrorBody read = ErrorBody.readBounded(endless);

        assertThat(read.truncated()).isTrue();
        assertThat(endless.served).isEqualTo(LIMIT + 1);
    }

    @Test
    void shouldReadAResponsesBodyAndCloseIt() {
        byte[] body = bytes(3000);
        AtomicBoolean streamClosed = new AtomicBoolean();
        FakeResponse response = FakeResponse.withEntity(() -> new ByteArrayInputStream(body) {
            @Override
            public void close() {
                streamClosed.set(true);
            }
        });

        ErrorBody read = ErrorBody.read(response);

        assertThat(read.bytes()).isEqualTo(body);
        assertThat(response.closed()).isTrue();
        assertThat(streamClosed).isTrue();
    }

    @Test
    void shouldCountAnAbsentEntityAsEmpty() {
        FakeResponse response = FakeResponse.withoutEntity();

        assertThat(ErrorBody.read(response).isEmpty()).isTrue();
        assertThat(response.closed()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void shouldCountABodyThatCannotBeReadAsEmpty(String name, Supplier<InputStream> entity) {
        FakeResponse response = FakeResponse.withEntity(entity);

        ErrorBody read = ErrorBody.read(response);

        assertThat(read.isEmpty()).isTrue();
        assertThat(read.truncated()).isFalse();
        assertThat(response.closed()).isTrue();
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of("no stream", (Supplier<InputStream>) () -> null),
                Arguments.of("entity consumed already", (Supplier<InputStream>) () -> {
                    throw new IllegalStateException("Entity input stream has already been closed.");
                }),
                Arguments.of("runtime failed", (Supplier<InputStream>) () -> {
                    throw new ProcessingException(new IOException("Connection reset"));
                }),
                Arguments.of("connection broke at once", (Supplier<InputStream>) () -> new Broken(0, false)),
                Arguments.of("connection broke midway", (Supplier<InputStream>) () -> new Broken(2048, false)),
                Arguments.of("stream failed unchecked", (Supplier<InputStream>) () -> new Broken(100, true)));
    }

    private static byte[] bytes(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    /** Hands out at most {@code chunk} bytes a read, as a slow connection does. */
    private static final class Trickle extends InputStream {
        private final InputStream in;
        private final int chunk;

        Trickle(InputStream in, int chunk) {
            this.in = in;
            this.chunk = chunk;
        }

        @Override
        public int read() throws IOException {
            return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return in.read(b, off, Math.min(len, chunk));
        }
    }

    /** Never ends; counts what it served. */
    private static final class Endless extends InputStream {
        private long served;

        @Override
        public int read() {
            served++;
            return 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            Arrays.fill(b, off, off + len, (byte) 'x');
            served += len;
            return len;
        }
    }

    /** Serves some bytes, then fails as a broken connection does. */
    private static final class Broken extends InputStream {
        private final boolean unchecked;
        private int left;

        Broken(int before, boolean unchecked) {
            this.left = before;
            this.unchecked = unchecked;
        }

        @Override
        public int read() throws IOException {
            if (left == 0) {
                IOException failure = new IOException("Premature EOF");
                if (unchecked) {
                    throw new UncheckedIOException(failure);
                }
                throw failure;
            }
            left--;
            return 'x';
        }
    }
}
