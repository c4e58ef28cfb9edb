package dev.problemguide.jersey.internal.provider;

import dev.problemguide.jersey.internal.mapping.ExceptionResolver;
import dev.problemguide.ProblemException;

/**
 * Maps {@link ProblemException}s to exactly their problem, its missing texts filled in.
 */
public final class ProblemExceptionMapper extends ProblemMapperSupport<ProblemException> {

    /**
     * Creates the mapper.
     *
     * @param resolver the decision it delegates to
     */
    public ProblemExceptionMapper(ExceptionResolver resolver) {
        super(resolver);
    }
}
