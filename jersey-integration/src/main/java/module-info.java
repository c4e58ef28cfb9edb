/**
 * Problem Guide for Jersey: every error response becomes an RFC 9457 {@code application/problem+json} body.
 */
module dev.problemguide.jersey {
    requires transitive dev.problemguide.json;
    requires transitive jakarta.ws.rs;
    requires org.glassfish.jersey.core.common;
    requires transitive org.glassfish.jersey.core.server;
    requires com.fasterxml.jackson.core;
    requires static jakarta.annotation;
    requires static jakarta.validation;
    // Only for dev.problemguide.jersey.grizzly, on Grizzly.
    requires static transitive org.glassfish.grizzly.http.server;
    requires static transitive org.glassfish.jersey.container.grizzly2.http;

    exports dev.problemguide.jersey;
    exports dev.problemguide.jersey.grizzly;
    // Jersey's injection (HK2) sets the @Context fields of the mappers reflectively; nothing else is opened.
    opens dev.problemguide.jersey.internal;

    provides org.glassfish.jersey.internal.spi.AutoDiscoverable
            with dev.problemguide.jersey.internal.ProblemAutoDiscoverable;
}
