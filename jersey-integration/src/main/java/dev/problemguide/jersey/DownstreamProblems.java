package dev.problemguide.jersey;

/**
 * What a {@link dev.problemguide.RemoteProblemException} that escapes a resource becomes: the problem another
 * service answered one of the application's calls with (see {@code ProblemClients} in
 * {@code problemguide-client}). Its {@code detail}, {@code instance}, extension members and response headers
 * describe that other service, not this one, so by default none of it reaches this service's own caller.
 *
 * <p>Whatever the choice, an application's own {@code ExceptionMapper} for {@code RemoteProblemException} (or
 * a subclass), and a mapping of either by the builder, the messages file or {@code @ProblemMapping}, win over
 * it. Exception classes of the application's own, whatever turned a downstream's answer into them, are not
 * concerned: they are mapped like any other exception.
 *
 * @see ProblemFeature.Builder#downstreamProblems(DownstreamProblems)
 * @see ProblemProperties#DOWNSTREAM_PROBLEMS
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9457#section-3">RFC 9457 section 3</a>
 */
public enum DownstreamProblems {

    /**
     * A {@code 502 Bad Gateway} problem (RFC 9110 section 15.6.3) with the guide's title and detail,
     * {@code type} {@code about:blank}, this service's own {@code instance} (as {@link InstanceStrategy} says) and
     * {@code traceId}, and nothing of the downstream's problem or headers; the default. Headers that the
     * application itself added to the exception with {@code withHeader} are answered. The error's one log line
     * names the downstream's status, type, instance and trace id and the request that failed; it is written at
     * the client-error log level when the downstream answered a 4xx, else at the server-error level with the
     * stack trace. Property value {@code bad-gateway}.
     */
    BAD_GATEWAY,

    /**
     * The downstream's HTTP status (a 4xx or 5xx; {@code 502} for anything else) with the guide's texts for that
     * status, this service's own {@code instance} (and {@code traceId} on a 5xx), and nothing else of the
     * downstream's problem or headers: its type, title, detail, instance and extension members are not
     * forwarded. A status whose meaning needs a header (a {@code 401} needs {@code WWW-Authenticate}, a
     * {@code 405} {@code Allow}) is answered without it, unless the application added it to the exception with
     * {@code withHeader}. Logged as {@link #BAD_GATEWAY} is. Property value {@code status}.
     */
    STATUS,

    /**
     * The downstream's problem as if the application had thrown it as its own {@code ProblemException}: its
     * status, type, title, detail, instance and extension members are answered (RFC 9457 section 3.1), with the
     * headers the application added with {@code withHeader}. Only for services whose callers may see everything
     * the downstream says. Property value {@code forward}.
     */
    FORWARD
}
