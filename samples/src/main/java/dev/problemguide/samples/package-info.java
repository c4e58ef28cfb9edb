/**
 * A runnable order service on the embedded Grizzly server that shows what Problem Guide does with
 * every kind of error.
 */
package dev.problemguide.samples;
