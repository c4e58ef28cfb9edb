package dev.problemguide.openapi.internal;

import dev.problemguide.internal.Option;
import dev.problemguide.internal.OptionSet;
import dev.problemguide.openapi.ProblemOpenApi;
import java.util.List;
import java.util.Locale;

/**
 * The options of Problem Guide for OpenAPI, found by the option registry like every module's, so that
 * {@code problemguide.openapi.*} properties are known to {@code ProblemFeature}'s unknown-property check.
 */
public final class OpenApiOptions implements OptionSet {

    /** Whether the reader documents problems at all. */
    public static final Option<Boolean> ENABLED = Option.of(ProblemOpenApi.ENABLED, Boolean.class, true,
            text -> switch (text.toLowerCase(Locale.ROOT)) {
                case "true" -> true;
                case "false" -> false;
                default -> null;
            }, "true or false");

    /** The statuses documented; unset means every status. */
    public static final Option<Statuses> STATUSES = new Option<>(ProblemOpenApi.STATUSES, Statuses.class,
            Statuses.ALL, Statuses::parse, s -> s.values().isEmpty() || s.valid(),
            "a comma-separated list of statuses from 400 to 599");

    private static final List<Option<?>> ALL = List.of(ENABLED, STATUSES);

    /** Creates the set; called by the service loader. */
    public OpenApiOptions() {
    }

    @Override
    public List<Option<?>> options() {
        return ALL;
    }
}
