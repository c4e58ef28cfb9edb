/**
 * Optional Grizzly support: answers with a problem even what escapes Jersey (a malformed request URI, an
 * exception Jersey could not map), which Grizzly would otherwise answer with an HTML page showing the
 * exception. Needs {@code jersey-container-grizzly2-http}.
 */
package dev.problemguide.jersey.grizzly;
