/**
 * Problem Guide for Spring Boot: the auto-configuration that puts {@code ProblemFeature} on Boot's Jersey
 * application, binds the {@code problemguide.*} options from Boot's configuration (relaxed names, profiles,
 * environment variables) and answers embedded Tomcat's own errors with problems. Add the starter; there is nothing
 * to write.
 */
package dev.problemguide.spring.boot;
