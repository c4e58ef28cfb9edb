/**
 * Problem Guide JSON: Jackson serialization of problems and the Jakarta REST reader and writer for
 * {@code application/problem+json} (RFC 9457 section 3).
 */
module dev.problemguide.json {
    requires transitive dev.problemguide;
    requires transitive jakarta.ws.rs;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.jakarta.rs.base;
    requires com.fasterxml.jackson.jakarta.rs.json;
    requires com.fasterxml.jackson.datatype.jsr310;

    exports dev.problemguide.json;
    // Jakarta REST runtimes inject ProblemJsonWriter's @Context field reflectively.
    opens dev.problemguide.json;

    provides com.fasterxml.jackson.databind.Module with dev.problemguide.json.ProblemModule;
}
