package dev.problemguide.client.internal;

import dev.problemguide.Problem;
import dev.problemguide.RemoteProblemException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.RedirectionException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.client.ResponseProcessingException;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * What a typed call returns or throws for a response: its entity for a 2xx, a {@link RemoteProblemException}
 * for a 4xx or 5xx, and for anything else the exception Jakarta REST itself throws.
 */
final class Outcomes {

    private Outcomes() {
    }

    /**
     * Returns the entity of a successful response, or throws what the response stands for.
     *
     * @param response the response, closed unless the entity is a stream the caller reads
     * @param type     the entity type the caller asked for
     * @param request  the request, for the exception
     * @param <T>      the entity type
     * @return the entity
     * @throws RuntimeException           for a 4xx or 5xx: a {@link RemoteProblemException} or the mapped exception
     * @throws ResponseProcessingException if the entity cannot be read, as Jakarta REST throws it
     * @throws WebApplicationException     for a 1xx or 3xx, as Jakarta REST throws it
     */
    static <T> T entity(Response response, GenericType<T> type, Request request) {
        int status = response.getStatus();
        if (status >= 200 && status < 300) {
            try {
                // By class when the type is one: Jersey reads a Class with less work than a GenericType.
                return type.getType() instanceof Class<?> ? cast(response.readEntity(type.getRawType()))
                        : response.readEntity(type);
            } catch (ProcessingException e) {
                // As Jersey's own typed calls: a plain ProcessingException gives way to its cause.
                throw new ResponseProcessingException(response,
                        e.getClass() == ProcessingException.class ? e.getCause() : e);
            } catch (RuntimeException e) {
                throw new ResponseProcessingException(response, e);
            }
        }
        if (status >= 400 && status < 600) {
            throw problem(response, request);
        }
        // What Jakarta REST answers to a typed call for a redirection it did not follow, or an odd status.
        response.bufferEntity();
        if (status >= 300 && status < 400) {
            throw new RedirectionException(response);
        }
        throw new WebApplicationException(response);
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object entity) {
        // The raw type of a GenericType<T> made from a Class is that Class<T>.
        return (T) entity;
    }

    /**
     * Reads an error response (at most 64 KB of it) into the exception a call fails with, and closes it: a
     * {@link RemoteProblemException}, or the application's exception its problem type is mapped to.
     *
     * @param response the response, with a 4xx or 5xx status
     * @param request  the request
     * @return the exception
     */
    static RuntimeException problem(Response response, Request request) {
        int status = response.getStatus();
        MediaType mediaType = response.getMediaType();
        MultivaluedMap<String, String> headers = response.getStringHeaders();
        ErrorBody body = ErrorBody.read(response);
        URI uri = request.uri();
        Problem problem = ProblemDecoder.decode(status, mediaType, body, uri);
        return request.destination().types()
                .deliver(new RemoteProblemException(problem, status, headers, request.method(), uri));
    }

    /**
     * The request a response answers: what the exception reports, and the base of a relative problem type.
     *
     * @param method      the HTTP method
     * @param destination where the request went: its URI, asked for only when a call fails, and the problem
     *                    types delivered as the application's own exceptions
     */
    record Request(String method, Destination destination) {

        private static final URI UNKNOWN = URI.create("");

        /**
         * Returns the request URI.
         *
         * @return the URI; empty when it cannot be known (a template left unresolved)
         */
        public URI uri() {
            try {
                URI uri = destination.uri().get();
                return uri == null ? UNKNOWN : uri;
            } catch (RuntimeException e) {
                return UNKNOWN;
            }
        }
    }
}
