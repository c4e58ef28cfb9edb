/**
 * Documents Problem Guide's problems in swagger-core's OpenAPI document: {@link
 * dev.problemguide.openapi.ProblemOpenApiReader}, the reader that adds them, and {@link
 * dev.problemguide.openapi.ProblemOpenApi}, which configures swagger's {@code OpenApiResource} to use it and
 * sets this module's options.
 */
package dev.problemguide.openapi;
