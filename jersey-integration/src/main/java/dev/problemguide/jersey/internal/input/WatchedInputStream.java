package dev.problemguide.jersey.internal.input;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The request body's stream as the container hands it over, remembering the I/O exception it threw, so that a
 * failure of the transfer (an upload cut short, one that stalled) can be told from one of the application's own
 * reader (a full disk), which stays a server error.
 */
final class WatchedInputStream extends FilterInputStream {

    private IOException failure;

    WatchedInputStream(InputStream in) {
        super(in);
    }

    /**
     * Tells whether an exception is, or wraps, one this stream threw.
     *
     * @param e an exception from reading the body
     * @return {@code true} when the transfer failed
     */
    boolean threw(Throwable e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth < 16; t = t.getCause(), depth++) {
            if (t == failure) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int read() throws IOException {
        try {
            return super.read();
        } catch (IOException e) {
            failure = e;
            throw e;
        }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        try {
            return super.read(b, off, len);
        } catch (IOException e) {
            failure = e;
            throw e;
        }
    }

    @Override
    public long skip(long n) throws IOException {
        try {
            return super.skip(n);
        } catch (IOException e) {
            failure = e;
            throw e;
        }
    }

    @Override
    public int available() throws IOException {
        try {
            return super.available();
        } catch (IOException e) {
            failure = e;
            throw e;
        }
    }
}
