package io.virtaudit.report.xlsx;

import static io.virtaudit.report.xlsx.Workbooks.linkOf;
import static io.virtaudit.report.xlsx.Workbooks.pairs;
import static io.virtaudit.report.xlsx.Workbooks.readBack;
import static io.virtaudit.report.xlsx.Workbooks.rowWith;
import static io.virtaudit.report.xlsx.Workbooks.sheetNames;
import static io.virtaudit.report.xlsx.Workbooks.write;
import static io.virtaudit.report.xlsx.Workbooks.written;
import static org.assertj.core.api.Assertions.assertThat;

import io.virtaudit.report.Report;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Writes hand-built reports and reads the workbook back with POI. */
class XlsxReporterTest {

    private static final List<String> WITHOUT_BASELINE = List.of("Cover", "Summary", "Findings", "Remediation plan",
            "Hosts", "VMs", "Datastores", "Multipath", "VLANs", "Clusters", "Waivers", "Rules", "Method");

    @Test
    void namesTheFormatAndFile() {
        XlsxReporter reporter = new XlsxReporter();
        assertThat(reporter.format()).isEqualTo("xlsx");
        assertThat(reporter.defaultFileName()).isEqualTo("virtaudit-report.xlsx");
    }

    @Test
    void writesEverySheetAndChangesOnlyWithABaseline() throws IOException {
        try (XSSFWorkbook workbook = written(ReportFixture.report())) {
            assertThat(sheetNames(workbook)).containsExactlyElementsOf(WITHOUT_BASELINE);
            assertThat(workbook.getActiveSheetIndex()).isZero();
        }
        Report withBaseline = ReportFixture.withBaseline(ReportFixture.report());
        try (XSSFWorkbook workbook = written(withBaseline)) {
            List<String> expected = new ArrayList<>(WITHOUT_BASELINE);
            expected.add(expected.indexOf("Rules"), "Changes");
            assertThat(sheetNames(workbook)).containsExactlyElementsOf(expected);
            XSSFSheet changes = workbook.getSheet("Changes");
            assertThat(changes.getLastRowNum()).isEqualTo(withBaseline.findings().size() + 1);
            assertThat(changes.getRow(1).getCell(0).getStringCellValue()).isEqualTo("resolved");
            assertThat(changes.getRow(2).getCell(0).getStringCellValue()).isEqualTo("persisting");
            assertThat(pairs(workbook.getSheet("Method")).get("Baseline").getStringCellValue())
                    .isEqualTo("previous.json");
        }
    }

    @Test
    void coverFillsItsNamedCellsFromTheEstate() throws IOException {
        try (XSSFWorkbook workbook = written(ReportFixture.report())) {
            assertThat(CoverSheet.cell(workbook, "ReportTitle").getStringCellValue())
                    .isEqualTo("Virtualisation estate assessment");
            assertThat(CoverSheet.cell(workbook, "Client").getStringCellValue()).isEqualTo("ACME Production");
            assertThat(CoverSheet.cell(workbook, "Assessor").getStringCellValue()).isEqualTo("virtaudit");
            Cell date = CoverSheet.cell(workbook, "ReportDate");
            assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 20));
            assertThat(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(date)).isTrue();
            assertThat(CoverSheet.cell(workbook, "Scope").getStringCellValue())
                    .isEqualTo("lab.yaml: 1 cluster, 2 hosts, 3 VMs, 1 LUN or datastore, 1 multipath configuration "
                            + "and 1 VLAN, checked against 6 rules.");
            assertThat(CoverSheet.cell(workbook, "OverallScore").getNumericCellValue()).isEqualTo(80.0);
            assertThat(CoverSheet.cell(workbook, "FindingsSummary").getStringCellValue())
                    .isEqualTo("6 (1 critical, 2 high, 1 medium, 1 low, 1 info; 0 waived)");
            assertThat(workbook.getName("LogoArea").getRefersToFormula()).isEqualTo("Cover!$B$2:$D$5");
        }
    }

    @Test
    void documentPropertiesComeFromTheCoverAndTheCollectionTime() throws IOException {
        try (XSSFWorkbook workbook = written(ReportFixture.report())) {
            var core = workbook.getProperties().getCoreProperties();
            assertThat(core.getTitle()).isEqualTo("Virtualisation estate assessment: ACME Production");
            assertThat(core.getSubject()).startsWith("lab.yaml: 1 cluster");
            assertThat(core.getCreator()).isEqualTo("virtaudit");
            assertThat(core.getCreated()).isEqualTo(Date.from(ReportFixture.COLLECTED));
            assertThat(core.getModified()).isEqualTo(Date.from(ReportFixture.COLLECTED));
        }
    }

    @Test
    void findingsAreAnExcelTableWithAFrozenHeader() throws IOException {
        Report report = ReportFixture.report();
        try (XSSFWorkbook workbook = written(report)) {
            XSSFSheet findings = workbook.getSheet("Findings");
            assertThat(findings.getTables()).hasSize(1);
            XSSFTable table = findings.getTables().get(0);
            String ref = "A1:M" + (report.findings().size() + 1);
            assertThat(table.getName()).isEqualTo("FindingsTable");
            assertThat(table.getCTTable().getRef()).isEqualTo(ref);
            assertThat(table.getCTTable().getAutoFilter().getRef()).isEqualTo(ref);
            assertThat(table.getCTTable().getTableStyleInfo().getName()).isEqualTo("TableStyleMedium2");
            List<String> names = new ArrayList<>();
            table.getColumns().forEach(c -> names.add(c.getName()));
            assertThat(names).containsExactlyElementsOf(WorkbookLayout.headings("Findings"));
            assertThat(findings.getCTWorksheet().isSetAutoFilter()).as("no sheet filter over a table").isFalse();
            assertThat(findings.getPaneInformation().isFreezePane()).isTrue();
            assertThat(findings.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(findings.getSheetConditionalFormatting().getNumConditionalFormattings()).isGreaterThan(0);
            assertThat(findings.getSheetConditionalFormatting().getConditionalFormattingAt(0).getFormattingRanges()[0]
                    .getFirstColumn()).isZero();
            Row tim = findings.getRow(2);
            assertThat(tim.getCell(0).getStringCellValue()).isEqualTo("high");
            assertThat(tim.getCell(1).getStringCellValue()).isEqualTo("TIM-004");
            assertThat(tim.getCell(4).getStringCellValue()).isEqualTo("trade01");
            assertThat(tim.getCell(6).getStringCellValue()).isEqualTo("prod");
            assertThat(tim.getCell(8).getStringCellValue()).isEqualTo("host=h1; virtualization=full");
            assertThat(tim.getCell(10).getStringCellValue()).isEqualTo("lab.yaml:/vms/0");
            assertThat(tim.getCell(11).getStringCellValue()).isEqualTo("new");
            assertThat(tim.getCell(12).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(tim.getCell(7).getCellStyle().getWrapText()).isTrue();
            assertThat(tim.getHeightInPoints()).as("wrapped rows are made tall enough").isGreaterThan(15f);
        }
    }

    @Test
    void findingsLinkToTheirRuleAndTheirSubject() throws IOException {
        try (XSSFWorkbook workbook = written(ReportFixture.report())) {
            XSSFSheet findings = workbook.getSheet("Findings");
            Row tim = rowWith(findings, 4, "trade01");
            assertThat(linkOf(findings, tim.getRowNum(), 1)).isEqualTo("'Rules'!A3");
            assertThat(workbook.getSheet("Rules").getRow(2).getCell(0).getStringCellValue()).isEqualTo("TIM-004");
            assertThat(linkOf(findings, tim.getRowNum(), 4)).isEqualTo("'VMs'!A2");
            assertThat(workbook.getSheet("VMs").getRow(1).getCell(0).getStringCellValue()).isEqualTo("trade01");
            Row host = rowWith(findings, 4, "h1");
            assertThat(linkOf(findings, host.getRowNum(), 4)).isEqualTo("'Hosts'!A2");
            Row cluster = rowWith(findings, 4, "c1");
            assertThat(linkOf(findings, cluster.getRowNum(), 4)).isEqualTo("'Clusters'!A2");
            Row estate = rowWith(findings, 4, "estate");
            assertThat(linkOf(findings, estate.getRowNum(), 4)).as("the estate has no inventory row").isNull();
            assertThat(linkOf(findings, estate.getRowNum(), 1)).isEqualTo("'Rules'!A7");
            assertThat(findings.getHyperlinkList()).hasSize(11);
            XSSFSheet plan = workbook.getSheet("Remediation plan");
            assertThat(linkOf(plan, 1, 2)).isEqualTo("'Rules'!A2");
        }
    }

    @Test
    void remediationPlanHasOneRowPerRuleWithFindingsRiskiestFirst() throws IOException {
        try (XSSFWorkbook workbook = written(ReportFixture.withWaivers(ReportFixture.report()))) {
            XSSFSheet plan = workbook.getSheet("Remediation plan");
            List<String> order = new ArrayList<>();
            for (Row row : plan) {
                if (row.getRowNum() > 0) {
                    order.add(row.getCell(2).getStringCellValue());
                }
            }
            assertThat(order).containsExactly("CMP-001", "TIM-004", "NET-002", "AVL-003", "DAT-001");
            Row tim = plan.getRow(2);
            assertThat(tim.getCell(0).getNumericCellValue()).isEqualTo(2);
            assertThat(tim.getCell(1).getStringCellValue()).isEqualTo("high");
            assertThat(tim.getCell(5).getNumericCellValue()).as("open").isEqualTo(1);
            assertThat(tim.getCell(6).getNumericCellValue()).as("waived").isEqualTo(1);
            assertThat(tim.getCell(7).getStringCellValue()).isEqualTo("Fix TIM-004.");
            assertThat(tim.getCell(8).getStringCellValue()).isEqualTo("KB 1318; RFC 5905");
            assertThat(tim.getCell(9).getStringCellValue()).isEqualTo("trade01, trade02");
        }
    }

    @Test
    void inventorySheetsCountTheFindingsOfEachObject() throws IOException {
        try (XSSFWorkbook workbook = written(ReportFixture.report())) {
            Row h1 = rowWith(workbook.getSheet("Hosts"), 0, "h1");
            assertThat(h1.getCell(1).getStringCellValue()).isEqualTo("esx01");
            assertThat(h1.getCell(2).getStringCellValue()).isEqualTo("prod");
            assertThat(h1.getCell(3).getStringCellValue()).as("worst severity").isEqualTo("critical");
            assertThat(h1.getCell(4).getNumericCellValue()).as("findings").isEqualTo(1);
            assertThat(h1.getCell(5).getNumericCellValue()).as("critical").isEqualTo(1);
            Row h2 = rowWith(workbook.getSheet("Hosts"), 0, "h2");
            assertThat(h2.getCell(4).getNumericCellValue()).isZero();
            Row trade01 = rowWith(workbook.getSheet("VMs"), 0, "trade01");
            assertThat(trade01.getCell(3).getStringCellValue()).isEqualTo("prod");
            assertThat(trade01.getCell(4).getStringCellValue()).isEqualTo("high");
            assertThat(trade01.getCell(7).getNumericCellValue()).as("high").isEqualTo(1);
            Row c1 = rowWith(workbook.getSheet("Clusters"), 0, "c1");
            assertThat(c1.getCell(2).getStringCellValue()).isEqualTo("low");
            assertThat(c1.getCell(10).getNumericCellValue()).as("hosts").isEqualTo(2);
            assertThat(c1.getCell(11).getNumericCellValue()).as("VMs").isEqualTo(3);
            Row lun = rowWith(workbook.getSheet("Datastores"), 0, "lun1");
            assertThat(lun.getCell(16).getNumericCellValue()).as("used").isEqualTo(0.75);
            assertThat(rowWith(workbook.getSheet("Multipath"), 0, "h1").getCell(1).getStringCellValue())
                    .isEqualTo("lun1");
            assertThat(rowWith(workbook.getSheet("VLANs"), 0, "100.0").getCell(1).getStringCellValue())
                    .isEqualTo("prod");
            for (String sheet : List.of("Hosts", "VMs", "Datastores", "Multipath", "VLANs", "Clusters")) {
                XSSFSheet inventory = workbook.getSheet(sheet);
                assertThat(inventory.getTables()).as(sheet).hasSize(1);
                assertThat(inventory.getSheetConditionalFormatting().getNumConditionalFormattings())
                        .as("%s: the worst severity, and the count of each severity", sheet).isEqualTo(10);
            }
        }
    }

    @Test
    void executiveSummaryHasTheScoresCountsRisksAndThreeCharts() throws IOException {
        try (XSSFWorkbook workbook = written(ReportFixture.report())) {
            XSSFSheet summary = workbook.getSheet("Summary");
            assertThat(summary.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Executive summary");
            Map<String, Cell> pairs = pairs(summary);
            assertThat(pairs.get("Overall compliance score").getNumericCellValue()).isEqualTo(80.0);
            Row critical = rowWith(summary, 0, "critical");
            assertThat(critical.getCell(1).getNumericCellValue()).as("open").isEqualTo(1);
            assertThat(critical.getCell(3).getNumericCellValue()).as("total").isEqualTo(1);
            assertThat(rowWith(summary, 0, "Total").getCell(3).getNumericCellValue()).isEqualTo(6);
            Row tim = rowWith(summary, 0, "TIM");
            assertThat(tim.getCell(1).getStringCellValue()).isEqualTo("time");
            assertThat(tim.getCell(2).getNumericCellValue()).isEqualTo(60.0);
            assertThat(tim.getCell(3).getNumericCellValue()).isEqualTo(2);
            Row prod = rowWith(summary, 0, "prod");
            assertThat(prod.getCell(1).getNumericCellValue()).as("findings on the prod cluster").isEqualTo(5);
            assertThat(rowWith(summary, 0, "estate-wide").getCell(6).getNumericCellValue()).isEqualTo(1);
            String risk = rowWith(summary, 0, "1. critical").getCell(1).getStringCellValue();
            assertThat(risk).isEqualTo("Host CPU over-committed (CMP-001): 1 host (esx01). What to do: Fix CMP-001.");
            assertThat(rowWith(summary, 0, "2. high").getCell(1).getStringCellValue())
                    .startsWith("Timing-sensitive VM on a full-virtualisation host (TIM-004): 2 VMs (trade01, trade02)");

            List<XSSFChart> charts = summary.getDrawingPatriarch().getCharts();
            assertThat(charts).extracting(c -> c.getTitleText().getString())
                    .containsExactly("Findings by severity", "Findings by domain", "Findings by cluster");
            var severity = charts.get(0).getChartSeries().get(0).getSeries(0);
            assertThat(severity.getCategoryData().getPointCount()).isEqualTo(5);
            assertThat(severity.getValuesData().getPointAt(1)).isEqualTo(2.0);
            assertThat(severity.getValuesData().getDataRangeReference())
                    .isEqualTo("'Summary'!$D$" + (critical.getRowNum() + 1) + ":$D$" + (critical.getRowNum() + 5));
            assertThat(charts.get(2).getChartSeries().get(0).getSeriesCount()).as("one series per severity")
                    .isEqualTo(5);
            assertThat(charts.get(2).getCTChart().getPlotArea().getBarChartArray(0).getOverlap()).isNotNull();
            assertThat(summary.getSheetConditionalFormatting().getNumConditionalFormattings())
                    .as("colour scale on the domain scores").isEqualTo(1);
        }
    }

    @Test
    void aReportWithoutTheEstatesObjectsHasEmptyInventoriesAndNoClusterChart() throws IOException {
        try (XSSFWorkbook workbook = written(ReportFixture.report(false))) {
            assertThat(workbook.getSheet("Hosts").getTables().get(0).getCTTable().getRef()).isEqualTo("A1:AI2");
            assertThat(workbook.getSheet("Hosts").getLastRowNum()).isZero();
            assertThat(workbook.getSheet("Summary").getDrawingPatriarch().getCharts()).hasSize(2);
            XSSFSheet findings = workbook.getSheet("Findings");
            assertThat(findings.getRow(2).getCell(6).getCellType()).as("no cluster known").isEqualTo(CellType.BLANK);
            assertThat(linkOf(findings, 2, 4)).isNull();
            assertThat(linkOf(findings, 2, 1)).isEqualTo("'Rules'!A3");
        }
    }

    @Test
    void methodNamesTheInputsToolPolicyAndRun() throws IOException {
        try (XSSFWorkbook workbook = written(ReportFixture.withWaivers(ReportFixture.report()))) {
            XSSFSheet method = workbook.getSheet("Method");
            Row input = rowWith(method, 0, "lab.yaml");
            assertThat(input.getCell(1).getNumericCellValue()).as("clusters").isEqualTo(1);
            assertThat(input.getCell(3).getNumericCellValue()).as("VMs").isEqualTo(3);
            Map<String, Cell> pairs = pairs(method);
            assertThat(pairs.get("Facts collected at").getStringCellValue()).isEqualTo("2026-11-20T08:00:00Z");
            assertThat(pairs.get("Tool").getStringCellValue()).isEqualTo("virtaudit 1.0.0");
            assertThat(pairs.get("Rule packs").getStringCellValue()).isEqualTo("core 1");
            assertThat(pairs.get("Policy").getStringCellValue()).isEqualTo("the built-in default policy");
            assertThat(pairs.get("Waivers").getStringCellValue()).isEqualTo("waivers.yaml");
            assertThat(pairs.get("Waiver expiry judged on").getStringCellValue()).isEqualTo("2026-11-24");
            assertThat(pairs.get("Baseline").getStringCellValue()).isEqualTo("none");
        }
    }

    @Test
    void waiversAndRulesAreListed() throws IOException {
        try (XSSFWorkbook workbook = written(ReportFixture.withWaivers(ReportFixture.report()))) {
            XSSFSheet waivers = workbook.getSheet("Waivers");
            assertThat(waivers.getRow(1).getCell(0).getStringCellValue()).isEqualTo("applied");
            assertThat(waivers.getRow(1).getCell(8).getNumericCellValue()).isEqualTo(1);
            assertThat(waivers.getRow(2).getCell(0).getStringCellValue()).isEqualTo("unused");
            assertThat(waivers.getRow(2).getCell(9).getStringCellValue()).isEqualTo("waivers.yaml:/waivers/1");
            Row waived = rowWith(workbook.getSheet("Findings"), 4, "trade02");
            assertThat(waived.getCell(12).getStringCellValue()).contains("CAB-1");
            XSSFSheet rules = workbook.getSheet("Rules");
            assertThat(rules.getPhysicalNumberOfRows()).isEqualTo(7);
            Row cmp = rules.getRow(1);
            assertThat(cmp.getCell(0).getStringCellValue()).isEqualTo("CMP-001");
            assertThat(cmp.getCell(5).getNumericCellValue()).isEqualTo(1);
            assertThat(cmp.getCell(6).getStringCellValue()).isEqualTo("vcpuPerCore=3.0");
            assertThat(cmp.getCell(8).getStringCellValue()).isEqualTo("KB 1318; RFC 5905");
            assertThat(rules.getRow(3).getCell(5).getNumericCellValue()).as("STO-001 found nothing").isZero();
        }
    }

    @Test
    void everySheetPrintsLandscapeFitToWidthWithPageNumbers() throws IOException {
        try (XSSFWorkbook workbook = written(ReportFixture.withBaseline(ReportFixture.report()))) {
            for (org.apache.poi.ss.usermodel.Sheet s : workbook) {
                XSSFSheet sheet = (XSSFSheet) s;
                String name = sheet.getSheetName();
                assertThat(sheet.getPrintSetup().getLandscape()).as(name).isTrue();
                assertThat(sheet.getFitToPage()).as(name).isTrue();
                assertThat(sheet.getPrintSetup().getFitWidth()).as(name).isEqualTo((short) 1);
                assertThat(sheet.getFooter().getCenter()).as(name).isEqualTo("Page &P of &N");
                if (WorkbookLayout.isList(name)) {
                    assertThat(sheet.getRepeatingRows()).as(name).isEqualTo(CellRangeAddress.valueOf("1:1"));
                }
            }
            assertThat(workbook.getSheet("Summary").getRowBreaks()).hasSize(1);
        }
    }

    @Test
    void cutsTextAnExcelCellCannotHoldAndKeepsFormulaLikeTextAsText() throws IOException {
        try (XSSFWorkbook workbook = written(ReportFixture.report())) {
            XSSFSheet findings = workbook.getSheet("Findings");
            String message = rowWith(findings, 4, "c1").getCell(7).getStringCellValue();
            assertThat(ReportFixture.LONG_MESSAGE).hasSizeGreaterThan(40_000);
            assertThat(message).hasSize(32_767).endsWith("…[truncated]").startsWith("checksum mismatch on path");
            assertThat(rowWith(findings, 4, "c1").getHeightInPoints()).isEqualTo(409f);
            Cell name = rowWith(findings, 4, "web01").getCell(5);
            assertThat(name.getCellType()).isEqualTo(CellType.STRING);
            assertThat(name.getStringCellValue()).isEqualTo(ReportFixture.FORMULA_NAME);
        }
    }

    @Test
    void sameReportGivesTheSameBytes() throws IOException {
        XlsxReporter reporter = new XlsxReporter();
        byte[] first = write(reporter, ReportFixture.withBaseline(ReportFixture.report()));
        byte[] second = write(reporter, ReportFixture.withBaseline(ReportFixture.report()));
        assertThat(second).isEqualTo(first);
        try (XSSFWorkbook a = readBack(first); XSSFWorkbook b = readBack(second)) {
            assertThat(Workbooks.cells(b)).isEqualTo(Workbooks.cells(a)).isNotEmpty();
        }
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(first))) {
            java.util.zip.ZipEntry entry = zip.getNextEntry();
            assertThat(entry.getTimeLocal()).isEqualTo(ReportFixture.COLLECTED.atOffset(ZoneOffset.UTC)
                    .toLocalDateTime());
        }
    }

    @Test
    void leavesTheCallersStreamOpen() throws IOException {
        boolean[] closed = {false};
        OutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        new XlsxReporter().write(ReportFixture.report(), out);
        assertThat(closed[0]).isFalse();
    }
}
