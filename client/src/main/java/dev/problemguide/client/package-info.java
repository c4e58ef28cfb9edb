/**
 * The client side of Problem Guide: {@link dev.problemguide.client.ProblemClients#wrap} makes a Jakarta REST
 * client fail with the {@link dev.problemguide.RemoteProblemException} another service answered with, and
 * {@link dev.problemguide.client.ProblemResponses} reads the problem of a {@code Response} (RFC 9457 section 3).
 */
package dev.problemguide.client;
