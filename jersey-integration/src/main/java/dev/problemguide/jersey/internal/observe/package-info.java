/**
 * What the feature reports of each problem besides its log line: a Micrometer counter ({@code ProblemMetrics}) and
 * the current OpenTelemetry span ({@code ProblemSpans}), each only when its library is on the class path.
 */
package dev.problemguide.jersey.internal.observe;
