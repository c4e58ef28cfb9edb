package dev.problemguide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Proves that {@code core} needs nothing but the JDK: neither its module descriptor nor any of its
 * compiled classes refer to anything outside {@code java.base}.
 */
class CoreHasNoDependenciesTest {

    private static Path classes() throws Exception {
        return Path.of(Problem.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @Test
    void shouldRequireOnlyJavaBaseInTheModuleDescriptor() throws Exception {
        ModuleReference module = ModuleFinder.of(classes()).find("dev.problemguide").orElseThrow();

        assertThat(module.descriptor().requires())
                .extracting(ModuleDescriptor.Requires::name)
                .containsExactly("java.base");
        assertThat(module.descriptor().exports())
                .filteredOn(export -> !export.isQualified())
                .extracting(ModuleDescriptor.Exports::source)
                .containsExactly("dev.problemguide");
        // The internals are shared with Problem Guide's own modules only.
        assertThat(module.descriptor().exports())
                .filteredOn(ModuleDescriptor.Exports::isQualified)
                .allSatisfy(export -> assertThat(export.targets()).allMatch(t -> t.startsWith("dev.problemguide.")));
    }

    @Test
    void shouldReferToNoClassOutsideTheJdkBase() throws Exception {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);

        int exit = jdeps.run(print, print, "-verbose:package", classes().toString());

        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(report).isZero();
        // Lines look like "   dev.problemguide    -> java.util    java.base"; the last column names the module.
        List<String> targets = Arrays.stream(report.split("\\R"))
                .filter(line -> line.contains("->"))
                .map(line -> line.trim().split("\\s+"))
                .map(fields -> fields[fields.length - 1])
                .distinct()
                .collect(Collectors.toList());
        assertThat(targets).as(report).isNotEmpty().allMatch(t -> t.equals("java.base") || t.equals("dev.problemguide"));
    }
}
