package dev.problemguide.jersey.internal;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.core.FeatureContext;

/**
 * Bean Validation support, kept in classes of their own so that nothing refers to {@code jakarta.validation}
 * unless it is on the class path: an application that does not validate needs no validation jar.
 */
public final class ValidationSupport {

    private static final boolean PRESENT = isPresent();

    private ValidationSupport() {
    }

    /**
     * Tells whether the Bean Validation API is on the class path.
     *
     * @return {@code true} if it is
     */
    public static boolean present() {
        return PRESENT;
    }

    /**
     * Creates the translator of validation failures; call only when {@link #present()}.
     *
     * @param status 422 or 400
     * @return the translator
     */
    public static ExceptionTranslator translator(int status) {
        return new ValidationTranslator(status);
    }

    /**
     * Registers the validation mappers; call only when {@link #present()}.
     *
     * @param context   the feature context
     * @param responses the decision they delegate to
     * @param priority  their priority, above that of Jersey's own {@code ValidationExceptionMapper}
     */
    public static void register(FeatureContext context, ExceptionResponses responses, int priority) {
        context.register(new Mappers.Violations(responses), priority);
        context.register(new Mappers.Validation(responses), priority);
    }

    private static boolean isPresent() {
        try {
            Class.forName("jakarta.validation.ConstraintViolationException", false,
                    ValidationSupport.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** The mappers; a nested class, so loading {@link ValidationSupport} does not load them. */
    static final class Mappers {
        private Mappers() {
        }

        /** Maps {@link ConstraintViolationException}: closer than Jersey's mapper for its supertype. */
        static final class Violations extends ProblemMapperSupport<ConstraintViolationException> {
            Violations(ExceptionResponses responses) {
                super(responses);
            }
        }

        /** Maps every other {@link ValidationException}, a server error. */
        static final class Validation extends ProblemMapperSupport<ValidationException> {
            Validation(ExceptionResponses responses) {
                super(responses);
            }
        }
    }
}
