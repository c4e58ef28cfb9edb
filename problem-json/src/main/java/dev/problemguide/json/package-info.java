/**
 * JSON for RFC 9457 problem details: the {@code application/problem+json} media type
 * (RFC 9457 section 6.1), Jackson serialization of {@link dev.problemguide.Problem}, and the
 * Jakarta REST reader and writer.
 */
package dev.problemguide.json;
