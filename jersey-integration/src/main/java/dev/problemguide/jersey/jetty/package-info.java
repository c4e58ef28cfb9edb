/**
 * Optional Jetty 12 support: {@link dev.problemguide.jersey.jetty.ProblemJetty#install} makes the errors Jetty
 * answers itself (a request URI it cannot decode, one too long, headers too large, an exception Jersey could not
 * map) RFC 9457 problems instead of Jetty's HTML pages. Needs {@code jetty-server} 12.0 or 12.1, which
 * {@code jersey-container-jetty-http} brings.
 */
package dev.problemguide.jersey.jetty;
