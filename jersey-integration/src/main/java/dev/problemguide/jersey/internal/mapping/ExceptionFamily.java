package dev.problemguide.jersey.internal.mapping;

import dev.problemguide.Problem;
import dev.problemguide.jersey.internal.request.RequestView;
import jakarta.ws.rs.ext.Providers;
import java.util.Locale;

/**
 * A family of exceptions with rules of their own: request-body JSON errors, parameter conversion errors, Bean
 * Validation failures. {@link ExceptionResolver} asks each in turn, after the application's own mappings and
 * before its generic rules.
 */
public interface ExceptionFamily {

    /**
     * Recognises an exception of this family and says what it becomes.
     *
     * @param exception the exception, unwrapped
     * @param request   the request
     * @param providers the application's providers, to find its {@code ObjectMapper}; may be {@code null}
     * @return what it becomes, or {@code null} when the exception is not of this family
     */
    Recognized recognize(Throwable exception, RequestView request, Providers providers);

    /**
     * What a recognised exception becomes.
     *
     * @param status          the HTTP status
     * @param problem         the problem, texts not necessarily filled in
     * @param language        the language of texts the family localised itself, or {@code null} for the default
     * @param languageDecided whether the family chose the answer's language (then the rest of the body is in it
     *                        too), rather than leaving it to the usual negotiation
     */
    record Recognized(int status, Problem problem, Locale language, boolean languageDecided) {

        /**
         * Creates an outcome without localised texts.
         *
         * @param status  the HTTP status
         * @param problem the problem
         */
        public Recognized(int status, Problem problem) {
            this(status, problem, null, false);
        }

        /**
         * Creates an outcome whose texts the family localised, deciding the language of the whole answer.
         *
         * @param status   the HTTP status
         * @param problem  the problem
         * @param language the language chosen, or {@code null} for the default texts
         * @return the outcome
         */
        public static Recognized inLanguage(int status, Problem problem, Locale language) {
            return new Recognized(status, problem, language, true);
        }
    }
}
