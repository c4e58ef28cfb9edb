package dev.problemguide.jersey.internal;

import java.util.Locale;

/**
 * One error response in the making: its status, the exception and request behind it, the language the
 * client prefers among those available, and whether a translated text was used (then the response says
 * so in {@code Content-Language}).
 */
public final class Occurrence {

    private final int status;
    private final Throwable exception;
    private final RequestView request;
    private final Locale locale;
    private Locale usedLanguage;

    /**
     * Creates an occurrence.
     *
     * @param status    the HTTP status
     * @param exception the exception, or {@code null}
     * @param request   the request
     * @param locale    the negotiated language, or {@code null} for the default texts
     */
    public Occurrence(int status, Throwable exception, RequestView request, Locale locale) {
        this.status = status;
        this.exception = exception;
        this.request = request;
        this.locale = locale;
    }

    /**
     * Returns the HTTP status.
     *
     * @return the status
     */
    public int status() {
        return status;
    }

    /**
     * Returns the exception behind the problem.
     *
     * @return the exception, or {@code null}
     */
    public Throwable exception() {
        return exception;
    }

    /**
     * Returns the request.
     *
     * @return the request
     */
    public RequestView request() {
        return request;
    }

    /**
     * Returns the language negotiated for the texts.
     *
     * @return the language, or {@code null} for the default texts
     */
    public Locale locale() {
        return locale;
    }

    /**
     * Returns the language of a translated text that was used.
     *
     * @return the language, or {@code null}
     */
    public Locale usedLanguage() {
        return usedLanguage;
    }

    /**
     * Records that a text in a language was used.
     *
     * @param language the language
     */
    public void usedLanguage(Locale language) {
        if (language != null) {
            this.usedLanguage = language;
        }
    }
}
