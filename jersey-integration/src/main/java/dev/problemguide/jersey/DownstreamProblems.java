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
     * The downstream's HTTP status, when it means the same to this service's caller, with the guide's texts for
     * that status, this service's own {@code instance} (and {@code traceId} on a 5xx), and nothing else of the
     * downstream's problem or headers: its type, title, detail, instance and extension members are not
     * forwarded.
     *
     * <p>The status passed on is a 4xx or 5xx that the status guide lists
     * ({@link dev.problemguide.StatusGuide#isListed}), except:
     * <ul>
     *   <li>{@code 401}, {@code 405}, {@code 407} and {@code 426}, which RFC 9110 requires to carry a header that is
     *       not passed on ({@code WWW-Authenticate}, {@code Allow}, {@code Proxy-Authenticate},
     *       {@code Upgrade});</li>
     *   <li>{@code 408} and {@code 413}, which would describe the caller's own connection and request, not the
     *       call that failed (and on which a container may close the caller's connection);</li>
     *   <li>{@code 511}, which asks the caller to log in to a network;</li>
     *   <li>{@code 418}, {@code 499} and {@code 599}, which the guide lists but the IANA registry does not
     *       assign.</li>
     * </ul>
     * Every other status (those, a status the guide does not list, anything below 400) is answered with the
     * {@code 502} of {@link #BAD_GATEWAY}. Headers the application added to the exception with
     * {@code withHeader} are answered. Logged as {@link #BAD_GATEWAY} is. Property value {@code status}.
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
