package dev.problemguide.jersey.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Locale;

/**
 * The text of a constraint violation in the client's language: its message template interpolated again
 * by the default Bean Validation interpolator for the preferred {@code Accept-Language}, falling back to
 * the message the validator already made.
 */
final class ViolationMessages {

    private volatile MessageInterpolator interpolator;
    private volatile boolean unavailable;

    String message(ConstraintViolation<?> violation, Locale locale) {
        if (locale == null || unavailable) {
            return violation.getMessage();
        }
        try {
            return interpolator().interpolate(violation.getMessageTemplate(), new MessageInterpolator.Context() {
                @Override
                public ConstraintDescriptor<?> getConstraintDescriptor() {
                    return violation.getConstraintDescriptor();
                }

                @Override
                public Object getValidatedValue() {
                    return violation.getInvalidValue();
                }

                @Override
                public <T> T unwrap(Class<T> type) {
                    throw new jakarta.validation.ValidationException("No provider-specific context");
                }
            }, locale);
        } catch (RuntimeException e) {
            return violation.getMessage();
        }
    }

    private MessageInterpolator interpolator() {
        MessageInterpolator current = interpolator;
        if (current == null) {
            try {
                current = Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();
            } catch (RuntimeException e) {
                unavailable = true;
                throw e;
            }
            interpolator = current;
        }
        return current;
    }
}
