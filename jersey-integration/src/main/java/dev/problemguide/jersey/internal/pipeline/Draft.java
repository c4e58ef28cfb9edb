package dev.problemguide.jersey.internal.pipeline;

import dev.problemguide.Problem;
import java.util.Locale;

/**
 * A problem on its way through the steps, with the language of the translated texts it holds so far, which the
 * response names in {@code Content-Language}.
 *
 * @param problem  the problem so far
 * @param language the language of a translated text in it, or {@code null} when its texts are the default ones
 */
public record Draft(Problem problem, Locale language) {

    /** A problem with nothing yet: every member comes from the steps. */
    public static final Draft EMPTY = new Draft(Problem.builder().build(), null);

    /**
     * Starts from a problem with default texts.
     *
     * @param problem the problem
     * @return the draft
     */
    public static Draft of(Problem problem) {
        return new Draft(problem, null);
    }

    /**
     * Continues with another problem, keeping the language, or taking the given one when none is known yet.
     *
     * @param next         the problem
     * @param textLanguage the language of texts just added, or {@code null}
     * @return the draft
     */
    public Draft with(Problem next, Locale textLanguage) {
        return new Draft(next, language != null ? language : textLanguage);
    }
}
