package io.virtaudit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The built-in report formats, found through META-INF/services as a plugin's are. */
class ReporterRegistryTest {

    private final ReporterRegistry registry = ReporterRegistry.builtIn();

    @Test
    void theBuiltInsInTheOrderTheHelpDocumentsThem() {
        assertThat(registry.names()).containsExactly("xlsx", "json", "sarif", "junit", "csv", "md");
        assertThat(registry.formats()).allSatisfy(f -> assertThat(registry.pluginOf(f)).isEmpty());
    }

    @Test
    void eachMakesItsReporterWithItsDefaultFileName() {
        for (ReportFormat format : registry.formats()) {
            Reporter reporter = format.create(ReportSettings.defaults());
            assertThat(reporter.format()).isEqualTo(format.name());
            assertThat(reporter.defaultFileName()).isEqualTo(format.defaultFileName());
        }
    }

    @Test
    void theLongestEndingPicksTheFormat() {
        assertThat(registry.forFile(Path.of("out/report.junit.xml"))).map(ReportFormat::name).contains("junit");
        assertThat(registry.forFile(Path.of("ci.XML"))).map(ReportFormat::name).contains("junit");
        assertThat(registry.forFile(Path.of("scan.sarif.json"))).map(ReportFormat::name).contains("sarif");
        assertThat(registry.forFile(Path.of("findings.json"))).map(ReportFormat::name).contains("json");
        assertThat(registry.forFile(Path.of("report.pdf"))).isEmpty();
        assertThat(registry.named(" XLSX ")).map(ReportFormat::name).contains("xlsx");
        assertThat(registry.named("pdf")).isEmpty();
    }
}
