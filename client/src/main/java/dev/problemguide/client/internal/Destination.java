package dev.problemguide.client.internal;

import java.net.URI;
import java.util.function.Supplier;

/**
 * Where a decorated builder's calls go, and what their problems are delivered as.
 *
 * @param uri   the request URI, asked for only when a call fails: building it costs what a successful call
 *              should not spend
 * @param types the problem types delivered as the application's own exceptions
 */
record Destination(Supplier<URI> uri, ExceptionTypes types) {
}
