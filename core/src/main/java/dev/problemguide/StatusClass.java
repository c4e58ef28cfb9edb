package dev.problemguide;

/**
 * The class of an HTTP status code: its first digit, as defined by RFC 9110 section 15.
 *
 * <p>A status code that the {@link StatusGuide} does not list is described by its class, so that a
 * problem with status 460 still gets a meaningful {@code title} ("Client Error") and {@code detail}.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9457#section-3.1.2">RFC 9457 section 3.1.2: the status member</a>
 */
public enum StatusClass {
    /** 1xx: the request was received and its processing continues. */
    INFORMATIONAL("Informational",
            "The server has received the request and is continuing the process."),
    /** 2xx: the request was received, understood and accepted. */
    SUCCESS("Success",
            "The request was successfully received, understood and accepted."),
    /** 3xx: the client must take further action to complete the request. */
    REDIRECTION("Redirection",
            "Further action needs to be taken by the client to complete the request."),
    /** 4xx: the request contains an error that the client can correct. */
    CLIENT_ERROR("Client Error",
            "The request contains an error or cannot be fulfilled; the client should correct it before repeating it."),
    /** 5xx: the server failed to fulfil an apparently valid request. */
    SERVER_ERROR("Server Error",
            "The server failed to fulfil an apparently valid request.");

    private final String reasonPhrase;
    private final String description;

    StatusClass(String reasonPhrase, String description) {
        this.reasonPhrase = reasonPhrase;
        this.description = description;
    }

    /**
     * Returns the class of a status code.
     *
     * @param statusCode an HTTP status code from 100 to 599
     * @return its class
     * @throws IllegalArgumentException if the code is outside 100 to 599
     */
    public static StatusClass of(int statusCode) {
        StatusGuide.checkRange(statusCode);
        return values()[statusCode / 100 - 1];
    }

    /**
     * Returns the name of this class, used as the title of a status the guide does not list.
     *
     * @return for example {@code "Client Error"}
     */
    public String reasonPhrase() {
        return reasonPhrase;
    }

    /**
     * Returns the description of this class, used as the detail of a status the guide does not list.
     *
     * @return one sentence in English
     */
    public String description() {
        return description;
    }

    /**
     * Tells whether this class holds error statuses, 4xx or 5xx.
     *
     * @return {@code true} for {@link #CLIENT_ERROR} and {@link #SERVER_ERROR}
     */
    public boolean isError() {
        return this == CLIENT_ERROR || this == SERVER_ERROR;
    }
}
