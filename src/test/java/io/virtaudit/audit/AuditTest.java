package io.virtaudit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.virtaudit.TestEstates;
import io.virtaudit.cli.Main;
import io.virtaudit.finding.FindingStatus;
import io.virtaudit.input.InputError;
import io.virtaudit.input.InputException;
import io.virtaudit.model.Estate;
import io.virtaudit.plugin.PluginJar;
import io.virtaudit.plugin.PluginJars;
import io.virtaudit.report.Report;
import io.virtaudit.waiver.Baseline;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facade a Java program embeds: the same findings as the command line, from the same inputs. */
class AuditTest {

    private static final Path ACME = Path.of("sample-data/acme-estate.yaml");
    private static final Path STRICT = Path.of("sample-data/policy-strict.yaml");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void aRunGivesTheFindingsOfTheCommandLine() throws IOException {
        Audit audit = Audit.builder().inputs(ACME).policy(STRICT).clock(TestEstates.CLOCK)
                .asOf(LocalDate.of(2026, 12, 7)).build();
        Report report = audit.run();
        List<Path> written = audit.write(report, dir.resolve("api/findings.json"));

        int code = Main.run(TestEstates.CLOCK, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                "check", ACME.toString(), "--policy", STRICT.toString(), "--as-of", "2026-12-07",
                "--format", "json", "--output-dir", dir.resolve("cli").toString());
        assertThat(code).isZero();
        assertThat(written).containsExactly(dir.resolve("api/findings.json"));
        JsonNode api = JSON.readTree(dir.resolve("api/findings.json").toFile());
        JsonNode cli = JSON.readTree(dir.resolve("cli/virtaudit-report.json").toFile());
        assertThat(api.get("findings")).isEqualTo(cli.get("findings")).isNotEmpty();
        assertThat(report.findings()).hasSize(cli.get("findings").size());
        assertThat(report.estate().name()).isEqualTo("ACME Production");
        assertThat(report.run().policy()).isEqualTo(STRICT.toString());
    }

    @Test
    void loadAndReportCompareTwoEstatesWithRulesCompiledOnce() {
        Audit audit = Audit.builder().clock(TestEstates.CLOCK).build();
        Estate lab = audit.load(List.of(Path.of("sample-data/lab.yaml")));
        Report first = audit.report(lab, null);
        Report again = audit.report(lab, new Baseline("first", first.findings()));
        assertThat(again.findings()).isNotEmpty().allMatch(f -> f.status() == FindingStatus.PERSISTING);
        assertThat(again.resolved()).isEmpty();
    }

    @Test
    void aPluginsFormatsServeTheFacadeToo() throws IOException {
        Path jar = PluginJar.example(dir.resolve("example-plugin.jar"));
        Path hosts = Files.writeString(dir.resolve("lab.hosts.txt"), "esx01 esxi\nesx02 esxi\n");
        try (PluginJars plugins = PluginJars.of(List.of(jar))) {
            Audit audit = Audit.builder().plugins(plugins.classLoader()).inputs(hosts).clock(TestEstates.CLOCK).build();
            Report report = audit.run();
            audit.write(report, dir.resolve("lab.count.txt"));
            assertThat(report.estate().counts()).containsEntry("hosts", 2);
            assertThat(dir.resolve("lab.count.txt")).hasContent(report.summary().findings() + "\n");
        }
    }

    @Test
    void aReportFileOfNoFormatIsRefusedByName() {
        Audit audit = Audit.builder().inputs(ACME).build();
        assertThatThrownBy(() -> audit.output(dir.resolve("report.pdf"))).isInstanceOf(InputException.class)
                .hasMessageContaining("report.pdf").hasMessageContaining("cannot tell the report format");
    }

    @Test
    void theInputsErrorsAreInputExceptionsAndWarningsGoToTheSink() throws IOException {
        Path broken = Files.writeString(dir.resolve("estate.yaml"), "formatVersion: 1\nhosts: [ {id: h1, bogus: 1} ]\n");
        List<InputError> warnings = new ArrayList<>();
        Audit audit = Audit.builder().inputs(broken).warnings(warnings::add).build();
        assertThatThrownBy(audit::run).isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).errors()).extracting(InputError::file)
                        .containsOnly(broken.toString()));
        assertThatThrownBy(() -> Audit.builder().build().run()).isInstanceOf(IllegalStateException.class);
    }
}
