package io.virtaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    static final String LAB = """
            formatVersion: 1
            estate: {name: Lab, collectedAt: 2026-11-20T08:00:00Z}
            clusters:
              - {id: cl1, ha: {enabled: false}}
            hosts:
              - id: h1
                cluster: cl1
                hypervisor: {product: virtualbox}
                cpu: {sockets: 1, coresPerSocket: 8, vmExtensions: true}
                memoryGb: 64
                ntpServers: []
            vms:
              - {id: trade01, host: h1, timingSensitive: true, powerState: on, environment: production}
            """;

    @TempDir
    Path dir;
    Path lab;

    @BeforeEach
    void writeLab() throws IOException {
        lab = dir.resolve("lab.yaml");
        Files.writeString(lab, LAB);
    }

    @Test
    void countsManagersOnlyWhereTheEstateListsThem() throws IOException {
        Path json = dir.resolve("findings.json");
        assertThat(CliRun.of("check", lab.toString(), "-o", json.toString()).exitCode()).isZero();
        JsonNode without = new ObjectMapper().readTree(json.toFile()).at("/estate/counts");
        assertThat(without.fieldNames()).toIterable().as("unchanged without managers")
                .containsExactly("clusters", "hosts", "vms", "luns", "multipath", "vlans", "portGroups");

        Path managed = dir.resolve("managed.yaml");
        Files.writeString(managed, LAB.replace("vms:\n", "managers:\n  - {id: vc01, product: vcenter}\nvms:\n"));
        assertThat(CliRun.of("check", managed.toString(), "-o", json.toString()).exitCode()).isZero();
        JsonNode with = new ObjectMapper().readTree(json.toFile()).at("/estate/counts");
        assertThat(with.fieldNames()).toIterable().endsWith("portGroups", "managers");
        assertThat(with.get("managers").asInt()).isEqualTo(1);
    }

    @Test
    void writesJsonExactlyAsTheContractShows() throws IOException {
        Path json = dir.resolve("findings.json");
        CliRun run = CliRun.of("check", lab.toString(), "-o", json.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(json.toFile());
        assertThat(doc.fieldNames()).toIterable()
                .containsExactly("tool", "estate", "summary", "findings", "resolved", "waivers");
        assertThat(doc.at("/tool/name").asText()).isEqualTo("virtaudit");
        assertThat(doc.at("/tool/version").asText()).isEqualTo("1.0.0");
        assertThat(doc.at("/tool/rulePacks/0/id").asText()).isEqualTo("core");
        assertThat(doc.at("/tool/rulePacks/0/version").asText()).isEqualTo("1");
        assertThat(doc.at("/estate/name").asText()).isEqualTo("Lab");
        assertThat(doc.at("/estate/collectedAt").asText()).isEqualTo("2026-11-20T08:00:00Z");
        assertThat(doc.at("/estate/counts/hosts").asInt()).isEqualTo(1);
        assertThat(doc.at("/estate/counts/vms").asInt()).isEqualTo(1);
        assertThat(doc.at("/summary").fieldNames()).toIterable().startsWith("findings", "waived", "bySeverity",
                "rulesEvaluated", "rulesFailed", "skippedRows", "score");
        assertThat(doc.at("/summary/skippedRows").asInt()).isZero();
        assertThat(doc.at("/estate").fieldNames()).toIterable()
                .containsExactly("name", "collectedAt", "counts", "sources");
        assertThat(doc.at("/estate/sources").isArray()).as("[] when the inputs record none").isTrue();
        assertThat(doc.at("/summary/score").isNumber()).isTrue();
        assertThat(doc.at("/summary/score").asDouble()).isBetween(0.0, 100.0);
        assertThat(doc.at("/summary/scoreByDomain/TIM").isNumber()).isTrue();
        assertThat(doc.at("/summary/bySeverity").fieldNames()).toIterable()
                .containsExactly("critical", "high", "medium", "low", "info");
        assertThat(doc.at("/summary/findings").asInt()).isEqualTo(doc.at("/findings").size());
        assertThat(doc.at("/summary/waived").asInt()).isZero();

        JsonNode tim004 = Stream.of(doc.at("/findings")).flatMap(n -> java.util.stream.StreamSupport.stream(n.spliterator(), false))
                .filter(f -> f.get("ruleId").asText().equals("TIM-004")).findFirst().orElseThrow();
        assertThat(tim004.fieldNames()).toIterable().containsExactly("ruleId", "title", "severity", "category",
                "subject", "message", "evidence", "remediation", "references", "controls", "source", "status", "waiver");
        assertThat(tim004.get("controls")).as("TIM-004 has no framework counterpart").isEmpty();
        JsonNode tim001 = Stream.of(doc.at("/findings")).flatMap(n -> java.util.stream.StreamSupport.stream(n.spliterator(), false))
                .filter(f -> f.get("ruleId").asText().equals("TIM-001")).findFirst().orElseThrow();
        assertThat(tim001.get("controls").get(1).asText()).isEqualTo("STIG:ESXI-80-000124");
        assertThat(tim004.get("title").asText()).isEqualTo("Timing-sensitive VM on a full-virtualisation host");
        assertThat(tim004.get("severity").asText()).isEqualTo("high");
        assertThat(tim004.get("category").asText()).isEqualTo("time");
        assertThat(tim004.at("/subject/type").asText()).isEqualTo("vm");
        assertThat(tim004.at("/subject/id").asText()).isEqualTo("trade01");
        assertThat(tim004.at("/subject/name").asText()).isEqualTo("trade01");
        assertThat(tim004.get("message").asText())
                .isEqualTo("trade01 is timing-sensitive and runs on h1 (virtualbox, full virtualisation)");
        assertThat(tim004.at("/evidence/host").asText()).isEqualTo("h1");
        assertThat(tim004.at("/evidence/virtualization").asText()).isEqualTo("full");
        assertThat(tim004.get("references").size()).isPositive();
        assertThat(tim004.at("/source/file").asText()).isEqualTo(lab.toString());
        assertThat(tim004.at("/source/location").asText()).isEqualTo("/vms/0");
        assertThat(tim004.get("status").asText()).isEqualTo("new");
        assertThat(tim004.get("waiver").isNull()).isTrue();
        assertThat(doc.at("/resolved").isArray()).isTrue();
        assertThat(doc.at("/waivers/applied").isArray()).isTrue();
        assertThat(doc.at("/waivers/expired").isArray()).isTrue();
        assertThat(doc.at("/waivers/unused").isArray()).isTrue();
        assertThat(ruleIds(doc)).contains("TIM-004", "TIM-001", "AVL-002");
    }

    @Test
    void findingsAreSortedBySeverityRuleAndSubject() throws IOException {
        Path json = dir.resolve("findings.json");
        assertThat(CliRun.of("check", lab.toString(), "-o", json.toString()).exitCode()).isZero();
        JsonNode findings = new ObjectMapper().readTree(json.toFile()).get("findings");
        java.util.List<String> order = new java.util.ArrayList<>();
        findings.forEach(f -> order.add(rank(f.get("severity").asText()) + " " + f.get("ruleId").asText() + " "
                + f.at("/subject/id").asText()));
        assertThat(order).isSorted();
    }

    @Test
    void sameInputGivesByteIdenticalJson() throws IOException {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        CliRun.of("check", lab.toString(), "-o", a.toString());
        CliRun.of("check", lab.toString(), "-o", b.toString());
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
    }

    @Test
    void writesWorkbookWithOneRowPerFinding() throws IOException {
        Path xlsx = dir.resolve("report.xlsx");
        Path json = dir.resolve("findings.json");
        CliRun run = CliRun.of("check", lab.toString(), "-o", xlsx.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("wrote " + xlsx);
        CliRun.of("check", lab.toString(), "-o", json.toString());
        int findings = new ObjectMapper().readTree(json.toFile()).get("findings").size();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheet("Summary")).isNotNull();
            assertThat(wb.getSheet("Rules")).isNotNull();
            Sheet sheet = wb.getSheet("Findings");
            assertThat(sheet.getLastRowNum()).isEqualTo(findings);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            boolean found = false;
            for (Row row : sheet) {
                if (row.getRowNum() > 0 && row.getCell(1).getStringCellValue().equals("TIM-004")) {
                    found = true;
                    assertThat(row.getCell(4).getStringCellValue()).isEqualTo("trade01");
                    assertThat(row.getCell(0).getStringCellValue()).isEqualTo("high");
                }
            }
            assertThat(found).isTrue();
        }
    }

    @Test
    void formatListWritesEachFormatIntoTheOutputDirectory() {
        Path out = dir.resolve("out");
        out.toFile().mkdirs();
        CliRun run = CliRun.of("check", lab.toString(), "--format", "xlsx,json", "--output-dir", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(out.resolve("virtaudit-report.xlsx")).isRegularFile();
        assertThat(out.resolve("virtaudit-report.json")).isRegularFile();
        assertThat(out.toFile().list()).hasSize(2);
    }

    @Test
    void failOnGivesExitFourAfterWritingTheReport() {
        Path json = dir.resolve("findings.json");
        assertThat(CliRun.of("check", lab.toString(), "-o", json.toString(), "--fail-on", "high").exitCode()).isEqualTo(4);
        assertThat(json).isRegularFile();
        assertThat(CliRun.of("check", lab.toString(), "--fail-on", "critical").exitCode()).isZero();
        CliRun bad = CliRun.of("check", lab.toString(), "--fail-on", "severe");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).startsWith("error: --fail-on: 'severe' is not one of none, critical");
    }

    @Test
    void withoutOutputPrintsFindings() {
        CliRun run = CliRun.of("check", lab.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Lab: ").contains("TIM-004  vm trade01: trade01 is timing-sensitive");
    }

    @Test
    void badInputIsOneLineExitTwoAndWritesNothing() throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, LAB.replace("timingSensitive", "timingSensitve"));
        Path xlsx = dir.resolve("report.xlsx");
        CliRun run = CliRun.of("check", bad.toString(), "-o", xlsx.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines().toList()).hasSize(1);
        assertThat(run.err()).startsWith("error: " + bad + ":13:").contains("unknown key 'timingSensitve' at /vms/0")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(xlsx).doesNotExist();
        assertThat(dir.toFile().list()).containsExactlyInAnyOrder("lab.yaml", "bad.yaml");
    }

    @Test
    void debugPrintsTheStackTrace() throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "formatVersion: 1\n");
        CliRun run = CliRun.of("check", bad.toString(), "--debug");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("InputException").contains("\tat ");
    }

    @Test
    void aFailedRunLeavesAnExistingReportUntouched() throws IOException {
        Path json = dir.resolve("findings.json");
        Files.writeString(json, "previous");
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "formatVersion: 1\nestate: {name: x}\nvms: [{id: v, host: nowhere}]\n");
        assertThat(CliRun.of("check", bad.toString(), "-o", json.toString()).exitCode()).isEqualTo(2);
        assertThat(Files.readString(json)).isEqualTo("previous");
    }

    @Test
    void refusesToOverwriteAnInput() throws IOException {
        Path asJson = dir.resolve("estate.json");
        Files.writeString(asJson, "{\"formatVersion\": 1, \"estate\": {\"name\": \"x\"}}");
        CliRun run = CliRun.of("check", asJson.toString(), "-o", asJson.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("would overwrite an input");
        assertThat(Files.readString(asJson)).contains("formatVersion");
    }

    @Test
    void unknownFormatsAreUsageErrors() {
        assertThat(CliRun.of("check", lab.toString(), "-o", dir.resolve("r.pdf").toString()).err())
                .startsWith("error: ").contains("cannot tell the report format");
        assertThat(CliRun.of("check", lab.toString(), "--format", "pdf").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("check", dir.resolve("missing.yaml").toString()).err()).contains("missing.yaml: no such file");
        assertThat(CliRun.of("check", lab.toString(), "--no-such-option").exitCode()).isEqualTo(2);
    }

    @Test
    void missingOutputDirectoriesAreCreated() throws IOException {
        Path deep = dir.resolve("out/sub/r.json");
        CliRun one = CliRun.of("check", lab.toString(), "-o", deep.toString());
        assertThat(one.exitCode()).as(one.err()).isZero();
        assertThat(new ObjectMapper().readTree(deep.toFile()).get("findings").isArray()).isTrue();
        Path fresh = dir.resolve("new/dir");
        CliRun several = CliRun.of("check", lab.toString(), "--format", "json,md", "--output-dir", fresh.toString());
        assertThat(several.exitCode()).as(several.err()).isZero();
        assertThat(fresh.resolve("virtaudit-report.json")).isRegularFile();
        assertThat(fresh.resolve("virtaudit-report.md")).isRegularFile();
    }

    @Test
    void anOutputDirectoryThatIsAFileIsAnErrorAndNothingIsWritten() throws IOException {
        Path file = dir.resolve("taken");
        Files.writeString(file, "keep");
        CliRun run = CliRun.of("check", lab.toString(), "--format", "json", "--output-dir", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: ").contains("taken exists and is not a directory")
                .doesNotContain("\tat ");
        assertThat(file).hasContent("keep");
        CliRun below = CliRun.of("check", lab.toString(), "-o", file.resolve("sub/r.json").toString());
        assertThat(below.exitCode()).isEqualTo(2);
        assertThat(below.err()).contains("taken exists and is not a directory");
    }

    @Test
    void unwritableOutputDirectoryIsAClearError() throws IOException {
        Path locked = dir.resolve("locked");
        Files.createDirectory(locked);
        locked.toFile().setWritable(false);
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(locked), "running as a user who can write anywhere");
            CliRun run = CliRun.of("check", lab.toString(), "-o", locked.resolve("r.json").toString());
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("cannot write to the output directory");
        } finally {
            locked.toFile().setWritable(true);
        }
    }

    @Test
    void aDirectoryNobodyCanWriteIsAClearError() {
        Path proc = Path.of("/proc");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(proc), "needs /proc, which even root cannot write");
        CliRun run = CliRun.of("check", lab.toString(), "-o", proc.resolve("virtaudit-report.json").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: /proc/virtaudit-report.json: cannot write to the output directory")
                .doesNotContain("\tat ");
    }

    @Test
    void validateChecksWithoutWriting() {
        CliRun run = CliRun.of("validate", lab.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("valid (1 clusters, 1 hosts, 1 vms");
    }

    private static String rank(String severity) {
        return String.valueOf(java.util.List.of("critical", "high", "medium", "low", "info").indexOf(severity));
    }

    private static java.util.List<String> ruleIds(JsonNode doc) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        doc.get("findings").forEach(f -> ids.add(f.get("ruleId").asText()));
        return ids;
    }
}
