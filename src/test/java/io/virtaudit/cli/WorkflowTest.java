package io.virtaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The auditor's and the change board's workflow: waivers, baselines, design diff, gating. */
class WorkflowTest {

    @TempDir
    Path dir;
    Path lab;

    @BeforeEach
    void writeLab() throws IOException {
        lab = dir.resolve("lab.yaml");
        Files.writeString(lab, CheckCommandTest.LAB);
    }

    private JsonNode check(String... extra) throws IOException {
        Path json = dir.resolve("f" + System.nanoTime() + ".json");
        List<String> args = new ArrayList<>(List.of("check", lab.toString(), "-o", json.toString()));
        args.addAll(List.of(extra));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isIn(0, 4);
        return new ObjectMapper().readTree(json.toFile());
    }

    private Path waivers(String yaml) throws IOException {
        Path file = dir.resolve("waivers.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    private static JsonNode finding(JsonNode doc, String rule) {
        for (JsonNode f : doc.get("findings")) {
            if (f.get("ruleId").asText().equals(rule)) {
                return f;
            }
        }
        throw new AssertionError("no " + rule);
    }

    @Test
    void aWaiverMarksItsFindingsWhichStayInTheReport() throws IOException {
        Path file = waivers("""
                waivers:
                  - rule: "TIM-*"
                    subject: "trade*"
                    justification: lab VM, time drift accepted
                    approvedBy: CAB-2026-114
                    expires: 2027-03-31
                    reference: CHG-1234
                  - rule: AVL-002
                    subject: nothing-matches
                    justification: placeholder
                    approvedBy: CAB
                    expires: 2027-01-01
                  - rule: TIM-001
                    justification: lapsed
                    approvedBy: CAB
                    expires: 2026-11-23
                """);
        JsonNode doc = check("--waivers", file.toString(), "--as-of", "2026-11-24");
        JsonNode tim004 = finding(doc, "TIM-004");
        assertThat(tim004.at("/waiver/approvedBy").asText()).isEqualTo("CAB-2026-114");
        assertThat(tim004.at("/waiver/expires").asText()).isEqualTo("2027-03-31");
        assertThat(tim004.at("/waiver/source").asText()).isEqualTo(file + ":/waivers/0");
        assertThat(finding(doc, "TIM-005").at("/waiver/reference").asText()).isEqualTo("CHG-1234");
        assertThat(finding(doc, "TIM-001").get("waiver").isNull()).as("TIM-001 is about host h1, not trade*").isTrue();
        assertThat(doc.at("/summary/waived").asInt()).isEqualTo(2);
        assertThat(doc.at("/waivers/applied/0/reference").asText()).isEqualTo("CHG-1234");
        assertThat(doc.at("/waivers/applied/0/findings").asInt()).isEqualTo(2);
        assertThat(doc.at("/waivers/unused/0/subject").asText()).isEqualTo("nothing-matches");
        assertThat(doc.at("/waivers/expired/0/rule").asText()).isEqualTo("TIM-001");
        assertThat(doc.at("/run/date").asText()).isEqualTo("2026-11-24");
    }

    @Test
    void aWaiverHoldsThroughItsExpiryDayAndLapsesAfter() throws IOException {
        Path file = waivers("waivers: [{rule: TIM-004, justification: j, approvedBy: a, expires: 2026-11-24}]\n");
        assertThat(finding(check("--waivers", file.toString(), "--as-of", "2026-11-24"), "TIM-004").get("waiver").isNull()).isFalse();
        JsonNode after = check("--waivers", file.toString(), "--as-of", "2026-11-25");
        assertThat(finding(after, "TIM-004").get("waiver").isNull()).isTrue();
        assertThat(after.at("/waivers/expired").size()).isEqualTo(1);
    }

    @Test
    void waivedFindingsDoNotCountForFailOn() throws IOException {
        Path out = dir.resolve("r.json");
        assertThat(CliRun.of("check", lab.toString(), "-o", out.toString(), "--fail-on", "high").exitCode()).isEqualTo(4);
        Path file = waivers("waivers: [{rule: \"*\", justification: all accepted for the lab, approvedBy: a, expires: 2030-01-01}]\n");
        CliRun run = CliRun.of("check", lab.toString(), "-o", out.toString(), "--fail-on", "high", "--waivers", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void aWaiverWithoutJustificationApproverOrExpiryIsAnInputError() throws IOException {
        Path file = waivers("waivers:\n  - {rule: TIM-004, approvedBy: a}\n  - {rule: XYZ-001, justification: j, approvedBy: a, expires: soon}\n");
        Path out = dir.resolve("r.json");
        CliRun run = CliRun.of("check", lab.toString(), "-o", out.toString(), "--waivers", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines().toList()).containsExactly(
                "error: " + file + ":/waivers/0: justification is required: a waiver without justification accepts nothing",
                "error: " + file + ":/waivers/0: expires is required: a waiver without expires accepts nothing",
                "error: " + file + ":/waivers/1: unknown rule id 'XYZ-001'",
                "error: " + file + ":/waivers/1: expires 'soon' is not a date such as 2027-03-31");
        assertThat(out).doesNotExist();
    }

    @Test
    void waiversComeFromAnExcelRiskRegisterToo() throws IOException {
        Path xlsx = dir.resolve("risks.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            Sheet sheet = wb.createSheet("Waivers");
            String[][] rows = {{"Rule", "Subject", "Subject type", "Justification", "Approved by", "Expires", "Reference"},
                {"TIM-001", "h1", "host", "NTP comes with the lab rebuild", "CAB-7", "2027-06-30", "RISK-9"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
        }
        JsonNode doc = check("--waivers", xlsx.toString(), "--as-of", "2026-11-24");
        assertThat(finding(doc, "TIM-001").at("/waiver/reference").asText()).isEqualTo("RISK-9");
        assertThat(finding(doc, "TIM-001").at("/waiver/source").asText()).isEqualTo(xlsx + ":Waivers!2");
    }

    @Test
    void aBaselineMarksNewAndPersistingAndListsResolved() throws IOException {
        JsonNode before = check();
        Path baseline = dir.resolve("previous-findings.json");
        Files.writeString(baseline, before.toString());
        Files.writeString(lab, CheckCommandTest.LAB.replace("ntpServers: []", "ntpServers: [ntp1, ntp2, ntp3]")
                .replace("environment: production", "environment: production, criticality: critical"));
        JsonNode after = check("--baseline", baseline.toString());
        assertThat(finding(after, "TIM-004").get("status").asText()).isEqualTo("persisting");
        List<String> resolved = new ArrayList<>();
        after.get("resolved").forEach(f -> resolved.add(f.get("ruleId").asText() + " " + f.get("status").asText()));
        assertThat(resolved).contains("TIM-001 resolved", "TIM-005 resolved")
                .noneMatch(r -> r.startsWith("TIM-004") || r.startsWith("AVL-002"));
        assertThat(after.at("/summary/changes/resolved").asInt()).isEqualTo(resolved.size());
        assertThat(finding(after, "AVL-002").get("severity").asText()).as("escalated, still the same finding").isEqualTo("critical");
        assertThat(finding(after, "AVL-002").get("status").asText()).isEqualTo("persisting");
        assertThat(after.at("/summary/baseline/bySeverity/high").asInt()).isEqualTo(before.at("/summary/bySeverity/high").asInt());
        int added = after.at("/summary/changes/new").asInt();
        long newOnes = java.util.stream.StreamSupport.stream(after.get("findings").spliterator(), false)
                .filter(f -> f.get("status").asText().equals("new")).count();
        assertThat(added).isEqualTo((int) newOnes);
    }

    @Test
    void aBaselineThatIsNotFindingsJsonIsAnInputError() throws IOException {
        Path bogus = dir.resolve("bogus.json");
        Files.writeString(bogus, "{\"hello\": 1}");
        CliRun run = CliRun.of("check", lab.toString(), "--baseline", bogus.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: " + bogus + ":/: not a virtaudit findings.json");
    }

    @Test
    void diffReportsWhatTheDesignIntroducesAndFixesAndGatesOnlyTheIntroduced() throws IOException {
        Path proposed = dir.resolve("proposed.yaml");
        Files.writeString(proposed, CheckCommandTest.LAB.replace("ntpServers: []", "ntpServers: [ntp1, ntp2, ntp3]")
                .replace("  - {id: trade01", "  - {id: web01, host: h1, powerState: on, vcpus: 16}\n  - {id: trade01"));
        Path json = dir.resolve("diff.json");
        CliRun run = CliRun.of("diff", lab.toString(), proposed.toString(), "-o", json.toString(), "--fail-on", "critical");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(4);
        assertThat(run.out()).contains("introduced").contains("resolved");
        JsonNode doc = new ObjectMapper().readTree(json.toFile());
        assertThat(finding(doc, "CMP-006").get("status").asText()).isEqualTo("new");
        assertThat(finding(doc, "TIM-004").get("status").asText()).isEqualTo("persisting");
        List<String> resolved = new ArrayList<>();
        doc.get("resolved").forEach(f -> resolved.add(f.get("ruleId").asText()));
        assertThat(resolved).contains("TIM-001");
        CliRun notIntroduced = CliRun.of("diff", lab.toString(), lab.toString(), "--fail-on", "high");
        assertThat(notIntroduced.exitCode()).as("the current estate's own findings do not gate a diff").isZero();
    }
}
