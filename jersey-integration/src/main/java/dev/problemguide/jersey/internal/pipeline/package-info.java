/**
 * One error's way from its context to the response: the per-error context, the chain of steps (texts, trace
 * id, instance, the application's post-processors), the log line and the response headers.
 *
 * <p>Internal to Problem Guide: not exported to applications; may change without notice.
 */
package dev.problemguide.jersey.internal.pipeline;
