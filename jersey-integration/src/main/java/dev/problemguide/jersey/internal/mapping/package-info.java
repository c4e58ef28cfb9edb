/**
 * What an exception becomes: the mappings of exception classes (messages files, builder, annotation), the
 * exception families with rules of their own, and the decision between them.
 *
 * <p>Internal to Problem Guide: not exported to applications; may change without notice.
 */
package dev.problemguide.jersey.internal.mapping;
