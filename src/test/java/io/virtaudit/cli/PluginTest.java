package io.virtaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.virtaudit.TestEstates;
import io.virtaudit.plugin.PluginJar;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plugin jar adds an input format and a report format without a change to virtaudit: the example
 * plugin (src/test/plugin, README: Write a plugin) is compiled and jarred here, then a check reads
 * its host list and writes its count.
 */
class PluginTest {

    @TempDir
    static Path shared;

    private static Path plugin;

    @TempDir
    Path dir;

    private Path hosts;

    @BeforeAll
    static void buildTheExamplePlugin() throws IOException {
        plugin = PluginJar.example(shared.resolve("example-plugin.jar"));
    }

    private Path hostList() throws IOException {
        hosts = Files.writeString(dir.resolve("in.hosts.txt"), "esx01 esxi\nesx02 esxi\n\nesx03 proxmox\n");
        return hosts;
    }

    @Test
    void aCheckReadsThePluginsInputAndWritesItsFormat() throws IOException {
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("check", hostList().toString(), "--plugin", plugin.toString(),
                "--format", "count,json", "--output-dir", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        var json = new ObjectMapper().readTree(out.resolve("virtaudit-report.json").toFile());
        assertThat(json.get("estate").get("counts").get("hosts").asInt()).isEqualTo(3);
        int findings = json.get("summary").get("findings").asInt();
        assertThat(findings).isPositive();
        assertThat(Files.readString(out.resolve("virtaudit-report.count.txt"))).isEqualTo(findings + "\n");
        assertThat(run.out()).contains("in.hosts: " + findings + " findings")
                .contains("wrote " + out.resolve("virtaudit-report.count.txt"));
    }

    @Test
    void outputsNamedByTheirEndingAndTheOtherCommandsTakeThePluginToo() throws IOException {
        Path report = dir.resolve("n.count.txt");
        CliRun check = CliRun.of("check", hostList().toString(), "--plugin=" + plugin, "-o", report.toString());
        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(report).content().matches("\\d+\n");

        CliRun validate = CliRun.of("validate", hosts.toString(), "--plugin", plugin.toString());
        assertThat(validate.exitCode()).as(validate.err()).isZero();
        assertThat(validate.out()).contains(": valid (").contains(" 3 hosts,");

        Path estate = dir.resolve("estate.yaml");
        CliRun imported = CliRun.of("import", hosts.toString(), "--plugin", plugin.toString(), "-o", estate.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(Files.readString(estate)).contains("esx03").contains("proxmox");

        CliRun diff = CliRun.of("diff", hosts.toString(), estate.toString(), "--plugin", plugin.toString(),
                "--format", "count", "--output-dir", dir.resolve("diff").toString());
        assertThat(diff.exitCode()).as(diff.err()).isZero();
        assertThat(diff.out()).contains("0 introduced");
    }

    @Test
    void withoutThePluginItsFormatsAreUnknown() throws IOException {
        CliRun input = CliRun.of("check", hostList().toString(), "--format", "json", "--output-dir", dir.toString());
        assertThat(input.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(input.err()).isEqualTo("error: " + hosts + ": unknown input type: give an estate document (.yaml,"
                + " .yml, .json), an RVTools export (.xlsx, RVTools_tab*.csv or their folder), or CSV inventories"
                + " (hosts.csv, vms.csv, … or their folder)\n");
        CliRun format = CliRun.of("check", "sample-data/lab.yaml", "--format", "count", "--output-dir", dir.toString());
        assertThat(format.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(format.err()).isEqualTo(
                "error: --format: unknown format 'count'; available: xlsx, json, sarif, junit, csv, md\n");
    }

    @Test
    void withThePluginTheErrorsAndTheHelpListItsFormats() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "x\n");
        CliRun unknown = CliRun.of("validate", notes.toString(), "--plugin", plugin.toString());
        assertThat(unknown.err()).contains("unknown input type: give a host list (*.hosts.txt: a host id and its"
                + " hypervisor per line), an estate document");
        CliRun format = CliRun.of("check", "sample-data/lab.yaml", "--plugin", plugin.toString(), "--format", "pdf");
        assertThat(format.err()).isEqualTo(
                "error: --format: unknown format 'pdf'; available: xlsx, json, sarif, junit, csv, md, count\n");

        CliRun help = CliRun.of("check", "--help", "--plugin", plugin.toString());
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Formats to write into --output-dir: xlsx, json,")
                .containsPattern("sarif, junit, csv, md, count\\.")
                .containsPattern("  hosts +a host list \\(\\*\\.hosts\\.txt: a host id and its hypervisor per line\\)\\s+\\(plugin example-plugin\\.jar\\)")
                .containsPattern("  count +\\.count\\.txt \\(plugin example-plugin\\.jar\\)");
        CliRun plain = CliRun.of("check", "--help");
        assertThat(plain.out()).contains("  md        .md").doesNotContain("count").doesNotContain("hosts ");
    }

    @Test
    void theJarsInThePluginsFolderAreLoadedWithoutTheOption() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("plugins"));
        Files.copy(plugin, folder.resolve("example-plugin.jar"));
        Files.writeString(folder.resolve("README.md"), "not a jar: ignored\n");
        Path out = dir.resolve("out");
        StringWriter err = new StringWriter();
        int code = Main.run(TestEstates.CLOCK, new PrintWriter(new StringWriter()), new PrintWriter(err),
                Optional.of(folder), "check", hostList().toString(), "--format", "count", "--output-dir", out.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.resolve("virtaudit-report.count.txt")).content().matches("\\d+\n");
        StringWriter help = new StringWriter();
        Main.run(TestEstates.CLOCK, new PrintWriter(help), new PrintWriter(new StringWriter()), Optional.of(folder));
        assertThat(help.toString()).contains("Report formats").containsPattern("  count +\\.count\\.txt");
    }

    @Test
    void aMissingOrBrokenPluginIsAnInputError() throws IOException {
        CliRun missing = CliRun.of("check", "sample-data/lab.yaml", "--plugin", dir.resolve("nope.jar").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(missing.err()).isEqualTo("error: " + dir.resolve("nope.jar") + ": no such file\n");

        Path text = Files.writeString(dir.resolve("text.jar"), "not a zip\n");
        CliRun notAJar = CliRun.of("validate", "sample-data/lab.yaml", "--plugin", text.toString());
        assertThat(notAJar.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(notAJar.err()).startsWith("error: " + text + ": not a jar file").doesNotContain("\tat ")
                .hasLineCount(1);

        Path lost = PluginJar.build(Map.of("org/x/Real.java", "package org.x; public final class Real {}"),
                Map.of("io.virtaudit.report.ReportFormat", "org.x.Lost"), dir.resolve("lost.jar"));
        CliRun broken = CliRun.of("check", "sample-data/lab.yaml", "--plugin", lost.toString());
        assertThat(broken.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(broken.err()).startsWith("error: " + lost.toRealPath() + ": cannot load a report format: ")
                .contains("org.x.Lost").hasLineCount(1);
    }

    @Test
    void twoFormatsOfOneNameAreRefusedNamingBothJars() throws IOException {
        Path other = PluginJar.build(Map.of("org/y/OtherCount.java", """
                package org.y;
                public final class OtherCount implements io.virtaudit.report.ReportFormat {
                    public String name() { return "COUNT"; }
                    public java.util.List<String> extensions() { return java.util.List.of(".n"); }
                    public io.virtaudit.report.Reporter create(io.virtaudit.report.ReportSettings s) { return null; }
                }
                """), Map.of("io.virtaudit.report.ReportFormat", "org.y.OtherCount"), dir.resolve("other.jar"));
        CliRun clash = CliRun.of("check", "sample-data/lab.yaml", "--plugin", plugin.toString(), "--plugin", other.toString());
        assertThat(clash.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(clash.err()).isEqualTo("error: " + other.toRealPath() + ": report format 'COUNT' is also defined by "
                + plugin.toRealPath() + "; remove one of the two\n");

        Path json = PluginJar.build(Map.of("org/z/Json.java", """
                package org.z;
                public final class Json implements io.virtaudit.report.ReportFormat {
                    public String name() { return "json"; }
                    public java.util.List<String> extensions() { return java.util.List.of(".j"); }
                    public io.virtaudit.report.Reporter create(io.virtaudit.report.ReportSettings s) { return null; }
                }
                """), Map.of("io.virtaudit.report.ReportFormat", "org.z.Json"), dir.resolve("json.jar"));
        CliRun builtIn = CliRun.of("validate", "sample-data/lab.yaml", "--plugin", json.toString());
        assertThat(builtIn.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(builtIn.err()).isEqualTo("error: " + json.toRealPath()
                + ": report format 'json' is also one of virtaudit's own; remove one of the two\n");
    }
}
