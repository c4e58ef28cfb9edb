/**
 * Problem Guide for OpenAPI: documents the problems each operation of a Jersey application can answer with in
 * the OpenAPI document that swagger-core generates, from the same mappings that produce them.
 *
 * <p>swagger-core's jars are automatic modules (hence the suppressed warnings); the application brings them.
 */
@SuppressWarnings({"module", "requires-automatic", "requires-transitive-automatic"})
module dev.problemguide.openapi {
    requires transitive dev.problemguide.jersey;
    requires dev.problemguide;
    requires jakarta.ws.rs;
    requires org.glassfish.jersey.core.common;
    requires transitive io.swagger.v3.jaxrs2;
    requires transitive io.swagger.v3.oas.models;
    requires transitive io.swagger.v3.oas.integration;
    requires io.swagger.v3.core;
    requires transitive io.swagger.v3.oas.annotations;
    requires com.fasterxml.jackson.annotation;
    requires com.fasterxml.jackson.databind;
    requires static transitive jakarta.servlet;

    exports dev.problemguide.openapi;

    provides dev.problemguide.internal.OptionSet with dev.problemguide.openapi.internal.OpenApiOptions;
    provides org.glassfish.jersey.internal.spi.AutoDiscoverable
            with dev.problemguide.openapi.internal.OpenApiOptionsCheck;
}
