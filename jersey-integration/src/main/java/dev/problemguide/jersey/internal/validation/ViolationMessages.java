package dev.problemguide.jersey.internal.validation;

import dev.problemguide.jersey.internal.request.AcceptLanguage;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The text of a constraint violation in the client's language: its message template interpolated again
 * by the default Bean Validation interpolator for the preferred {@code Accept-Language}, falling back to
 * the message the validator already made.
 */
final class ViolationMessages {

    /** The languages a message file can be named for: what is cached stays within these 188 (ISO 639-1). */
    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

    private volatile MessageInterpolator interpolator;
    private volatile boolean unavailable;
    private final Map<String, Boolean> languages = new ConcurrentHashMap<>();

    /**
     * Chooses the first preferred language the validator has messages in; English, the default messages'
     * language, means the default.
     *
     * @param preferred the client's languages, most preferred first
     * @return the language, or {@code null} for the default messages
     */
    Locale choose(List<String> preferred) {
        return choose(preferred, language -> true);
    }

    /**
     * Chooses the first preferred language that the validator has messages in and the rest of the body can be
     * in too, so that one answer is in one language; English, the default messages' language, means the
     * default.
     *
     * @param preferred the client's language ranges, most preferred first
     * @param restOfBody tells whether the problem's other texts exist in a language
     * @return the language, or {@code null} for the default messages
     */
    Locale choose(List<String> preferred, Predicate<Locale> restOfBody) {
        for (String range : preferred) {
            String language = AcceptLanguage.language(range);
            if (language.isEmpty() || language.equals("en")) {
                return null;
            }
            if (!ISO_LANGUAGES.contains(language)) {
                // A made-up language has no messages: not looked up, not remembered, so no client can grow this.
                continue;
            }
            boolean available = languages.computeIfAbsent(language, l -> {
                ClassLoader loader = ViolationMessages.class.getClassLoader();
                ClassLoader context = Thread.currentThread().getContextClassLoader();
                String hibernate = "org/hibernate/validator/ValidationMessages_" + l + ".properties";
                String application = "ValidationMessages_" + l + ".properties";
                return (context != null && (context.getResource(hibernate) != null
                        || context.getResource(application) != null))
                        || (loader != null && loader.getResource(hibernate) != null);
            });
            if (available && restOfBody.test(Locale.forLanguageTag(language))) {
                return Locale.forLanguageTag(language);
            }
        }
        return null;
    }

    /**
     * Returns how many languages are remembered, for tests.
     *
     * @return at most 188
     */
    int rememberedLanguages() {
        return languages.size();
    }

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
                    throw new ValidationException("No provider-specific context");
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
