package io.virtaudit.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.virtaudit.cli.Main;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample estate's workbook, written by the CLI, agrees with its JSON report. */
class XlsxSampleTest {

    static final Path SAMPLE = Path.of("sample-data/acme-estate.yaml");

    @TempDir
    Path dir;

    /** Runs {@code virtaudit check} in-process; the clock is fixed so waivers are judged on one day. */
    static void check(String... args) {
        StringWriter err = new StringWriter();
        Clock clock = Clock.fixed(Instant.parse("2026-11-25T00:00:00Z"), ZoneOffset.UTC);
        int code = Main.run(clock, new PrintWriter(new StringWriter()), new PrintWriter(err), args);
        assertThat(code).as(err.toString()).isZero();
    }

    @Test
    void theSamplesWorkbookAgreesWithItsJson() throws IOException {
        Path xlsx = dir.resolve("acme.xlsx");
        Path json = dir.resolve("acme.json");
        check("check", SAMPLE.toString(), "-o", xlsx.toString());
        check("check", SAMPLE.toString(), "-o", json.toString());
        JsonNode doc = new ObjectMapper().readTree(json.toFile());
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            // the sample's port groups and managers have sheets of their own when it lists any
            List<String> sheets = new ArrayList<>(List.of("Cover", "Summary", "Findings", "Remediation plan", "Hosts",
                    "VMs", "Datastores", "Multipath", "VLANs", "Clusters", "Waivers", "Rules", "Method"));
            if (doc.at("/estate/counts/portGroups").asInt() > 0) {
                sheets.add(sheets.indexOf("Clusters"), "Port groups");
            }
            if (doc.at("/estate/counts/managers").asInt() > 0) {
                sheets.add(sheets.indexOf("Waivers"), "Managers");
            }
            assertThat(Workbooks.sheetNames(workbook)).containsExactlyElementsOf(sheets);
            XSSFSheet findings = workbook.getSheet("Findings");
            JsonNode list = doc.get("findings");
            assertThat(findings.getLastRowNum()).isEqualTo(list.size());
            for (int i = 0; i < list.size(); i++) {
                Row row = findings.getRow(i + 1);
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(list.get(i).get("ruleId").asText());
                assertThat(row.getCell(4).getStringCellValue()).isEqualTo(list.get(i).at("/subject/id").asText());
            }
            XSSFSheet summary = workbook.getSheet("Summary");
            doc.at("/summary/bySeverity").fields().forEachRemaining(e -> assertThat(
                    Workbooks.rowWith(summary, 0, e.getKey()).getCell(3).getNumericCellValue()).as(e.getKey())
                    .isEqualTo(e.getValue().asDouble()));
            doc.at("/summary/scoreByDomain").fields().forEachRemaining(e -> assertThat(
                    Workbooks.rowWith(summary, 0, e.getKey()).getCell(2).getNumericCellValue()).as(e.getKey())
                    .isEqualTo(e.getValue().asDouble()));
            assertThat(CoverSheet.cell(workbook, "OverallScore").getNumericCellValue())
                    .isEqualTo(doc.at("/summary/score").asDouble());
            assertThat(doc.at("/estate/counts/managers").asInt()).as("the sample lists its two vCenters, SCVMM and HMC")
                    .isEqualTo(4);
            doc.at("/estate/counts").fields().forEachRemaining(e -> {
                String sheet = Map.of("clusters", "Clusters", "hosts", "Hosts", "vms", "VMs", "luns", "Datastores",
                        "multipath", "Multipath", "vlans", "VLANs", "portGroups", "Port groups", "managers",
                        "Managers").get(e.getKey());
                assertThat(sheet).as(e.getKey()).isNotNull();
                if (e.getValue().asInt() == 0 && WorkbookLayout.OPTIONAL_SHEETS.contains(sheet)) {
                    assertThat(workbook.getSheet(sheet)).as(sheet + " is left out").isNull();
                } else {
                    assertThat(workbook.getSheet(sheet).getLastRowNum()).as(sheet).isEqualTo(e.getValue().asInt());
                }
            });
            XSSFSheet managers = workbook.getSheet("Managers");
            Row vc = Workbooks.rowWith(managers, 0, "vc01.acme.local");
            List<String> headings = WorkbookLayout.headings(WorkbookLayout.MANAGERS);
            assertThat(vc.getCell(headings.indexOf("Product")).getStringCellValue()).isEqualTo("vcenter");
            assertThat(vc.getCell(headings.indexOf("Hosts managed")).getNumericCellValue())
                    .as("the sample's hosts that name vc01 in managedBy")
                    .isEqualTo(countHostsManagedBy(workbook, "vc01.acme.local"));
            assertThat(vc.getCell(headings.indexOf("Earliest licence expiry")).getStringCellValue())
                    .as("the evaluation licence that expired in October").isEqualTo("2026-10-31T00:00:00Z");
            Map<String, Integer> perRule = new HashMap<>();
            list.forEach(f -> perRule.merge(f.get("ruleId").asText(), 1, Integer::sum));
            XSSFSheet plan = workbook.getSheet("Remediation plan");
            assertThat(plan.getLastRowNum()).isEqualTo(perRule.size());
            for (Row row : plan) {
                if (row.getRowNum() > 0) {
                    assertThat((int) (row.getCell(5).getNumericCellValue() + row.getCell(6).getNumericCellValue()))
                            .isEqualTo(perRule.get(row.getCell(2).getStringCellValue()));
                }
            }
            assertThat(workbook.getSheet("Summary").getDrawingPatriarch().getCharts()).hasSize(3);
            int links = findings.getHyperlinkList().size();
            assertThat(links).isGreaterThan(list.size());
        }
    }

    /** The rows of the Hosts sheet whose Managed by names the manager. */
    private static double countHostsManagedBy(XSSFWorkbook workbook, String manager) {
        int column = WorkbookLayout.headings(WorkbookLayout.HOSTS).indexOf("Managed by");
        int n = 0;
        for (Row row : workbook.getSheet("Hosts")) {
            if (row.getRowNum() > 0 && row.getCell(column) != null
                    && manager.equals(row.getCell(column).getStringCellValue())) {
                n++;
            }
        }
        assertThat(n).as("hosts managed by " + manager).isPositive();
        return n;
    }

    @Test
    void theSameInputsGiveTheSameWorkbook() throws IOException {
        Path a = dir.resolve("a.xlsx");
        Path b = dir.resolve("b.xlsx");
        check("check", SAMPLE.toString(), "-o", a.toString(), "--as-of", "2026-11-25");
        check("check", SAMPLE.toString(), "-o", b.toString(), "--as-of", "2026-11-25");
        assertThat(Files.readAllBytes(b)).isEqualTo(Files.readAllBytes(a));
    }
}
