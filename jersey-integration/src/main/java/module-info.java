/**
 * Problem Guide for Jersey: every error response becomes an RFC 9457 {@code application/problem+json} body.
 */
@SuppressWarnings({"module", "requires-automatic"})
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
    requires static org.glassfish.grizzly;
    requires static org.glassfish.grizzly.http;
    // Only for the container guards: .servlet and .tomcat (Tomcat's jar carries the Servlet API), .jetty, .jdkhttp.
    // Not transitive, though the guards' public API names their types (Tomcat's Context, Jetty's Server): javac
    // would then ask every module that reads this one for Tomcat and Jetty, which an application in another
    // container does not have. Those guards suppress the "exports" lint instead. The JDK's server is always there.
    requires static org.apache.tomcat.embed.core;
    requires static org.eclipse.jetty.server;
    requires static transitive jdk.httpserver;
    // Optional observability: Micrometer's counters (the builder names its registry, hence the "exports" lint
    // suppressed there) and the OpenTelemetry API's current span.
    requires static micrometer.core;
    requires static io.opentelemetry.api;
    requires static io.opentelemetry.context;

    exports dev.problemguide.jersey;
    exports dev.problemguide.jersey.grizzly;
    exports dev.problemguide.jersey.servlet;
    exports dev.problemguide.jersey.tomcat;
    exports dev.problemguide.jersey.jetty;
    exports dev.problemguide.jersey.jdkhttp;
    exports dev.problemguide.jersey.pages;
    // The catalog of problem types and the option registry, for Problem Guide's own modules still to come.
    exports dev.problemguide.jersey.internal.catalog to dev.problemguide.client, dev.problemguide.openapi,
            dev.problemguide.spring.boot, dev.problemguide.dropwizard;
    exports dev.problemguide.jersey.internal.config to dev.problemguide.openapi, dev.problemguide.spring.boot,
            dev.problemguide.dropwizard;
    // Jersey's injection (HK2) sets the @Context fields of the mappers reflectively.
    opens dev.problemguide.jersey.internal.provider;
    opens dev.problemguide.jersey.internal.validation;
    // Jersey calls the type pages' handlers (Inflector) reflectively.
    opens dev.problemguide.jersey.internal.pages;

    provides org.glassfish.jersey.internal.spi.AutoDiscoverable
            with dev.problemguide.jersey.internal.provider.ProblemAutoDiscoverable;
    provides dev.problemguide.internal.OptionSet with dev.problemguide.jersey.internal.config.FeatureOptions;
}
