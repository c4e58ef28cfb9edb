package dev.problemguide.jersey;

/**
 * What the {@code instance} member of a problem holds (RFC 9457 section 3.1.5).
 */
public enum InstanceStrategy {
    /** The path of the request, e.g. {@code /orders/42}, as the client sent it (percent-encoded); the default. */
    REQUEST_PATH,
    /** No {@code instance} member. */
    NONE,
    /**
     * {@code urn:uuid:} followed by the trace id of the occurrence, which every problem then also carries
     * as its {@code traceId} extension member, so a client can quote it to support.
     */
    TRACE_ID
}
