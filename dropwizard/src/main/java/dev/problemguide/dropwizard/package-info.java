/**
 * Problem Guide for Dropwizard: {@link dev.problemguide.dropwizard.ProblemBundle}, added in the application's
 * {@code initialize}, makes every error of the application's and the admin port's an RFC 9457
 * {@code application/problem+json} body, in place of Dropwizard's default exception mappers and Jetty's pages.
 */
package dev.problemguide.dropwizard;
