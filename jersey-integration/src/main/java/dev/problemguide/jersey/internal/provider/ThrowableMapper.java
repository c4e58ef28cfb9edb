package dev.problemguide.jersey.internal.provider;

import dev.problemguide.jersey.internal.mapping.ExceptionResolver;
/**
 * The catch-all mapper: mapped application exceptions, wrapped exceptions, and every unexpected one (a
 * 500 that reveals nothing of it).
 */
public final class ThrowableMapper extends ProblemMapperSupport<Throwable> {

    /**
     * Creates the mapper.
     *
     * @param resolver the decision it delegates to
     */
    public ThrowableMapper(ExceptionResolver resolver) {
        super(resolver);
    }
}
