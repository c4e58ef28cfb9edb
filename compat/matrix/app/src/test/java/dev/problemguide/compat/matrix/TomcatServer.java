package dev.problemguide.compat.matrix;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.Wrapper;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.apache.catalina.util.ServerInfo;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;

/** Embedded Tomcat with Jersey's servlet ({@code jersey-container-servlet}) mapped to {@code /*}. */
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
        jersey.addMapping(BASE_PATH + "/*");
        tomcat.start();
        return new TomcatServer(tomcat, connector.getLocalPort());
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
