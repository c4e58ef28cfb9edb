/**
 * How the error responses of an operation are inferred and written into the document.
 *
 * <p>Internal to Problem Guide: not exported; may change without notice.
 */
package dev.problemguide.openapi.internal;
