/**
 * Problems for what a container answers before or outside Jersey (a request URI it cannot decode, a path no
 * application is mapped to, a header it refuses, an exception of another servlet or filter): one body for every
 * container guard, built from the status guide alone, since no application and no request context exist there.
 */
package dev.problemguide.jersey.internal.edge;
