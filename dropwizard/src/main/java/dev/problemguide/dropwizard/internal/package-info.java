/** The bundle's plumbing: Jetty's error handling of the application and admin connectors. */
package dev.problemguide.dropwizard.internal;
