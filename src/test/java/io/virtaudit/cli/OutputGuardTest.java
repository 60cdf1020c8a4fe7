package io.virtaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No report replaces a file the run reads: inputs, files inside input folders and rule packs, the
 * policy, waivers, baseline and template, whatever path (links, {@code ..}) names them.
 */
class OutputGuardTest {

    @TempDir
    Path dir;

    private Path lab;

    @BeforeEach
    void lab() throws IOException {
        lab = dir.resolve("lab.yaml");
        Files.writeString(lab, CheckCommandTest.LAB);
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }

    private static void refused(CliRun run, Path kept, byte[] before) throws IOException {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: ").contains("the output would overwrite").doesNotContain("\tat ");
        assertThat(Files.readAllBytes(kept)).as("%s untouched", kept).isEqualTo(before);
    }

    @Test
    void aFileInsideAnInventoryFolderIsProtected() throws IOException {
        Path inv = dir.resolve("inv");
        copyFolder(Path.of("src/test/resources/csv/full"), inv);
        Path vms = inv.resolve("vms.csv");
        byte[] before = Files.readAllBytes(vms);
        CliRun run = CliRun.of("check", inv.toString(), "-o", vms.toString());
        refused(run, vms, before);
        assertThat(run.err()).isEqualTo("error: " + vms + ": the output would overwrite an input; choose another path\n");
        Path other = dir.resolve("other.csv");
        Files.createSymbolicLink(other, vms);
        CliRun linked = CliRun.of("check", inv.toString(), "-o", other.toString());
        refused(linked, vms, before);
        assertThat(linked.err()).contains(vms + ", which this run reads");
    }

    @Test
    void aTabInsideAnRvtoolsFolderIsProtected() throws IOException {
        Path tabs = dir.resolve("tabs");
        copyFolder(Path.of("src/test/resources/rvtools/csv"), tabs);
        Path vinfo = tabs.resolve("RVTools_tabvInfo.csv");
        byte[] before = Files.readAllBytes(vinfo);
        refused(CliRun.of("check", tabs.toString(), "-o", vinfo.toString()), vinfo, before);
        Path report = tabs.resolve("virtaudit-report.csv");
        Files.copy(vinfo, report);
        refused(CliRun.of("check", tabs.toString(), "-o", report.toString()), report, Files.readAllBytes(report));
    }

    @Test
    void pathsAreComparedAfterLinksAndDotDotAreResolved() throws IOException {
        Path real = Files.createDirectories(dir.resolve("real/sub"));
        Path estate = real.getParent().resolve("estate.json");
        Files.writeString(estate, "{\"formatVersion\": 1, \"estate\": {\"name\": \"x\", \"collectedAt\": \"2026-11-20T08:00:00Z\"}}");
        Path link = Files.createSymbolicLink(dir.resolve("lnk"), real);
        byte[] before = Files.readAllBytes(estate);
        refused(CliRun.of("check", link.resolve("../estate.json").toString(), "-o", estate.toString()), estate, before);
        Path reportLink = Files.createSymbolicLink(dir.resolve("report.json"), estate);
        refused(CliRun.of("check", estate.toString(), "-o", reportLink.toString()), estate, before);
    }

    @Test
    void aRulePacksDecisionTableIsProtected() throws IOException {
        Path pack = Files.createDirectories(dir.resolve("pack"));
        Path table = pack.resolve("mine.drl.xlsx");
        Files.copy(Path.of("rules/lifecycle.drl.xlsx"), table);
        byte[] before = Files.readAllBytes(table);
        refused(CliRun.of("check", lab.toString(), "--rules", pack.toString(), "-o", table.toString()), table, before);
        Path drl = pack.resolve("notes.md");
        Files.writeString(drl, "# my pack\n");
        refused(CliRun.of("rules", "doc", "--rules", pack.toString(), "-o", drl.toString()), drl, Files.readAllBytes(drl));
    }

    @Test
    void thePolicyWaiversBaselineAndTemplateAreProtected() throws IOException {
        Path policy = dir.resolve("policy.md");
        Files.writeString(policy, "policyVersion: 1\n");
        refused(CliRun.of("check", lab.toString(), "--policy", policy.toString(), "-o", policy.toString()), policy,
                Files.readAllBytes(policy));
        Path baselineRun = dir.resolve("previous.json");
        assertThat(CliRun.of("check", lab.toString(), "-o", baselineRun.toString()).exitCode()).isZero();
        byte[] baseline = Files.readAllBytes(baselineRun);
        refused(CliRun.of("check", lab.toString(), "--baseline", baselineRun.toString(), "--format", "json",
                "--output-dir", dir.toString(), "-o", baselineRun.toString()), baselineRun, baseline);
        Path template = dir.resolve("brand.xlsx");
        Files.copy(Path.of("reports-templates/virtaudit-report.xlsx"), template);
        refused(CliRun.of("check", lab.toString(), "--template", template.toString(), "-o", template.toString()),
                template, Files.readAllBytes(template));
    }

    @Test
    void aNewReportBesideTheInputsIsWritten() {
        CliRun run = CliRun.of("check", lab.toString(), "-o", dir.resolve("report.json").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }
}
