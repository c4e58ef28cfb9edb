/**
 * The client's plumbing, not exported: the proxies that decorate the Jakarta REST client objects, the bounded
 * reading of error bodies and their decoding into problems.
 */
package dev.problemguide.client.internal;
