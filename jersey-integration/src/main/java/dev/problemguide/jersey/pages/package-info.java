/**
 * The documentation of an application's problem types as files, for publishing on a documentation site: see
 * {@link dev.problemguide.jersey.pages.ProblemTypePages}. RFC 9457 section 3.1.1: a type URI that is a locator
 * should lead to human-readable documentation of the problem type.
 */
package dev.problemguide.jersey.pages;
