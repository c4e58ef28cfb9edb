package dev.problemguide.jersey.internal;

import dev.problemguide.ProblemException;

/**
 * Maps {@link ProblemException}s to exactly their problem, its missing texts filled in.
 */
public final class ProblemExceptionMapper extends ProblemMapperSupport<ProblemException> {

    /**
     * Creates the mapper.
     *
     * @param responses the decision it delegates to
     */
    public ProblemExceptionMapper(ExceptionResponses responses) {
        super(responses);
    }
}
