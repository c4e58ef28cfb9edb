/**
 * A small application on the module path, compiled and run by ModulePathIT: it uses Problem Guide the way
 * the README's "Module path" paragraph says.
 */
module demo.app {
    requires dev.problemguide.jersey;
    requires dev.problemguide.client;
    // ProblemGrizzly's Grizzly types are optional ("requires static") in dev.problemguide.jersey, so the
    // application brings Grizzly and Jersey's Grizzly container itself.
    requires org.glassfish.jersey.container.grizzly2.http;
    requires org.glassfish.grizzly.http.server;

    // HK2 instantiates the resource and Jersey calls its methods, reflectively ("exports demo.app" would do too).
    opens demo.app to org.glassfish.jersey.core.server, org.glassfish.hk2.locator;
    // What the README asks: Problem Guide reads the @ProblemExtension members of the exceptions.
    // And the client builds it from a problem when it maps its type (ProblemClients.builder().map).
    opens demo.app.errors to dev.problemguide, dev.problemguide.client;
}
