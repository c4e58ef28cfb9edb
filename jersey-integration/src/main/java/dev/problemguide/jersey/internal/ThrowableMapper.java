package dev.problemguide.jersey.internal;

/**
 * The catch-all mapper: mapped application exceptions, wrapped exceptions, and every unexpected one (a
 * 500 that reveals nothing of it).
 */
public final class ThrowableMapper extends ProblemMapperSupport<Throwable> {

    /**
     * Creates the mapper.
     *
     * @param responses the decision it delegates to
     */
    public ThrowableMapper(ExceptionResponses responses) {
        super(responses);
    }
}
