package dev.problemguide.samples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import dev.problemguide.Problem;
import dev.problemguide.client.ProblemClients;
import dev.problemguide.openapi.ProblemOpenApi;
import dev.problemguide.jersey.ProblemFeature;
import dev.problemguide.json.ProblemModule;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The architecture's rules, checked on the compiled classes: core depends on nothing but the JDK; dependencies
 * point toward core; the client needs only the Jakarta REST API; only the validation package touches Bean Validation; the samples and the benchmarks use
 * only the public API, never an {@code internal} package.
 */
class ArchitectureTest {

    private static final String LIBRARY = "dev.problemguide";
    private static JavaClasses library;
    private static JavaClasses samples;
    private static JavaClasses benchmarks;

    @BeforeAll
    static void importClasses() {
        // Each module's classes from its own jar or classes folder: faster than scanning the class path.
        ClassFileImporter importer = new ClassFileImporter();
        library = importer.importLocations(Stream.of(Problem.class, ProblemModule.class, ProblemFeature.class,
                        ProblemClients.class, ProblemOpenApi.class)
                .map(ArchitectureTest::location).collect(Collectors.toSet()));
        samples = importer.importLocations(Set.of(location(SampleServer.class)));
        // The benchmarks module is built before this one in the reactor; it is not a dependency of the samples.
        Path benchmarkClasses = Paths.get("..", "benchmarks", "target", "classes");
        assertThat(Files.isDirectory(benchmarkClasses)).as("build the benchmarks module first (mvn -B verify)").isTrue();
        benchmarks = new ClassFileImporter().importPath(benchmarkClasses);
        assertThat(library.contain(LIBRARY + ".Problem")).isTrue();
        assertThat(library.contain(LIBRARY + ".jersey.ProblemFeature")).isTrue();
        assertThat(library.contain(LIBRARY + ".client.ProblemClients")).isTrue();
        assertThat(library.contain(LIBRARY + ".openapi.ProblemOpenApi")).isTrue();
        assertThat(samples.contain(LIBRARY + ".samples.SampleServer")).isTrue();
        assertThat(benchmarks.contain(LIBRARY + ".benchmarks.ErrorPathBenchmark")).isTrue();
    }

    private static Location location(Class<?> type) {
        try {
            return Location.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void shouldKeepCoreFreeOfEveryDependencyButTheJdk() {
        classes().that().resideInAnyPackage(LIBRARY, LIBRARY + ".internal")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", LIBRARY, LIBRARY + ".internal")
                .check(library);
    }

    @Test
    void shouldPointDependenciesTowardCore() {
        noClasses().that().resideInAPackage(LIBRARY + ".json..")
                .should().dependOnClassesThat().resideInAPackage(LIBRARY + ".jersey..")
                .check(library);
        noClasses().that().resideInAnyPackage(LIBRARY, LIBRARY + ".internal")
                .should().dependOnClassesThat().resideInAnyPackage(LIBRARY + ".json..", LIBRARY + ".jersey..",
                        LIBRARY + ".client..")
                .check(library);
        noClasses().that().resideInAnyPackage(LIBRARY + ".json..", LIBRARY + ".jersey..")
                .should().dependOnClassesThat().resideInAPackage(LIBRARY + ".client..")
                .check(library);
        // OpenAPI builds on the Jersey integration; nothing builds on it, and it does not need the client.
        noClasses().that().resideInAnyPackage(LIBRARY, LIBRARY + ".internal", LIBRARY + ".json..",
                        LIBRARY + ".jersey..", LIBRARY + ".client..")
                .should().dependOnClassesThat().resideInAPackage(LIBRARY + ".openapi..")
                .check(library);
        noClasses().that().resideInAPackage(LIBRARY + ".openapi..")
                .should().dependOnClassesThat().resideInAPackage(LIBRARY + ".client..")
                .check(library);
    }

    @Test
    void shouldKeepTheClientOnTheJakartaRestApiAndThePublicJsonPackage() {
        // Any Jakarta REST client runtime, any Jersey line: nothing of Jersey, nothing of our server side.
        classes().that().resideInAPackage(LIBRARY + ".client..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "jakarta.ws.rs..", LIBRARY,
                        LIBRARY + ".internal", LIBRARY + ".json", LIBRARY + ".client..")
                .check(library);
    }

    @Test
    void shouldTouchBeanValidationOnlyInTheValidationPackage() {
        noClasses().that().resideOutsideOfPackage(LIBRARY + ".jersey.internal.validation")
                .should().dependOnClassesThat().resideInAPackage("jakarta.validation..")
                .check(library);
    }

    @Test
    void shouldUseNoInternalPackageInTheSamplesOrTheBenchmarks() {
        noClasses().should().dependOnClassesThat().resideInAPackage(LIBRARY + "..internal..")
                .check(samples);
        noClasses().should().dependOnClassesThat().resideInAPackage(LIBRARY + "..internal..")
                .check(benchmarks);
    }
}
