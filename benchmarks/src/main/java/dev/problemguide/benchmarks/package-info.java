/**
 * JMH benchmarks of Problem Guide's hot paths, run by {@code benchmarks/run-jmh.sh}; see BENCHMARKS.md.
 */
package dev.problemguide.benchmarks;
