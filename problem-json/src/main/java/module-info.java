/**
 * Problem Guide JSON: Jackson serialization of problems and the Jakarta REST reader and writer for
 * {@code application/problem+json} (RFC 9457 section 3).
 */
module dev.problemguide.json {
    requires transitive dev.problemguide;
    requires transitive jakarta.ws.rs;
    requires transitive com.fasterxml.jackson.databind;
    exports dev.problemguide.json;
}
