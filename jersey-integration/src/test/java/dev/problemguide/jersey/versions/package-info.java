/**
 * Which Jersey, Jakarta and Jackson jars the tests really run on, checked against the versions the build pins
 * (system properties set by the parent pom, and by each compat module for its own cell).
 */
package dev.problemguide.jersey.versions;
