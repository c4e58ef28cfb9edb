/** The starter's plumbing: the option binding and the post-processor of Boot's {@code ResourceConfig}. */
package dev.problemguide.spring.boot.internal;
