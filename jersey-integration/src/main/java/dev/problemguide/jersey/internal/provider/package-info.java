/**
 * The Jersey providers Problem Guide registers: the exception mappers, the response filter and the
 * auto-discoverable. Opened to Jersey's injection, which sets their {@code @Context} fields.
 *
 * <p>Internal to Problem Guide: not exported to applications; may change without notice.
 */
package dev.problemguide.jersey.internal.provider;
