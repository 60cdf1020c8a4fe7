package io.virtaudit.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.virtaudit.finding.Finding;
import io.virtaudit.finding.FindingStatus;
import io.virtaudit.finding.Report;
import io.virtaudit.finding.Subject;
import io.virtaudit.importer.InputException;
import io.virtaudit.model.SourceRef;
import io.virtaudit.model.SubjectType;
import io.virtaudit.rules.RuleMetadata;
import io.virtaudit.rules.Severity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes a hand-built report and reads the workbook back with POI. */
class XlsxReporterTest {

    private static final Instant COLLECTED = Instant.parse("2026-11-20T08:00:00Z");
    private static final String LONG_MESSAGE = "checksum mismatch on path ".repeat(1_600);
    private static final String FORMULA_NAME = "=HYPERLINK(\"http://example.invalid\",\"click\")";

    @TempDir
    Path dir;

    @Test
    void namesTheFormatAndFile() {
        XlsxReporter reporter = new XlsxReporter();
        assertThat(reporter.format()).isEqualTo("xlsx");
        assertThat(reporter.defaultFileName()).isEqualTo("virtaudit-report.xlsx");
    }

    @Test
    void writesTheSheetsAndAChangesSheetOnlyWithABaseline() throws IOException {
        try (XSSFWorkbook workbook = readBack(write(new XlsxReporter(), report()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(4);
            assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2),
                    workbook.getSheetName(3))).containsExactly("Summary", "Findings", "Rules", "Waivers");
            assertThat(workbook.getSheet("Waivers").getRow(0).getCell(0).getStringCellValue()).isEqualTo("Status");
        }
        Report plain = report();
        Report.Summary s = plain.summary();
        Finding resolved = plain.findings().get(0).with(FindingStatus.RESOLVED, null);
        Report withBaseline = new Report(plain.tool(), plain.estate(), new Report.Summary(s.findings(), s.waived(),
                s.bySeverity(), s.byDomain(), s.rulesEvaluated(), s.rulesFailed(), s.score(), s.scoreByDomain(),
                s.bySeverity(), new Report.Changes(5, 1, 1)), plain.findings(), List.of(resolved), plain.waivers(),
                plain.rules(), new Report.Run(plain.run().date(), "previous.json", null, null), null);
        try (XSSFWorkbook workbook = readBack(write(new XlsxReporter(), withBaseline))) {
            assertThat(workbook.getSheet("Changes")).isNotNull();
            assertThat(workbook.getSheet("Changes").getLastRowNum()).isEqualTo(plain.findings().size() + 1);
            boolean resolvedRow = false;
            for (var row : workbook.getSheet("Changes")) {
                resolvedRow |= row.getCell(0).getStringCellValue().equals("resolved");
            }
            assertThat(resolvedRow).isTrue();
        }
    }

    @Test
    void findingsHaveOneRowEachBelowTheHeader() throws IOException {
        Report report = report();
        try (XSSFWorkbook workbook = readBack(write(new XlsxReporter(), report))) {
            XSSFSheet findings = workbook.getSheet("Findings");
            assertThat(findings.getPhysicalNumberOfRows()).isEqualTo(report.findings().size() + 1);
            assertThat(text(findings.getRow(0))).startsWith("Severity", "Rule", "Title");

            Row tim = findings.getRow(2);
            assertThat(tim.getCell(0).getStringCellValue()).isEqualTo("high");
            assertThat(tim.getCell(1).getStringCellValue()).isEqualTo("TIM-004");
            assertThat(tim.getCell(3).getStringCellValue()).isEqualTo("vm");
            assertThat(tim.getCell(4).getStringCellValue()).isEqualTo("trade01");
            assertThat(tim.getCell(7).getStringCellValue()).isEqualTo("host=h1; virtualization=full");
            assertThat(tim.getCell(9).getStringCellValue()).isEqualTo("lab.yaml:/vms/0");
            assertThat(tim.getCell(10).getStringCellValue()).isEqualTo("new");
            assertThat(tim.getCell(11).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(tim.getCell(6).getCellStyle().getWrapText()).isTrue();
        }
    }

    @Test
    void findingsSheetIsATable() throws IOException {
        Report report = report();
        try (XSSFWorkbook workbook = readBack(write(new XlsxReporter(), report))) {
            XSSFSheet findings = workbook.getSheet("Findings");
            assertThat(findings.getPaneInformation()).isNotNull();
            assertThat(findings.getPaneInformation().isFreezePane()).isTrue();
            assertThat(findings.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(findings.getCTWorksheet().isSetAutoFilter()).isTrue();
            assertThat(findings.getCTWorksheet().getAutoFilter().getRef())
                    .isEqualTo("A1:L" + (report.findings().size() + 1));
            assertThat(findings.getSheetConditionalFormatting().getNumConditionalFormattings()).isGreaterThan(0);
            assertThat(findings.getColumnWidth(6)).isGreaterThan(findings.getColumnWidth(0));
        }
    }

    @Test
    void cutsTextAnExcelCellCannotHold() throws IOException {
        try (XSSFWorkbook workbook = readBack(write(new XlsxReporter(), report()))) {
            String message = rowAbout(workbook.getSheet("Findings"), "c1").getCell(6).getStringCellValue();
            assertThat(LONG_MESSAGE).hasSizeGreaterThan(40_000);
            assertThat(message).hasSize(32_767).endsWith("…[truncated]").startsWith("checksum mismatch on path");
        }
    }

    @Test
    void writesFormulaLikeTextAsText() throws IOException {
        try (XSSFWorkbook workbook = readBack(write(new XlsxReporter(), report()))) {
            Cell name = rowAbout(workbook.getSheet("Findings"), "web01").getCell(5);
            assertThat(name.getCellType()).isEqualTo(CellType.STRING);
            assertThat(name.getStringCellValue()).isEqualTo(FORMULA_NAME);
        }
    }

    @Test
    void summaryHoldsTheEstateAndTheCounts() throws IOException {
        try (XSSFWorkbook workbook = readBack(write(new XlsxReporter(), report()))) {
            Map<String, Cell> summary = new LinkedHashMap<>();
            for (Row row : workbook.getSheet("Summary")) {
                if (row.getRowNum() > 0) {
                    summary.put(row.getCell(0).getStringCellValue(), row.getCell(1));
                }
            }
            assertThat(summary.get("Estate name").getStringCellValue()).isEqualTo("ACME Production");
            assertThat(summary.get("Collected at").getStringCellValue()).isEqualTo("2026-11-20T08:00:00Z");
            assertThat(summary.get("Rule packs").getStringCellValue()).isEqualTo("core 1");
            assertThat(summary.get("hosts").getNumericCellValue()).isEqualTo(12);
            assertThat(summary.get("critical").getNumericCellValue()).isEqualTo(1);
            assertThat(summary.get("high").getNumericCellValue()).isEqualTo(2);
            assertThat(summary.get("medium").getNumericCellValue()).isEqualTo(1);
            assertThat(summary.get("low").getNumericCellValue()).isEqualTo(1);
            assertThat(summary.get("info").getNumericCellValue()).isEqualTo(1);
            assertThat(summary.get("info").getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(summary.get("TIM").getNumericCellValue()).isEqualTo(2);
            assertThat(summary.get("Rules evaluated").getNumericCellValue()).isEqualTo(6);
            assertThat(summary.get("Rules failed").getNumericCellValue()).isEqualTo(5);
        }
    }

    @Test
    void summarySaysWhenTheCollectionTimeWasAssumed() throws IOException {
        Report stated = report();
        Report.EstateSummary e = stated.estate();
        Report assumed = new Report(stated.tool(), new Report.EstateSummary(e.name(), null, e.source(), e.counts(),
                COLLECTED, true, e.inputs()), stated.summary(), stated.findings(), stated.resolved(),
                stated.waivers(), stated.rules(), stated.run(), null);
        try (XSSFWorkbook workbook = readBack(write(new XlsxReporter(), assumed))) {
            assertThat(workbook.getSheet("Summary").getRow(2).getCell(1).getStringCellValue())
                    .isEqualTo("not stated: the run's time 2026-11-20T08:00:00Z was used");
        }
    }

    @Test
    void rulesHaveOneRowEach() throws IOException {
        Report report = report();
        try (XSSFWorkbook workbook = readBack(write(new XlsxReporter(), report))) {
            XSSFSheet rules = workbook.getSheet("Rules");
            assertThat(rules.getPhysicalNumberOfRows()).isEqualTo(report.rules().size() + 1);
            Row tim = rules.getRow(2);
            assertThat(tim.getCell(0).getStringCellValue()).isEqualTo("TIM-004");
            assertThat(tim.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(tim.getCell(5).getNumericCellValue()).isEqualTo(2);
            assertThat(tim.getCell(7).getStringCellValue()).isEqualTo("KB 1318; RFC 5905");
            assertThat(tim.getCell(9).getStringCellValue()).isEqualTo("core");
        }
    }

    @Test
    void documentPropertiesNameTheEstateAndItsTime() throws IOException {
        try (XSSFWorkbook workbook = readBack(write(new XlsxReporter(), report()))) {
            var core = workbook.getProperties().getCoreProperties();
            assertThat(core.getTitle()).isEqualTo("virtaudit report: ACME Production");
            assertThat(core.getCreator()).isEqualTo("virtaudit");
            assertThat(core.getCreated()).isEqualTo(Date.from(COLLECTED));
            assertThat(core.getModified()).isEqualTo(Date.from(COLLECTED));
        }
    }

    @Test
    void sameReportGivesTheSameCells() throws IOException {
        XlsxReporter reporter = new XlsxReporter();
        List<String> first;
        List<String> second;
        try (XSSFWorkbook workbook = readBack(write(reporter, report()))) {
            first = cells(workbook);
        }
        try (XSSFWorkbook workbook = readBack(write(reporter, report()))) {
            second = cells(workbook);
        }
        assertThat(second).isEqualTo(first).isNotEmpty();
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
        new XlsxReporter().write(report(), out);
        assertThat(closed[0]).isFalse();
    }

    @Test
    void missingTemplateIsAnInputError() {
        Path missing = dir.resolve("nowhere.xlsx");
        assertThatThrownBy(() -> new XlsxReporter(missing))
                .isInstanceOfSatisfying(InputException.class,
                        e -> assertThat(e.errors().get(0).file()).isEqualTo(missing.toString()));
    }

    @Test
    void templateThatIsNoWorkbookIsAnInputError() throws IOException {
        Path text = Files.writeString(dir.resolve("template.xlsx"), "not a workbook");
        assertThatThrownBy(() -> new XlsxReporter(text))
                .isInstanceOfSatisfying(InputException.class,
                        e -> assertThat(e.errors().get(0).file()).isEqualTo(text.toString()));
    }

    @Test
    void templateWithoutASheetIsAnInputError() throws IOException {
        Path template = dir.resolve("no-rules.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(template)) {
            workbook.createSheet("Summary");
            workbook.createSheet("Findings");
            workbook.write(out);
        }
        assertThatThrownBy(() -> new XlsxReporter(template))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(template.toString())
                .hasMessageContaining("'Rules'");
    }

    @Test
    void userTemplateKeepsItsRowsAndGetsSeverityColours() throws IOException {
        Path template = dir.resolve("branded.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(template)) {
            workbook.createSheet("Summary").createRow(0).createCell(0).setCellValue("ACME audit");
            Sheet findings = workbook.createSheet("Findings");
            findings.createRow(0).createCell(0).setCellValue("ACME audit: findings");
            Row header = findings.createRow(1);
            for (int i = 0; i < WorkbookLayout.FINDINGS_COLUMNS.size(); i++) {
                header.createCell(i).setCellValue(WorkbookLayout.FINDINGS_COLUMNS.get(i).toUpperCase());
            }
            workbook.createSheet("Rules");
            workbook.write(out);
        }
        Report report = report();
        try (XSSFWorkbook workbook = readBack(write(new XlsxReporter(template), report))) {
            XSSFSheet findings = workbook.getSheet("Findings");
            assertThat(findings.getRow(0).getCell(0).getStringCellValue()).isEqualTo("ACME audit: findings");
            assertThat(findings.getRow(1).getCell(1).getStringCellValue()).isEqualTo("RULE");
            assertThat(findings.getRow(2).getCell(1).getStringCellValue()).isEqualTo("CMP-001");
            assertThat(findings.getLastRowNum()).isEqualTo(report.findings().size() + 1);
            assertThat(findings.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
            assertThat(findings.getCTWorksheet().getAutoFilter().getRef())
                    .isEqualTo("A2:L" + (report.findings().size() + 2));
            assertThat(findings.getSheetConditionalFormatting().getNumConditionalFormattings()).isGreaterThan(0);
            XSSFSheet rules = workbook.getSheet("Rules");
            assertThat(text(rules.getRow(0))).startsWith("Rule id", "Severity");
            assertThat(rules.getRow(1).getCell(0).getStringCellValue()).isEqualTo("CMP-001");
        }
    }

    private static byte[] write(XlsxReporter reporter, Report report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reporter.write(report, out);
        return out.toByteArray();
    }

    private static XSSFWorkbook readBack(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    /** The Findings row about a subject, found by its Subject id column. */
    private static Row rowAbout(Sheet findings, String subjectId) {
        for (Row row : findings) {
            if (row.getRowNum() > 0 && subjectId.equals(row.getCell(4).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no finding about " + subjectId);
    }

    private static List<String> text(Row row) {
        List<String> values = new ArrayList<>();
        row.forEach(cell -> values.add(cell.getStringCellValue()));
        return values;
    }

    /** Every cell of every sheet as {@code sheet!ref type value}. */
    private static List<String> cells(XSSFWorkbook workbook) {
        List<String> cells = new ArrayList<>();
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    cells.add(sheet.getSheetName() + "!" + cell.getAddress() + " " + cell.getCellType() + " "
                            + cell);
                }
            }
        }
        return cells;
    }

    private static Report report() {
        RuleMetadata cmp = rule("CMP-001", "Host CPU over-committed", Severity.CRITICAL, "compute", SubjectType.HOST);
        RuleMetadata tim = rule("TIM-004", "Timing-sensitive VM on a full-virtualisation host", Severity.HIGH,
                "time", SubjectType.VM);
        RuleMetadata net = rule("NET-002", "VM on an unknown VLAN", Severity.MEDIUM, "network", SubjectType.VM);
        RuleMetadata avl = rule("AVL-003", "Cluster without admission control", Severity.LOW, "availability",
                SubjectType.CLUSTER);
        RuleMetadata dat = rule("DAT-001", "Data gaps", Severity.INFO, "data", SubjectType.ESTATE);
        RuleMetadata sto = rule("STO-001", "LUN without a second path", Severity.HIGH, "storage", SubjectType.LUN);

        Map<String, Object> timEvidence = new LinkedHashMap<>();
        timEvidence.put("host", "h1");
        timEvidence.put("virtualization", "full");
        List<Finding> findings = List.of(
                finding(cmp, new Subject(SubjectType.HOST, "h1", "esx01"), "h1 runs 4.5 vCPU per core",
                        Map.of("ratio", 4.5)),
                finding(tim, new Subject(SubjectType.VM, "trade01", "trade01"),
                        "trade01 is timing-sensitive and runs on h1 (virtualbox, full virtualisation)", timEvidence),
                finding(tim, new Subject(SubjectType.VM, "trade02", "trade02"),
                        "trade02 is timing-sensitive and runs on h1", timEvidence),
                finding(net, new Subject(SubjectType.VM, "web01", FORMULA_NAME), "web01 is on VLAN 999",
                        Map.of("vlan", 999)),
                finding(avl, new Subject(SubjectType.CLUSTER, "c1", "prod"), LONG_MESSAGE, Map.of()),
                finding(dat, Subject.ESTATE, "12 hosts lack ntpServers", Map.of("field", "host.ntpServers")));

        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("clusters", 3);
        counts.put("hosts", 12);
        counts.put("vms", 150);
        counts.put("luns", 20);
        counts.put("multipath", 60);
        counts.put("vlans", 8);
        Map<String, Integer> bySeverity = new LinkedHashMap<>();
        bySeverity.put("critical", 1);
        bySeverity.put("high", 2);
        bySeverity.put("medium", 1);
        bySeverity.put("low", 1);
        bySeverity.put("info", 1);
        Map<String, Integer> byDomain = new LinkedHashMap<>();
        byDomain.put("AVL", 1);
        byDomain.put("CMP", 1);
        byDomain.put("DAT", 1);
        byDomain.put("NET", 1);
        byDomain.put("TIM", 2);
        return new Report(
                new Report.Tool("virtaudit", "1.0.0", List.of(new Report.Pack("core", "1"))),
                new Report.EstateSummary("ACME Production", COLLECTED, "lab.yaml", counts, COLLECTED, false,
                        List.of("lab.yaml")),
                new Report.Summary(6, 0, bySeverity, byDomain, 6, 5, 80.0, Map.of("TIM", 60.0), null, null),
                findings, List.of(), Report.Waivers.none(),
                List.of(new Report.RuleResult(cmp, 1, Map.of()), new Report.RuleResult(tim, 2, Map.of()), new Report.RuleResult(sto, 0, Map.of()),
                        new Report.RuleResult(net, 1, Map.of()), new Report.RuleResult(avl, 1, Map.of()),
                        new Report.RuleResult(dat, 1, Map.of())),
                new Report.Run(java.time.LocalDate.of(2026, 11, 24), null, null, null), null);
    }

    private static RuleMetadata rule(String id, String title, Severity severity, String category,
                                     SubjectType subject) {
        return new RuleMetadata(id, title, severity, category, subject, "Fix " + id + ".",
                List.of("KB 1318", "RFC 5905"), "seed-" + id, List.of(), "core", "rules/core.drl", id + " rule");
    }

    private static Finding finding(RuleMetadata rule, Subject subject, String message, Map<String, Object> evidence) {
        return new Finding(rule.id(), rule.title(), rule.severity(), rule.category(), subject, message, evidence,
                rule.remediation(), rule.references(), new SourceRef("lab.yaml", "/vms/0"), FindingStatus.NEW, null);
    }
}
