package dev.problemguide.jersey.internal.validation;

import dev.problemguide.ProblemFactory;
import dev.problemguide.jersey.internal.mapping.ExceptionFamily;
import dev.problemguide.jersey.internal.mapping.ExceptionResolver;
import dev.problemguide.jersey.internal.provider.ProblemMapperSupport;
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
     * Creates the family of validation failures; call only when {@link #present()}.
     *
     * @param status    422 or 400
     * @param maxErrors the most entries of {@code errors} an answer lists
     * @param texts     where the problem's status texts come from
     * @return the family
     */
    public static ExceptionFamily family(int status, int maxErrors, ProblemFactory texts) {
        return new ValidationErrors(status, maxErrors, texts);
    }

    /**
     * Registers the validation mappers; call only when {@link #present()}.
     *
     * @param context   the feature context
     * @param resolver  the decision they delegate to
     * @param priority  their priority, above that of Jersey's own {@code ValidationExceptionMapper}
     */
    public static void register(FeatureContext context, ExceptionResolver resolver, int priority) {
        context.register(new Mappers.Violations(resolver), priority);
        context.register(new Mappers.Validation(resolver), priority);
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
            Violations(ExceptionResolver resolver) {
                super(resolver);
            }
        }

        /** Maps every other {@link ValidationException}, a server error. */
        static final class Validation extends ProblemMapperSupport<ValidationException> {
            Validation(ExceptionResolver resolver) {
                super(resolver);
            }
        }
    }
}
