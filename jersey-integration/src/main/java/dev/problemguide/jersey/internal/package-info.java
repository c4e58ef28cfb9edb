/**
 * Implementation of the Jersey integration: mappers, the response filter, the auto-discoverable and the
 * responder they share. Not exported; may change without notice.
 */
package dev.problemguide.jersey.internal;
