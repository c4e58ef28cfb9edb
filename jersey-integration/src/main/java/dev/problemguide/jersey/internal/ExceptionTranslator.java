package dev.problemguide.jersey.internal;

import dev.problemguide.Problem;
import jakarta.ws.rs.ext.Providers;

/**
 * Turns one family of exceptions into a problem and its status: request-body JSON errors, parameter
 * conversion errors, Bean Validation failures. {@link ExceptionResponses} asks each in turn, after the
 * application's own mappings and before its generic rules.
 */
public interface ExceptionTranslator {

    /**
     * Translates an exception if it belongs to this translator's family.
     *
     * @param exception the exception, unwrapped
     * @param request   the request
     * @param providers the application's providers, to find its {@code ObjectMapper}
     * @return the translation, or {@code null} when the exception is not of this family
     */
    Translation translate(Throwable exception, RequestView request, Providers providers);

    /**
     * A translated exception.
     *
     * @param problem  the problem, texts not necessarily filled in
     * @param status   the HTTP status
     * @param language the language of texts the translator localised, or {@code null}
     */
    record Translation(Problem problem, int status, java.util.Locale language) {

        /**
         * Creates a translation without localised texts.
         *
         * @param problem the problem
         * @param status  the HTTP status
         */
        public Translation(Problem problem, int status) {
            this(problem, status, null);
        }
    }
}
