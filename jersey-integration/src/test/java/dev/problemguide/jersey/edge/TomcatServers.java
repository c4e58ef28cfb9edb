package dev.problemguide.jersey.edge;

import dev.problemguide.jersey.ProblemFeature;
import dev.problemguide.jersey.tomcat.ProblemTomcat;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.GET;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;

/**
 * Embedded Tomcat on 127.0.0.1 and an ephemeral port, with Jersey's {@code ServletContainer} at {@code /api/*} (the
 * feature and one resource, {@code /api/hello}) and a filter on {@code /boom/*} that throws with {@link #SECRET} in its
 * message; {@link ProblemTomcat#install} or not.
 */
final class TomcatServers {

    /** What must never reach a client: it is in the failing filter's exception message. */
    static final String SECRET = "SECRET-tomcat-3c9e";

    private TomcatServers() {
    }

    /** The one resource. */
    @jakarta.ws.rs.Path("hello")
    public static class HelloResource {
        /** @return a greeting */
        @GET
        public String hello() {
            return "hello";
        }
    }

    /** A filter of the web application (not of Jersey) that fails, so that Tomcat answers the 500. */
    public static final class BoomFilter implements Filter {
        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) {
            throw new IllegalStateException("filter failed with " + SECRET);
        }
    }

    /** The servlet behind the filter, never reached; there so that the filter chain runs at all. */
    public static final class FineServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.getWriter().write("fine");
        }
    }

    /**
     * A servlet that takes the writer, writes nothing and sends an error whose message holds {@link #SECRET}: the
     * error report valve must neither echo the message nor fail for the writer it cannot avoid.
     */
    public static final class WriterThenErrorServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.getWriter();
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "down for " + SECRET);
        }
    }

    /**
     * Starts a server, with a second context, {@code /bare}, that install never sees: its {@link
     * WriterThenErrorServlet}'s error goes to the Host's error report valve.
     *
     * @param baseDir Tomcat's base directory
     * @param install whether {@link ProblemTomcat#install} is called
     * @return the started server
     */
    // addServletMappingDecoded: deprecated on Tomcat 11, but the method Tomcat 10.1 has too.
    @SuppressWarnings("deprecation")
    static Tomcat start(Path baseDir, boolean install) throws LifecycleException {
        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(baseDir.toString());
        tomcat.setConnector(connector());
        Context context = tomcat.addContext("", baseDir.toString());
        Tomcat.addServlet(context, "jersey",
                new ServletContainer(new ResourceConfig(HelloResource.class).register(ProblemFeature.class)));
        context.addServletMappingDecoded("/api/*", "jersey");
        Tomcat.addServlet(context, "fine", new FineServlet());
        context.addServletMappingDecoded("/boom/*", "fine");
        FilterDef filter = new FilterDef();
        filter.setFilterName("boom");
        filter.setFilter(new BoomFilter());
        context.addFilterDef(filter);
        FilterMap map = new FilterMap();
        map.setFilterName("boom");
        map.addURLPatternDecoded("/boom/*");
        context.addFilterMap(map);
        if (install) {
            ProblemTomcat.install(context);
        }
        Context bare = tomcat.addContext("/bare", baseDir.toString());
        Tomcat.addServlet(bare, "writer-then-error", new WriterThenErrorServlet());
        bare.addServletMappingDecoded("/*", "writer-then-error");
        tomcat.start();
        return tomcat;
    }

    /** An HTTP/1.1 connector on 127.0.0.1, port 0 (the port comes from {@link #port}). */
    static Connector connector() {
        Connector connector = new Connector();
        connector.setProperty("address", "127.0.0.1");
        connector.setPort(0);
        return connector;
    }

    /** The port the started server's connector listens on. */
    static int port(Tomcat tomcat) {
        return tomcat.getConnector().getLocalPort();
    }

    /** Stops and destroys a server, if started. */
    static void stop(Tomcat tomcat) throws LifecycleException {
        if (tomcat != null) {
            tomcat.stop();
            tomcat.destroy();
        }
    }
}
