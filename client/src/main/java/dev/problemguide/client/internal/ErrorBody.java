package dev.problemguide.client.internal;

import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The body of an error response, read up to a bound: an error page from a proxy can be large, and a caller
 * that only wants its problem must not hold megabytes of it in memory.
 *
 * @param bytes     the bytes read, at most {@link #LIMIT}
 * @param truncated whether the body was longer than the bound (then it is never decoded)
 */
public record ErrorBody(byte[] bytes, boolean truncated) {

    /** The most bytes of an error body that are read: 64 KB. */
    public static final int LIMIT = 64 * 1024;

    private static final ErrorBody EMPTY = new ErrorBody(new byte[0], false);

    /**
     * Reads the body of a response and closes it. A body that cannot be read (the connection broke, the entity
     * was already consumed) counts as empty: the status alone still says what failed.
     *
     * @param response the response
     * @return the body
     */
    public static ErrorBody read(Response response) {
        try (response) {
            if (!response.hasEntity()) {
                return EMPTY;
            }
            InputStream in = response.readEntity(InputStream.class);
            if (in == null) {
                return EMPTY;
            }
            try (in) {
                return readBounded(in);
            }
        } catch (IOException | RuntimeException e) {
            // Whatever broke while reading the error body, the call fails for the status it had.
            return EMPTY;
        }
    }

    /**
     * Reads at most {@link #LIMIT} bytes of a stream, and one more to know whether there was more.
     *
     * @param in the stream, left open
     * @return the body
     * @throws IOException if the stream fails
     */
    static ErrorBody readBounded(InputStream in) throws IOException {
        byte[] buffer = new byte[1024];
        int length = 0;
        while (true) {
            if (length == buffer.length) {
                if (length > LIMIT) {
                    return new ErrorBody(Arrays.copyOf(buffer, LIMIT), true);
                }
                buffer = Arrays.copyOf(buffer, Math.min(buffer.length * 4, LIMIT + 1));
            }
            int read = in.read(buffer, length, buffer.length - length);
            if (read < 0) {
                return new ErrorBody(length == buffer.length ? buffer : Arrays.copyOf(buffer, length), false);
            }
            length += read;
        }
    }

    /**
     * Returns whether nothing was read.
     *
     * @return {@code true} for an empty or unreadable body
     */
    public boolean isEmpty() {
        return bytes.length == 0;
    }
}
