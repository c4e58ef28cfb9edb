/**
 * Implementation of Problem Guide's JSON support; not exported, may change without notice.
 */
package dev.problemguide.json.internal;
