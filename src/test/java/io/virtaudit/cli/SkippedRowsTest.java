package io.virtaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.virtaudit.importer.rvtools.RvtoolsExportWriter;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-row policy end to end: an RVTools export with rows that describe nothing (a VM without
 * its host, a host listed twice, a vTools row for a VM vInfo lacks, two VMs of one name) and a CSV
 * inventory with a row without its id are imported, never refused. Each skipped row is one warning
 * line, counted in {@code summary.skippedRows}, listed under {@code estate.sources}, reported by
 * DAT-002 and on the workbook's Method sheet; {@code import} keeps the list, so checking the
 * imported document reports the same.
 */
class SkippedRowsTest {

    private static final String VC = "vc-b.example.net";

    @TempDir
    Path dir;

    private Path export() {
        RvtoolsExportWriter w = new RvtoolsExportWriter();
        w.tab("vInfo", "VM", "Powerstate", "CPUs", "Memory", "Host", "Cluster", "VM ID", "VI SDK Server")
                .row("web01", "poweredOn", 2, 4096, "esx01", "CL1", "vm-101", VC)
                .row("orphan", "poweredOn", 2, 4096, null, "CL1", "vm-102", VC)
                .row("fileserver01", "poweredOn", 2, 4096, "esx01", "CL1", "vm-1043", VC)
                .row("fileserver01", "poweredOff", 2, 4096, "esx01", "CL1", "vm-2077", VC)
                .row("web01", "poweredOn", 2, 4096, "esx01", "CL1", "vm-101", VC)
                .row(null, null, 8, 16384, null, null, null, null);
        w.tab("vTools", "VM", "Tools", "VM ID", "VI SDK Server")
                .row("web01", "toolsOk", "vm-101", VC)
                .row("ghost", "toolsOk", "vm-999", VC)
                .row("fileserver01", "toolsOld", "vm-2077", VC);
        w.tab("vHost", "Host", "Cluster", "# Memory", "VI SDK Server")
                .row("esx01", "CL1", 262144, VC)
                .row("esx01", "CL1", 262144, VC);
        w.tab("vMetaData", "RVTools version", "xlsx creation datetime", "Server")
                .row("4.7.1.4", LocalDateTime.of(2026, 2, 18, 11, 1, 52), VC);
        return w.writeXlsx(dir.resolve("site-b.xlsx"));
    }

    @Test
    void badRowsAreSkippedWarnedCountedAndReported() throws Exception {
        Path export = export();
        Path cmdb = Files.writeString(dir.resolve("vms.csv"), "id,environment\nweb01,production\n,test\n");
        Path out = dir.resolve("out");
        Path json = out.resolve("virtaudit-report.json");
        Path xlsx = out.resolve("virtaudit-report.xlsx");
        CliRun run = CliRun.of("check", export.toString(), cmdb.toString(), "--format", "json,xlsx", "--output-dir",
                out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err().lines().filter(l -> l.startsWith("warning:")).toList()).containsExactly(
                "warning: " + export + ":vInfo!5: VM name 'fileserver01' is used by more than one VM (VM IDs vm-1043,"
                        + " vm-2077, …): each is named 'NAME (VM ID)'",
                "warning: " + export + ":vInfo!3: row skipped: no Host",
                "warning: " + export + ":vInfo!6: row skipped: repeats vInfo!2 (VM web01)",
                "warning: " + export + ":vInfo!7: row skipped: no VM",
                "warning: " + export + ":vTools!3: row skipped: VM not in vInfo",
                "warning: " + export + ":vHost!3: row skipped: repeats vHost!2 (Host esx01)",
                "warning: " + cmdb + ":3: row skipped: no id");

        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertThat(report.at("/summary/skippedRows").asInt()).isEqualTo(6);
        assertThat(report.at("/estate/counts/vms").asInt()).isEqualTo(3);
        assertThat(report.at("/estate/collectedAt").asText()).isEqualTo("2026-02-18T11:01:52Z");
        assertThat(report.at("/estate/sources/0/id").asText()).isEqualTo(VC);
        assertThat(report.at("/estate/sources/0/tool").asText()).isEqualTo("RVTools 4.7.1.4");
        assertThat(report.at("/estate/sources/0/file").asText()).isEqualTo("site-b.xlsx");
        assertThat(report.at("/estate/sources/0/skipped/0/at").asText()).isEqualTo("vInfo!3");
        assertThat(report.at("/estate/sources/1/id").asText()).isEqualTo("vms.csv");
        assertThat(report.at("/estate/sources/1/skipped/0/at").asText()).isEqualTo("vms.csv:3");
        List<String> dat002 = new ArrayList<>();
        report.get("findings").forEach(f -> {
            if (f.get("ruleId").asText().equals("DAT-002")) {
                dat002.add(f.get("message").asText());
            }
        });
        assertThat(dat002).containsExactlyInAnyOrder(
                "site-b.xlsx: 3 vInfo rows, 1 vTools row, 1 vHost row skipped: vInfo!3 no Host;"
                        + " vInfo!6 repeats vInfo!2 (VM web01); vInfo!7 no VM; vTools!3 VM not in vInfo;"
                        + " vHost!3 repeats vHost!2 (Host esx01)",
                "vms.csv: 1 vms.csv row skipped: vms.csv:3 no id");
        List<String> vms = new ArrayList<>();
        report.get("findings").forEach(f -> {
            if (f.at("/subject/type").asText().equals("vm")) {
                vms.add(f.at("/subject/id").asText());
            }
        });
        assertThat(vms).as("the two VMs of one name are told apart").contains("fileserver01 (vm-2077)")
                .doesNotContain("orphan", "ghost");

        assertThat(methodSheet(xlsx)).contains("Data quality", "Rows skipped on import | 6",
                VC + " | site-b.xlsx | vInfo!3 | no Host", "vms.csv | vms.csv | vms.csv:3 | no id",
                VC + " | rvtools | 2026-02-18T11:01:52Z | RVTools 4.7.1.4 | site-b.xlsx | 5");
        CliRun failOnInfo = CliRun.of("check", export.toString(), "--fail-on", "info", "-o", dir.resolve("f.json").toString());
        assertThat(failOnInfo.exitCode()).as("DAT-002 is an info finding").isEqualTo(4);
    }

    @Test
    void anImportedDocumentKeepsTheSkippedRowsAndReportsThemAgain() throws Exception {
        Path export = export();
        Path imported = dir.resolve("estate.yaml");
        CliRun importRun = CliRun.of("import", export.toString(), "-o", imported.toString());
        assertThat(importRun.exitCode()).as(importRun.err()).isZero();
        assertThat(Files.readString(imported)).contains("reason: no Host").contains("kind: rvtools");

        Path fromExport = dir.resolve("a.json");
        Path fromDocument = dir.resolve("b.json");
        assertThat(CliRun.of("check", export.toString(), "-o", fromExport.toString()).exitCode()).isZero();
        CliRun again = CliRun.of("check", imported.toString(), "-o", fromDocument.toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.err()).as("the estate document is read strictly and has nothing to warn of")
                .doesNotContain("warning:");
        JsonNode a = new ObjectMapper().readTree(fromExport.toFile());
        JsonNode b = new ObjectMapper().readTree(fromDocument.toFile());
        assertThat(messages(b, "DAT-002")).isEqualTo(messages(a, "DAT-002")).hasSize(1);
        assertThat(b.at("/summary/skippedRows").asInt()).isEqualTo(5);
    }

    private static List<String> messages(JsonNode report, String rule) {
        List<String> out = new ArrayList<>();
        report.get("findings").forEach(f -> {
            if (f.get("ruleId").asText().equals(rule)) {
                out.add(f.get("message").asText());
            }
        });
        return out;
    }

    /** The Method sheet's rows, each as its cells joined by {@code " | "}. */
    private static List<String> methodSheet(Path xlsx) throws Exception {
        List<String> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheet("Method");
            DataFormatter format = new DataFormatter();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                row.forEach(c -> cells.add(format.formatCellValue(c)));
                while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                    cells.remove(cells.size() - 1);
                }
                rows.add(String.join(" | ", cells));
            }
        }
        return rows;
    }
}
