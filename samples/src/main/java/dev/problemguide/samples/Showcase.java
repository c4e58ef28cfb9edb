package dev.problemguide.samples;

import java.net.URI;
import java.util.List;

/**
 * The requests the sample service prints as ready-to-paste {@code curl} commands, each with the status it
 * answers and what it shows. The end-to-end test sends the same requests, so the printed commands cannot rot.
 */
public final class Showcase {

    /**
     * One showcased request.
     *
     * @param shows          what the answer demonstrates
     * @param method         the method
     * @param path           the path and query, raw
     * @param acceptLanguage an {@code Accept-Language} header, or {@code null}
     * @param jsonBody       a JSON request body, or {@code null}
     * @param status         the status it answers with
     */
    public record Example(String shows, String method, String path, String acceptLanguage, String jsonBody,
                          int status) {

        /**
         * Returns the example as a {@code curl} command against a base URI.
         *
         * @param base e.g. {@code http://127.0.0.1:8080/}
         * @return the command, single-quoted for POSIX shells
         */
        public String curl(URI base) {
            StringBuilder command = new StringBuilder("curl -i");
            if (!method.equals("GET")) {
                command.append(" -X ").append(method);
            }
            if (acceptLanguage != null) {
                command.append(" -H 'Accept-Language: ").append(acceptLanguage).append('\'');
            }
            if (jsonBody != null) {
                command.append(" -H 'Content-Type: application/json' -d '").append(jsonBody).append('\'');
            }
            return command.append(" '").append(base.resolve(path.substring(1))).append('\'').toString();
        }
    }

    /** The examples, in the order they are printed. */
    public static final List<Example> EXAMPLES = List.of(
            new Example("404 from an annotated exception, with an orderId member", "GET", "/orders/7", null, null, 404),
            new Example("the same 404 in German", "GET", "/orders/7", "de", null, 404),
            new Example("404 for a third-party exception mapped in problem-messages.properties", "GET",
                    "/customers/c-1", null, null, 404),
            new Example("422: Bean Validation of a JSON body, errors with JSON pointers", "POST", "/orders", null,
                    "{\"customer_id\":\"\",\"items\":[{\"sku\":\"MUG\",\"quantity\":0}]}", 422),
            new Example("422: Bean Validation of a query parameter", "GET", "/orders?limit=500", null, null, 422),
            new Example("400: malformed JSON, in plain words", "POST", "/orders", null,
                    "{\"customer_id\":\"c-1\",\"items\":[", 400),
            new Example("409: a resource's bare Response.status(409) gets a body", "POST", "/orders/42/cancel", null,
                    null, 409),
            new Example("429 with Retry-After kept", "GET", "/quote", null, null, 429),
            new Example("500 for a bug: nothing leaked, a traceId to quote", "GET", "/reports/daily", null, null, 500),
            new Example("418 from ProblemException.of(418, null)", "GET", "/coffee", null, null, 418),
            new Example("404 for a path that does not exist", "GET", "/nowhere", null, null, 404),
            new Example("404 through the gateway: the order service's problem arrives as OrderNotFoundException, "
                    + "answered as the gateway's own", "GET", "/gateway/orders/7", null, null, 404),
            new Example("502 through the gateway: the order service's 500 does not leak", "GET",
                    "/gateway/reports/daily", null, null, 502));

    private Showcase() {
    }
}
