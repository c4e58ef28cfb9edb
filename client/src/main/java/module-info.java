/**
 * Problem Guide client: a Jakarta REST client whose calls fail with the
 * {@link dev.problemguide.RemoteProblemException} the other service answered with (RFC 9457 section 3),
 * whatever the call style: synchronous, asynchronous, {@code rx()} or a {@code Response} read afterwards.
 */
module dev.problemguide.client {
    requires transitive dev.problemguide.json;
    requires transitive jakarta.ws.rs;

    exports dev.problemguide.client;
}
