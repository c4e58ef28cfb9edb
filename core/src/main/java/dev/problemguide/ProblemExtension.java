package dev.problemguide;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Exposes a public getter, public field or record component of a {@link ProblemMapping mapped}
 * exception as an extension member of its problem (RFC 9457 section 3.2).
 *
 * <p>Only what is annotated is exposed; nothing else of the exception reaches a client. A getter must
 * take no arguments. The member is named after the property ({@code getOrderId()} and a record component
 * {@code orderId} both give {@code orderId}) unless {@link #value()} names it.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9457#section-3.2">RFC 9457 section 3.2: extension members</a>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface ProblemExtension {

    /**
     * The extension member's name.
     *
     * @return the name; empty (the default) for the property's name
     */
    String value() default "";
}
