/**
 * A Spring Boot Jersey service with the Problem Guide starter, the same for Boot 4 and Boot 3.5 (the modules
 * {@code boot4} and {@code boot3} run it on their Boot), tested over real HTTP.
 */
package dev.problemguide.spring.boot.tests;
