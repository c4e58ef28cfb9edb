package dev.problemguide.compat.matrix;

import dev.problemguide.jersey.tomcat.ProblemTomcat;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.Wrapper;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.apache.catalina.util.ServerInfo;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;

/**
 * Embedded Tomcat with Jersey's servlet ({@code jersey-container-servlet}) mapped below {@value #BASE_PATH}, a servlet
 * filter that fails on {@code /api/filtered/*}, and {@link ProblemTomcat}.
 */
record TomcatServer(Tomcat tomcat, int port) implements MatrixServer {

    static TomcatServer start(ResourceConfig application) throws IOException, LifecycleException {
        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(Files.createTempDirectory("matrix-tomcat").toString());
        Connector connector = tomcat.getConnector();
        connector.setProperty("address", "127.0.0.1");
        connector.setPort(0);
        Context context = tomcat.addContext("", Files.createTempDirectory("matrix-docs").toString());
        Wrapper jersey = Tomcat.addServlet(context, "jersey", new ServletContainer(application));
        jersey.setAsyncSupported(true);
        // Started with Tomcat, not by the first request: its start-up log lines are not that request's.
        jersey.setLoadOnStartup(1);
        jersey.addMapping(BASE_PATH + "/*");
        // Another part of the application that fails: a servlet filter of its own, outside Jersey.
        FilterDef failing = new FilterDef();
        failing.setFilterName("failing");
        failing.setFilter(new FailingFilter());
        context.addFilterDef(failing);
        FilterMap failingPaths = new FilterMap();
        failingPaths.setFilterName("failing");
        failingPaths.addURLPattern(BASE_PATH + "/filtered/*");
        context.addFilterMap(failingPaths);
        // The README's line for embedded Tomcat, before start.
        ProblemTomcat.install(context);
        tomcat.start();
        return new TomcatServer(tomcat, connector.getLocalPort());
    }

    /** A filter that fails, with a secret in its message. */
    static final class FailingFilter implements Filter {
        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) {
            throw new IllegalStateException("filter failed: " + Orders.SECRET);
        }
    }

    @Override
    public String version() {
        return "Tomcat " + ServerInfo.getServerNumber();
    }

    @Override
    public void close() {
        try {
            tomcat.stop();
            tomcat.destroy();
        } catch (LifecycleException e) {
            throw new IllegalStateException(e);
        }
    }
}
