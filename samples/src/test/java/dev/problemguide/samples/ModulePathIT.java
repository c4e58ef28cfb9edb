package dev.problemguide.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.module.FindException;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs an application of its own, module {@code demo.app} (sources in {@code src/test/resources/modulepath}),
 * on the module path in a child JVM and checks its answers over HTTP: every other test runs on the class
 * path, where module descriptors and the README's {@code opens ... to dev.problemguide} play no part.
 *
 * <p>The split: the module path holds exactly the {@link #MODULES} below, taken from this test's class path
 * (the reactor's Problem Guide jars or classes and the samples' dependencies), and the child JVM has no
 * class path at all; none was needed. Problem Guide, Jersey, Grizzly, Jackson and the Jakarta APIs have
 * descriptors, and the HK2 4.0.0-M3 jars, which have none, work as automatic modules. The whole class path
 * would not do: service binding then resolves Jersey's bean-validation module and Hibernate Validator (an
 * automatic module), which fails on {@code org/jboss/logging/BasicLogger}, and the test libraries would
 * come along. So everything of Bean Validation but its API, and the test libraries, are on neither path.
 */
class ModulePathIT {

    private static final long WAIT_SECONDS = 30;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String EOF = "\u0000end of the application's output";

    /** The modules on the child's module path, by name. */
    private static final List<String> MODULES = List.of(
            "dev.problemguide", "dev.problemguide.json", "dev.problemguide.jersey", "dev.problemguide.client",
            "jakarta.ws.rs", "jakarta.inject", "jakarta.annotation", "jakarta.activation",
            // jersey-server's descriptor requires jakarta.validation (not "static"): the API, without an
            // implementation, even for an application that does not validate.
            "jakarta.validation",
            "org.glassfish.jersey.core.common", "org.glassfish.jersey.core.server",
            // Also required by jersey-server's descriptor.
            "org.glassfish.jersey.core.client",
            "org.glassfish.jersey.inject.hk2",
            // Automatic modules (no descriptor in HK2 4.0.0-M3).
            "org.glassfish.hk2.api", "org.glassfish.hk2.locator", "org.glassfish.hk2.utilities",
            "org.aopalliance", "org.javassist",
            "org.glassfish.jersey.container.grizzly2.http",
            "org.glassfish.grizzly", "org.glassfish.grizzly.http", "org.glassfish.grizzly.http.server",
            "com.fasterxml.jackson.core", "com.fasterxml.jackson.databind", "com.fasterxml.jackson.annotation",
            "com.fasterxml.jackson.jakarta.rs.base", "com.fasterxml.jackson.jakarta.rs.json",
            "com.fasterxml.jackson.datatype.jsr310",
            // Required by the descriptor of com.fasterxml.jackson.jakarta.rs.json (which dev.problemguide.json
            // requires), although problem-json's pom excludes the jar: a module-path application must add it
            // back. It is on this class path through jersey-media-json-jackson.
            "com.fasterxml.jackson.module.jakarta.xmlbind");

    @TempDir
    static Path work;

    private static Process app;
    private static final List<String> OUTPUT = new ArrayList<>();
    private static HttpClient client;
    private static URI base;

    @BeforeAll
    static void startTheApplicationOnTheModulePath() throws Exception {
        String modulePath = modulePath();
        Path classes = compile(modulePath);

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // A short-lived JVM: C1 only and the serial collector start faster on a busy machine.
        ProcessBuilder builder = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "--module-path", classes + File.pathSeparator + modulePath, "--module", "demo.app/demo.app.Main", "60")
                .redirectError(work.resolve("stderr.txt").toFile());
        builder.environment().remove("CLASSPATH");
        builder.environment().remove("JDK_JAVA_OPTIONS");
        app = builder.start();

        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("(reading the output failed: " + e + ")");
            }
            lines.add(EOF);
        }, "module-path-app-output");
        reader.setDaemon(true);
        reader.start();

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (true) {
            String line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (line == null) {
                fail("The application printed no PORT= line within " + WAIT_SECONDS + " s" + diagnostics());
            }
            if (line.equals(EOF)) {
                fail("The application ended before printing its port" + diagnostics());
            }
            OUTPUT.add(line);
            if (line.startsWith("PORT=")) {
                base = URI.create("http://127.0.0.1:" + Integer.parseInt(line.substring(5)) + "/");
                break;
            }
        }
        // HTTP/1.1: by default the client asks to upgrade to h2c, and Grizzly then sends no Content-Type at all
        // (on every response, problem or not; as LoadIT does).
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(WAIT_SECONDS)).build();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (app == null) {
            return;
        }
        try {
            // Closing its standard input stops the application; the same as its own 60 s limit, only sooner.
            app.getOutputStream().close();
        } catch (IOException e) {
            // Already gone.
        }
        if (!app.waitFor(10, TimeUnit.SECONDS)) {
            app.destroyForcibly().waitFor(WAIT_SECONDS, TimeUnit.SECONDS);
        }
    }

    @Test
    void shouldRunProblemGuideAsNamedModulesWithoutAClassPath() {
        assertThat(OUTPUT).as("what the application says about its modules").contains(
                "MODULE demo.app named=true",
                "MODULE dev.problemguide named=true",
                "MODULE dev.problemguide.json named=true",
                "MODULE dev.problemguide.jersey named=true",
                "MODULE dev.problemguide.client named=true",
                "CLASSPATH=");
    }

    @Test
    void shouldDecodeAProblemWithAWrappedClientOnTheModulePath() {
        assertThat(OUTPUT).as("what the application's own wrapped client call failed with")
                .contains("CLIENT=RemoteProblemException 404 {orderId=7}");
        assertThat(OUTPUT).as("the same call with the exception's type mapped back, its package opened to the client")
                .contains("MAPPED=OrderNotFoundException orderId=7");
    }

    @Test
    void shouldReadTheExtensionMemberOfAnExceptionInAPackageOpenedToProblemGuide() throws Exception {
        Answer answer = get("orders/7");

        assertThat(answer.status()).as(answer.body()).isEqualTo(404);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.json().path("type").asText()).isEqualTo("https://problems.example.com/order-not-found");
        // The status guide's title: read from dev.problemguide's own resource, inside the named module.
        assertThat(answer.json().path("title").asText()).isEqualTo("Not Found");
        assertThat(answer.json().path("status").asInt()).isEqualTo(404);
        assertThat(answer.json().path("instance").asText()).isEqualTo("/orders/7");
        // Only there if dev.problemguide could call getOrderId() in demo.app.errors.
        assertThat(answer.json().path("orderId").isIntegralNumber()).as(answer.body()).isTrue();
        assertThat(answer.json().path("orderId").asLong()).isEqualTo(7);
        assertThat(answer.body()).doesNotContain("table orders");
    }

    @Test
    void shouldServeTheTypePagesOnTheModulePath() throws Exception {
        Answer page = get("problems/order-not-found");

        // Jersey calls the pages' handlers reflectively: only there if dev.problemguide.jersey opens them.
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.contentType()).isEqualTo("application/json");
        assertThat(page.json().path("type").asText()).isEqualTo("https://problems.example.com/order-not-found");
        assertThat(page.json().path("extensions").path("orderId").asText()).isEqualTo("integer");
    }

    @Test
    void shouldAnswerAServerErrorWithATraceIdAndWithoutItsMessage() throws Exception {
        Answer answer = get("broken");

        assertThat(answer.status()).as(answer.body()).isEqualTo(500);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.json().path("status").asInt()).isEqualTo(500);
        assertThat(answer.json().path("instance").asText()).isEqualTo("/broken");
        assertThat(answer.json().path("traceId").asText()).isNotBlank();
        assertThat(answer.body()).doesNotContain("hunter2").doesNotContain("secret").doesNotContain("jdbc")
                .doesNotContain("IllegalStateException").doesNotContain("demo.app");
    }

    @Test
    void shouldAnswerAnUnmatchedPathWithAProblem() throws Exception {
        Answer answer = get("no/such/path");

        assertThat(answer.status()).as(answer.body()).isEqualTo(404);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.json().path("type").asText()).isEqualTo("about:blank");
        assertThat(answer.json().path("title").asText()).isEqualTo("Not Found");
        assertThat(answer.json().path("status").asInt()).isEqualTo(404);
        assertThat(answer.json().path("instance").asText()).isEqualTo("/no/such/path");
    }

    record Answer(int status, String contentType, String body, JsonNode json) {
    }

    private static Answer get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(base.resolve(path))
                        .timeout(Duration.ofSeconds(WAIT_SECONDS)).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body(), MAPPER.readTree(response.body()));
    }

    /** Finds {@link #MODULES} on this test's class path, in that order. */
    private static String modulePath() {
        Map<String, Path> found = new LinkedHashMap<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            boolean candidate = Files.isDirectory(path) ? Files.exists(path.resolve("module-info.class"))
                    : Files.isRegularFile(path) && entry.endsWith(".jar");
            if (!candidate) {
                continue;
            }
            try {
                for (ModuleReference module : ModuleFinder.of(path).findAll()) {
                    found.putIfAbsent(module.descriptor().name(), path);
                }
            } catch (FindException e) {
                // Not usable as a module; and not one the application needs, as the check below tells.
            }
        }
        List<String> missing = MODULES.stream().filter(name -> !found.containsKey(name)).collect(Collectors.toList());
        assertThat(missing).as("modules not found on the test's class path %s", found.keySet()).isEmpty();
        return MODULES.stream().map(name -> found.get(name).toString())
                .collect(Collectors.joining(File.pathSeparator));
    }

    /** Compiles module demo.app against the module path. */
    private static Path compile(String modulePath) throws IOException, URISyntaxException {
        Path sources = Path.of(ModulePathIT.class.getResource("/modulepath/demo.app/module-info.java").toURI())
                .getParent();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(file -> file.toString().endsWith(".java")).collect(Collectors.toList());
        }
        Path classes = Files.createDirectories(work.resolve("demo.app"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac).as("the JDK's compiler (the tests need a JDK, not a JRE)").isNotNull();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fileManager = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            boolean compiled = javac.getTask(null, fileManager, diagnostics,
                    List.of("--release", "17", "-proc:none", "-Xlint:all", "-Werror", "--module-path", modulePath,
                            "-d", classes.toString()),
                    null, fileManager.getJavaFileObjectsFromPaths(files)).call();
            assertThat(compiled).as("compiling demo.app: %s", diagnostics.getDiagnostics()).isTrue();
        }
        return classes;
    }

    private static String diagnostics() {
        String stderr;
        try {
            stderr = Files.readString(work.resolve("stderr.txt"), StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            stderr = "(unreadable: " + e + ")";
        }
        return "\nstdout: " + OUTPUT + "\nstderr:\n" + stderr;
    }
}
