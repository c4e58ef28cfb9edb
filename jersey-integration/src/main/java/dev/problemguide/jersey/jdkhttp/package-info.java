/**
 * Optional support for the JDK's HTTP server ({@code com.sun.net.httpserver}, module {@code jdk.httpserver}):
 * {@link dev.problemguide.jersey.jdkhttp.ProblemJdkHttp#install} answers a path outside every context with an
 * RFC 9457 404 problem instead of the server's HTML page. What the server refuses while reading a request stays its
 * own: it has no hook there.
 */
package dev.problemguide.jersey.jdkhttp;
