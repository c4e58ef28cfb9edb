/**
 * The feature's options: their definitions (the module's {@code OptionSet}) and their resolved values.
 *
 * <p>Internal to Problem Guide: not exported to applications; may change without notice.
 */
package dev.problemguide.jersey.internal.config;
