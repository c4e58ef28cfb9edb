/**
 * The catalog of the application's problem types, known at start-up, for the modules that document them.
 *
 * <p>Internal to Problem Guide: not exported to applications; may change without notice.
 */
package dev.problemguide.jersey.internal.catalog;
