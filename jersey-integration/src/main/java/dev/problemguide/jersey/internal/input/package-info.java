/**
 * Errors of the request's input: JSON bodies that cannot be read, parameters that cannot be converted, and the
 * JSON Pointers and parameter locations that say where.
 *
 * <p>Internal to Problem Guide: not exported to applications; may change without notice.
 */
package dev.problemguide.jersey.internal.input;
