package io.virtaudit;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The flow of conventions.md, checked over the compiled classes: inputs → importers → Estate →
 * rule engine → findings → waivers, baseline → Report → reporters, with input errors and the
 * shared readers at the bottom for every layer. Each package (with its subpackages) may use only
 * the packages listed for it below; no two packages, subpackages included, may use each other,
 * however long the way round.
 */
class LayersTest {

    private static final String BASE = "io.virtaudit";

    /** Each top-level package and the virtaudit packages it may use besides its own. */
    private static final Map<String, List<String>> MAY_USE = new LinkedHashMap<>();

    static {
        MAY_USE.put("model", List.of());
        MAY_USE.put("concurrent", List.of());
        MAY_USE.put("ooxml", List.of());
        MAY_USE.put("input", List.of("model"));
        MAY_USE.put("plugin", List.of("input"));
        MAY_USE.put("importer", List.of("model", "input", "plugin"));
        MAY_USE.put("rules", List.of("model", "input"));
        MAY_USE.put("finding", List.of("model", "rules"));
        MAY_USE.put("engine", List.of("model", "input", "rules", "finding", "concurrent"));
        MAY_USE.put("waiver", List.of("model", "input", "rules", "finding"));
        MAY_USE.put("report", List.of("model", "input", "rules", "finding", "waiver", "concurrent", "plugin", "ooxml"));
        MAY_USE.put("audit", List.of("model", "input", "plugin", "importer", "rules", "finding", "engine", "waiver",
                "report", "concurrent"));
        MAY_USE.put("fixture", List.of("model", "input", "importer", "rules", "finding", "engine", "report"));
        MAY_USE.put("generate", List.of("model", "input", "importer"));
        MAY_USE.put("cli", List.of("model", "input", "plugin", "importer", "rules", "finding", "engine", "waiver",
                "report", "audit", "fixture", "generate", "concurrent"));
    }

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    @Test
    void everyPackageHasItsPlaceInTheFlow() {
        Set<String> packages = new TreeSet<>();
        for (JavaClass type : CLASSES) {
            String rest = type.getPackageName().substring(BASE.length());
            packages.add(rest.isEmpty() ? "(io.virtaudit itself)" : rest.substring(1).replaceFirst("\\..*", ""));
        }
        assertThat(MAY_USE.keySet()).as("the layers this test knows; give a new package its place")
                .containsAll(packages);
    }

    /** docs/architecture.md has a paragraph for every package, so the guide cannot fall behind the code. */
    @Test
    void theArchitectureGuideDescribesEveryPackage() throws java.io.IOException {
        String guide = java.nio.file.Files.readString(java.nio.file.Path.of("docs/architecture.md"));
        assertThat(MAY_USE.keySet()).allSatisfy(pkg -> assertThat(guide).as("docs/architecture.md on " + pkg)
                .contains("- **`" + pkg + "`**"));
    }

    @TestFactory
    Stream<DynamicTest> eachPackageUsesOnlyThoseBeneathIt() {
        return MAY_USE.entrySet().stream().map(layer -> DynamicTest.dynamicTest(layer.getKey(), () -> {
            String own = BASE + "." + layer.getKey();
            List<String> allowed = layer.getValue().stream().map(p -> BASE + "." + p).toList();
            classes().that().resideInAPackage(own + "..")
                    .should().onlyDependOnClassesThat(describe(layer.getValue().isEmpty()
                            ? "are outside virtaudit or in " + own
                            : "are outside virtaudit, in " + own + " or in " + String.join(", ", layer.getValue()),
                            (JavaClass target) -> allowedTarget(target, own, allowed)))
                    .allowEmptyShould(true)
                    .check(CLASSES);
        }));
    }

    @Test
    void noTwoPackagesUseEachOther() {
        slices().matching(BASE + ".(**)").should().beFreeOfCycles().check(CLASSES);
    }

    private static boolean allowedTarget(JavaClass target, String own, List<String> allowed) {
        String name = target.getPackageName();
        if (!(name.equals(BASE) || name.startsWith(BASE + "."))) {
            return true;
        }
        return within(name, own) || allowed.stream().anyMatch(p -> within(name, p));
    }

    private static boolean within(String packageName, String root) {
        return packageName.equals(root) || packageName.startsWith(root + ".");
    }
}
