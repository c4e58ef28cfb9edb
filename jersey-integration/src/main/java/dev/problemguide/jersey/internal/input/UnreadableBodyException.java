package dev.problemguide.jersey.internal.input;

import java.io.CharConversionException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.concurrent.TimeoutException;

/**
 * Marks an I/O failure while the request body was read: bytes that are not in the body's character encoding,
 * an upload that ended before its declared length, one that stalled past the server's read timeout. Each is
 * the client's doing, so each is a 4xx, not a server error. Thrown by {@link RequestBodyInterceptor}; has no
 * stack trace of its own.
 */
public final class UnreadableBodyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong with the body. */
    public enum Kind {
        /** Bytes that are not text in the body's encoding (a UTF-32 guess on binary data, say): 400. */
        UNDECODABLE,
        /** The body stopped before its declared length, or the connection broke: 400. */
        INCOMPLETE,
        /** The body stalled past the read timeout: 408. */
        TIMED_OUT
    }

    private final Kind kind;

    /**
     * Wraps an I/O failure of reading the body.
     *
     * @param cause the failure
     */
    public UnreadableBodyException(IOException cause) {
        super("The request body could not be read", cause, false, false);
        this.kind = classify(cause);
    }

    /**
     * Returns what went wrong.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Tells whether an I/O failure is one of decoding bytes into text.
     *
     * @param e the failure
     * @return {@code true} for a character-conversion or character-coding failure
     */
    static boolean isDecoding(IOException e) {
        return e instanceof CharConversionException || e instanceof CharacterCodingException;
    }

    private static Kind classify(IOException cause) {
        int depth = 0;
        for (Throwable t = cause; t != null && depth < 16; t = t.getCause(), depth++) {
            if (t instanceof TimeoutException || t instanceof InterruptedIOException) {
                return Kind.TIMED_OUT;
            }
            if (t instanceof CharConversionException || t instanceof CharacterCodingException) {
                return Kind.UNDECODABLE;
            }
            if (t instanceof EOFException) {
                return Kind.INCOMPLETE;
            }
        }
        return Kind.INCOMPLETE;
    }
}
