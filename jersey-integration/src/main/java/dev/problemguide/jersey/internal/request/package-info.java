/**
 * What a problem needs of the request: its method, path and headers, the negotiated language and the trace id.
 *
 * <p>Internal to Problem Guide: not exported to applications; may change without notice.
 */
package dev.problemguide.jersey.internal.request;
