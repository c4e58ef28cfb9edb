package dev.problemguide;

import dev.problemguide.internal.MessageBundle;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The texts and exception mappings of an application's messages files: {@code problem-messages.properties}
 * and its translations such as {@code problem-messages_de.properties}, UTF-8, on the class path.
 *
 * <p>Keys:
 * <ul>
 *   <li>{@code status.<code>.title} and {@code status.<code>.detail}: the texts of a status, replacing the
 *       guide's; the only placeholder is {@code {status}};</li>
 *   <li>{@code exception.<class>.status}, {@code .type}, {@code .title}, {@code .detail}: map an exception
 *       class and its subclasses to a problem. Status and type belong in the default file; titles and details
 *       may be translated. Their placeholders name the exception's {@link ProblemExtension} members, its
 *       public no-argument getters by property name, or {@code status}.</li>
 * </ul>
 *
 * <p>Everything is read and checked once, by {@link #load}: an unknown key, a status outside 100 to 599, a
 * class that does not exist, a type that is not a URI, a placeholder that names nothing, a malformed escape
 * or a file that is not UTF-8 fails with one message that names the file, the key and the problem.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9457#section-3.1">RFC 9457 section 3.1: title and detail</a>
 */
public final class ProblemMessages implements StatusTextSource {

    /** {@value}: the base name looked for when the application names none. */
    public static final String DEFAULT_BASE_NAME = "problem-messages";

    private final MessageBundle bundle;

    private ProblemMessages(MessageBundle bundle) {
        this.bundle = bundle;
    }

    /**
     * Loads and checks the messages files of a base name: the default file and every translation of it.
     *
     * @param baseName the base name, e.g. {@code problem-messages} or {@code i18n/errors}
     * @param loader   the class loader to find the files and the exception classes with
     * @return the messages, or {@code null} when there is neither a default file nor a translation
     * @throws IllegalStateException listing every problem found, each with its file, line and key
     */
    public static ProblemMessages load(String baseName, ClassLoader loader) {
        MessageBundle bundle = MessageBundle.load(Objects.requireNonNull(baseName, "baseName"),
                Objects.requireNonNull(loader, "loader"), type -> false);
        return bundle == null ? null : new ProblemMessages(bundle);
    }

    /**
     * Returns the base name the files were found under.
     *
     * @return the base name
     */
    public String baseName() {
        return bundle.baseName();
    }

    @Override
    public String title(int status, Locale locale) {
        return bundle.title(status, locale);
    }

    @Override
    public String detail(int status, Locale locale) {
        return bundle.detail(status, locale);
    }

    @Override
    public Set<Locale> locales() {
        return bundle.locales();
    }
}
