package dev.problemguide;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Maps an exception class, and its subclasses, to a problem: when such an exception escapes a resource,
 * the integration answers with this status and type instead of a 500.
 *
 * <p>The closest annotated class in the exception's superclass chain wins. Members left empty take
 * their defaults: {@code type} is {@code about:blank} (RFC 9457 section 4.2), {@code title} and
 * {@code detail} come from the status guide. The exception's message is never used, since it may hold
 * internals; expose data deliberately with {@link ProblemExtension}.
 *
 * <pre>{@code
 * @ProblemMapping(status = 404, type = "order-not-found", title = "Order not found")
 * public class OrderNotFoundException extends RuntimeException { ... }
 * }</pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9457#section-4">RFC 9457 section 4: defining new problem types</a>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ProblemMapping {

    /**
     * The HTTP status code of the problem (RFC 9457 section 3.1.2).
     *
     * @return a code from 100 to 599
     */
    int status();

    /**
     * The problem type (RFC 9457 section 3.1.1): an absolute URI, or a short name such as
     * {@code "order-not-found"} that the integration resolves against its configured type base URI.
     *
     * @return the type; empty (the default) for {@code about:blank}
     */
    String type() default "";

    /**
     * The title (RFC 9457 section 3.1.3).
     *
     * @return the title; empty (the default) for the status guide's
     */
    String title() default "";

    /**
     * The detail (RFC 9457 section 3.1.4).
     *
     * @return the detail; empty (the default) for the status guide's
     */
    String detail() default "";
}
