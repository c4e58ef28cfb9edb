package dev.problemguide.jersey.internal.mapping;

import dev.problemguide.RemoteProblemException;
import dev.problemguide.StatusGuide;
import dev.problemguide.jersey.DownstreamProblems;
import dev.problemguide.jersey.internal.pipeline.DeferredResponse;
import jakarta.ws.rs.core.Response;
import java.util.Set;

/**
 * What a downstream service's {@link RemoteProblemException} becomes when {@link DownstreamProblems} says not to
 * forward it: the guide's problem for 502, or for the downstream's status when that status means the same to
 * this service's caller, with only the headers the application added; what the downstream said goes to the log
 * line alone. {@link ExceptionResolver} decides when it is asked.
 */
final class DownstreamProblemResolver {

    /**
     * Statuses the guide lists that are never passed on: 401, 405, 407 and 426 need a header that is not passed
     * on ({@code WWW-Authenticate}, {@code Allow}, {@code Proxy-Authenticate}, {@code Upgrade}, RFC 9110 sections
     * 15.5.2, 15.5.6, 15.5.8, 15.5.22); 408 and 413 would describe the caller's connection and request, not the
     * call that failed (and a container may close the caller's connection on them); 511 asks the caller to log in
     * to a network (RFC 6585 section 6); 418 is unused in the IANA registry (RFC 9110 section 15.5.19), and 499
     * and 599 are not registered at all.
     */
    private static final Set<Integer> NEVER_PASSED_ON = Set.of(401, 405, 407, 408, 413, 426, 511, 418, 499, 599);

    private final DownstreamProblems choice;

    /**
     * Creates the decision of one feature.
     *
     * @param choice what a downstream's problem becomes
     */
    DownstreamProblemResolver(DownstreamProblems choice) {
        this.choice = choice;
    }

    /**
     * Tells whether a downstream's problem is answered as the application's own {@code ProblemException}.
     *
     * @return {@code true} for {@link DownstreamProblems#FORWARD}
     */
    boolean forwards() {
        return choice == DownstreamProblems.FORWARD;
    }

    /**
     * Returns the response for a downstream's problem that is not forwarded.
     *
     * @param exception the exception the application's call failed with
     * @return the deferred response, without anything of the downstream's problem or headers
     */
    Response toResponse(RemoteProblemException exception) {
        return DeferredResponse.ofDownstream(status(exception.responseStatus()), exception, exception.headers());
    }

    /**
     * Returns the status to answer a downstream's status with: 502, or with {@link DownstreamProblems#STATUS}
     * the downstream's own status when it is a 4xx or 5xx that the guide lists and that can be passed on.
     *
     * @param answered the status the downstream answered, from 100 to 599
     * @return the status to answer with
     */
    int status(int answered) {
        boolean passedOn = choice == DownstreamProblems.STATUS && answered >= 400 && answered <= StatusGuide.MAX_STATUS
                && StatusGuide.standard().isListed(answered) && !NEVER_PASSED_ON.contains(answered);
        return passedOn ? answered : 502;
    }
}
