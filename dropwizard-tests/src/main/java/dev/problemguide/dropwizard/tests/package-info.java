/** A Dropwizard service with {@code ProblemBundle}: the sample, and what the tests run. */
package dev.problemguide.dropwizard.tests;
