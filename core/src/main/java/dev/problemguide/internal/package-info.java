/**
 * Implementation of Problem Guide's core; not exported, may change without notice.
 */
package dev.problemguide.internal;
