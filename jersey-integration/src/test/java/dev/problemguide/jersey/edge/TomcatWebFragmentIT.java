package dev.problemguide.jersey.edge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.problemguide.json.testsupport.RawHttp.Answer;
import dev.problemguide.jersey.servlet.ProblemErrorServlet;
import dev.problemguide.json.testsupport.RawHttp;
import jakarta.servlet.ServletContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.scan.StandardJarScanner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;

/**
 * The jar's {@code META-INF/web-fragment.xml} in a WAR-like web application ({@code Tomcat.addWebapp}, which reads
 * {@code WEB-INF/web.xml} and the fragments of {@code WEB-INF/lib} as a deployed WAR does): with no set-up at all,
 * Tomcat's 404 becomes a problem. The jar in {@code WEB-INF/lib} is built here with only the fragment (the servlet
 * class itself comes from the class path, through the web application's parent class loader); class path scanning is
 * off, so that the fragment in {@code WEB-INF/lib} is the only one Tomcat sees. A second web application, the same
 * but without the jar, still answers HTML: the fragment is what makes the difference. The fragment itself is checked
 * against the Servlet 6.0 schema.
 */
class TomcatWebFragmentIT {

    /** A Servlet 6.0 web.xml, not metadata-complete (that would make Tomcat skip the fragments). */
    private static final String WEB_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee"
                     xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                     xsi:schemaLocation="https://jakarta.ee/xml/ns/jakartaee https://jakarta.ee/xml/ns/jakartaee/web-app_6_0.xsd"
                     version="6.0">
              <!-- What conf/web.xml gives every web application of a standalone Tomcat: static files, and their 404. -->
              <servlet>
                <servlet-name>default</servlet-name>
                <servlet-class>org.apache.catalina.servlets.DefaultServlet</servlet-class>
              </servlet>
              <servlet-mapping>
                <servlet-name>default</servlet-name>
                <url-pattern>/</url-pattern>
              </servlet-mapping>
            </web-app>
            """;

    private static final String NS = "https://jakarta.ee/xml/ns/jakartaee";

    @TempDir
    static Path baseDir;

    private static Tomcat tomcat;
    private static int port;

    @BeforeAll
    static void start() throws Exception {
        tomcat = new Tomcat();
        tomcat.setBaseDir(baseDir.toString());
        Files.createDirectories(baseDir.resolve("webapps"));
        tomcat.setConnector(TomcatServers.connector());
        // No conf/web.xml defaults (they add a JSP servlet, and Jasper is not here): the web.xml brings its own.
        tomcat.setAddDefaultWebXmlToWebapp(false);
        webapp("", true);
        webapp("/plain", false);
        tomcat.start();
        port = TomcatServers.port(tomcat);
    }

    @AfterAll
    static void stop() throws Exception {
        TomcatServers.stop(tomcat);
    }

    @Test
    void missingFileIsA404ProblemFromTheFragmentsErrorPage() throws IOException {
        Answer answer = RawHttp.send(port, "GET", "/other");

        TomcatEdgeIT.assertProblem(answer, 404);
        assertThat(answer.body()).contains("\"instance\":\"/other\"");
    }

    @Test
    void theFragmentsServletRequestedDirectlyIsA404Problem() throws IOException {
        Answer answer = RawHttp.send(port, "GET", ProblemErrorServlet.PATH);

        TomcatEdgeIT.assertProblem(answer, 404);
        assertThat(answer.body()).contains("\"instance\":\"" + ProblemErrorServlet.PATH + "\"");
    }

    @Test
    void withoutTheJarItIsTomcatsHtml() throws IOException {
        Answer answer = RawHttp.send(port, "GET", "/plain/other");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.header("Content-Type")).startsWith("text/html");
    }

    @Test
    void theFragmentIsValidServlet60AndDeclaresTheDefaultErrorPage() throws Exception {
        byte[] fragment = mainWebFragment();
        // Tomcat's copies of the schemas; only xml.xsd is imported by an absolute URL, which must not be fetched.
        URL xsd = ServletContext.class.getResource("resources/web-fragment_6_0.xsd");
        URL xmlXsd = ServletContext.class.getResource("resources/xml.xsd");
        DOMImplementationLS ls = (DOMImplementationLS) DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .getDOMImplementation();
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setResourceResolver((type, namespace, publicId, systemId, base) -> {
            if (!"http://www.w3.org/2001/xml.xsd".equals(systemId)) {
                return null;
            }
            LSInput input = ls.createLSInput();
            input.setSystemId(xmlXsd.toString());
            return input;
        });
        Schema schema = factory.newSchema(xsd);
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(fragment)));

        DocumentBuilderFactory builders = DocumentBuilderFactory.newInstance();
        builders.setNamespaceAware(true);
        Element root = builders.newDocumentBuilder().parse(new ByteArrayInputStream(fragment)).getDocumentElement();
        assertThat(root.getAttribute("version")).isEqualTo("6.0");
        assertThat(text(root, "name")).isEqualTo("problemguide");
        assertThat(text(root, "servlet-class")).isEqualTo(ProblemErrorServlet.class.getName());
        assertThat(text(root, "url-pattern")).isEqualTo(ProblemErrorServlet.PATH);
        // Only a location: the default error page, for every status and exception.
        Element errorPage = (Element) root.getElementsByTagNameNS(NS, "error-page").item(0);
        assertThat(errorPage.getElementsByTagNameNS(NS, "*").getLength()).isEqualTo(1);
        assertThat(text(errorPage, "location")).isEqualTo(ProblemErrorServlet.PATH);
    }

    private static String text(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(NS, name);
        assertThat(nodes.getLength()).as(name).isEqualTo(1);
        return nodes.item(0).getTextContent().trim();
    }

    /** A web application in a directory of its own: WEB-INF/web.xml, and the fragment's jar in WEB-INF/lib or not. */
    private static void webapp(String contextPath, boolean withFragment) throws IOException {
        Path docBase = baseDir.resolve(contextPath.isEmpty() ? "root" : contextPath.substring(1));
        Path webInf = Files.createDirectories(docBase.resolve("WEB-INF"));
        Files.writeString(webInf.resolve("web.xml"), WEB_XML, StandardCharsets.UTF_8);
        if (withFragment) {
            Path lib = Files.createDirectories(webInf.resolve("lib"));
            try (OutputStream out = Files.newOutputStream(lib.resolve("problemguide-fragment.jar"));
                    JarOutputStream jar = new JarOutputStream(out)) {
                jar.putNextEntry(new JarEntry("META-INF/web-fragment.xml"));
                jar.write(mainWebFragment());
                jar.closeEntry();
            }
        }
        Context context = tomcat.addWebapp(contextPath, docBase.toString());
        StandardJarScanner scanner = new StandardJarScanner();
        scanner.setScanClassPath(false);
        context.setJarScanner(scanner);
    }

    /** The web-fragment.xml of the main resources: the one next to ProblemErrorServlet, not any other jar's. */
    private static byte[] mainWebFragment() throws IOException {
        URL location = ProblemErrorServlet.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader only = new URLClassLoader(new URL[] {location}, null);
                InputStream in = only.getResourceAsStream("META-INF/web-fragment.xml")) {
            assertThat(in).as("META-INF/web-fragment.xml in " + location).isNotNull();
            return in.readAllBytes();
        }
    }
}
