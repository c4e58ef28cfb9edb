package dev.problemguide.client.internal;

import dev.problemguide.Problem;
import dev.problemguide.RemoteProblemException;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The problem types a client delivers as the application's own exceptions: a problem of a mapped type arriving
 * on any call becomes an instance of that class instead of a {@link RemoteProblemException}.
 *
 * <p>Types compare once resolved: a relative type in the answer is resolved against the request URI by the
 * decoding, and a relative mapped type against the type base URI, or without one against the request URI too,
 * so that a short name matches its absolute form.
 */
public final class ExceptionTypes {

    /** No mapped type: every problem stays a {@link RemoteProblemException}. */
    public static final ExceptionTypes NONE = new ExceptionTypes(List.of(), null);

    private final Map<URI, ExceptionFactory> absolute = new HashMap<>();
    private final Map<URI, ExceptionFactory> relative = new LinkedHashMap<>();

    /**
     * Creates the mapping of a client.
     *
     * @param factories   the mapped classes, each with a distinct type
     * @param typeBaseUri the base of relative mapped types (absolute, or a path resolved against the request URI),
     *                    or {@code null} for the request URI
     * @throws IllegalArgumentException if two classes have the same type once resolved
     */
    public ExceptionTypes(List<ExceptionFactory> factories, URI typeBaseUri) {
        for (ExceptionFactory factory : factories) {
            URI type = typeBaseUri == null ? factory.problemType() : typeBaseUri.resolve(factory.problemType());
            ExceptionFactory before = type.isAbsolute() ? absolute.putIfAbsent(type, factory) : null;
            if (before != null) {
                throw new IllegalArgumentException("Problem type " + type + " of " + factory.exceptionType().getName()
                        + " is mapped to " + before.exceptionType().getName() + " already");
            }
            if (!type.isAbsolute()) {
                // A path-absolute base (/problems/) gives path-absolute types, resolved per request as well.
                relative.put(type, factory);
            }
        }
    }

    /**
     * Returns what a call fails with for a remote problem: the mapped exception for its type, or the remote
     * problem itself. The remote problem is added to the mapped exception as suppressed, for its context; if
     * building the mapped exception fails (or gives {@code null}), the remote problem is returned, the failure
     * added to it as suppressed.
     *
     * @param remote the remote problem
     * @return the exception to throw
     */
    public RuntimeException deliver(RemoteProblemException remote) {
        if (absolute.isEmpty() && relative.isEmpty()) {
            return remote;
        }
        Problem problem = remote.problem();
        ExceptionFactory factory = absolute.get(problem.type());
        if (factory == null && !relative.isEmpty()) {
            URI base = ProblemDecoder.base(remote.requestUri());
            for (Map.Entry<URI, ExceptionFactory> candidate : relative.entrySet()) {
                if (base != null && base.resolve(candidate.getKey()).equals(problem.type())) {
                    factory = candidate.getValue();
                    break;
                }
            }
        }
        if (factory == null) {
            return remote;
        }
        try {
            RuntimeException mapped = factory.create(problem);
            // The call's context (request, response headers, where the call was made) stays at hand.
            mapped.addSuppressed(remote);
            return mapped;
        } catch (RuntimeException failure) {
            remote.addSuppressed(failure);
            return remote;
        }
    }
}
