/**
 * Jersey integration: {@code ProblemFeature} turns every error response of a Jersey application into an
 * RFC 9457 problem details body whose title and detail come from the status guide.
 */
package dev.problemguide.jersey;
