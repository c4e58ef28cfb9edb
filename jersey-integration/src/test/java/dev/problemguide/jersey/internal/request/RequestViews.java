package dev.problemguide.jersey.internal.request;

import java.util.Map;
import java.util.function.Function;

/** Requests for unit tests: a method, a path and headers, without a container. */
public final class RequestViews {

    private RequestViews() {
    }

    /**
     * A request.
     *
     * @param method  the method
     * @param path    the raw path
     * @param headers its headers by exact name; a lookup may also throw, standing in for a broken container
     * @return the request
     */
    public static RequestView of(String method, String path, Function<String, String> headers) {
        return new RequestView() {
            @Override
            public String method() {
                return method;
            }

            @Override
            public String rawPath() {
                return path;
            }

            @Override
            public String header(String name) {
                return headers.apply(name);
            }
        };
    }

    /**
     * A {@code GET /} with headers.
     *
     * @param headers the headers by exact name
     * @return the request
     */
    public static RequestView get(Map<String, String> headers) {
        return of("GET", "/", headers::get);
    }
}
