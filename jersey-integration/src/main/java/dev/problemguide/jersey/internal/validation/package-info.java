/**
 * Bean Validation failures as problems with {@code errors}; the only package that touches
 * {@code jakarta.validation}, loaded only when it is on the class path.
 *
 * <p>Internal to Problem Guide: not exported to applications; may change without notice.
 */
package dev.problemguide.jersey.internal.validation;
