/**
 * The compatibility matrix: one small Jersey application with Problem Guide, started in one container per JVM
 * (Grizzly, Jetty, the JDK HTTP server, Tomcat), and the behaviour table that every cell of the README's
 * Compatibility table must answer identically, over real HTTP.
 */
package dev.problemguide.compat.matrix;
