package io.virtaudit.report.xlsx;

import static io.virtaudit.report.xlsx.Workbooks.linkOf;
import static io.virtaudit.report.xlsx.Workbooks.pairs;
import static io.virtaudit.report.xlsx.Workbooks.readBack;
import static io.virtaudit.report.xlsx.Workbooks.write;
import static org.assertj.core.api.Assertions.assertThat;

import io.virtaudit.report.Report;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A list sheet's links stop, between whole rows, where Excel's limit of links per sheet would be
 * passed, and the workbook says so beside the sheet's header, on the Method sheet and in the
 * summary. Here the limit is made small; XlsxLimitsTest passes Excel's own.
 */
class XlsxLinkLimitTest {

    /** Six findings: five link their rule and subject, the estate's only its rule. */
    private static final Report REPORT = ReportFixture.report();

    @Test
    void linksStopAtTheFirstRowWhoseLinksWouldPassTheLimitAndTheSheetSaysSo() throws IOException {
        try (XSSFWorkbook workbook = readBack(write(reporter(ListSheet.MAX_ROWS, 5), REPORT))) {
            XSSFSheet findings = workbook.getSheet(WorkbookLayout.FINDINGS);
            assertThat(findings.getHyperlinkList()).hasSize(4);
            assertThat(linkOf(findings, 2, 1)).isEqualTo("'Rules'!A3");
            assertThat(linkOf(findings, 2, 4)).isEqualTo("'VMs'!A2");
            for (int row = 3; row <= 6; row++) {
                assertThat(linkOf(findings, row, 1)).as("rule of row %d", row + 1).isNull();
                assertThat(linkOf(findings, row, 4)).as("subject of row %d", row + 1).isNull();
            }
            int besideHeader = WorkbookLayout.FINDINGS_COLUMNS.size();
            assertThat(findings.getRow(0).getCell(besideHeader).getStringCellValue()).isEqualTo(
                    "Excel allows 5 links on a sheet: on this one rows 2 to 3 are linked; the 4 rows below them are not.");
            assertThat(findings.getTables().get(0).getCTTable().getRef()).as("the note is no column of the table")
                    .isEqualTo("A1:M7");

            XSSFSheet plan = workbook.getSheet(WorkbookLayout.REMEDIATION);
            assertThat(plan.getHyperlinkList()).as("five rules, one link each: the limit, not past it").hasSize(5);
            assertThat(plan.getRow(0).getCell(WorkbookLayout.REMEDIATION_COLUMNS.size())).isNull();

            Cell links = pairs(workbook.getSheet(WorkbookLayout.METHOD)).get("Links");
            assertThat(links.getStringCellValue()).isEqualTo("A finding's rule and subject link to their rows, but "
                    + "Excel allows 5 links on a sheet: on Findings, rows 2 to 3 are linked; the 4 rows below them are "
                    + "not. Find the others' rules on the Rules sheet and their subjects on the inventory sheets by id.");
            assertThat(summaryText(workbook)).contains("as far as Excel's limit of links on a sheet goes");
        }
    }

    @Test
    void eachSheetOfAListHasLinksOfItsOwn() throws IOException {
        // three findings a sheet: two linked on the first, and all three on the second (2 + 2 + 1 links)
        try (XSSFWorkbook workbook = readBack(write(reporter(4, 5), REPORT))) {
            XSSFSheet first = workbook.getSheet("Findings");
            XSSFSheet second = workbook.getSheet("Findings (2)");
            assertThat(first.getHyperlinkList()).hasSize(4);
            assertThat(second.getHyperlinkList()).hasSize(5);
            assertThat(first.getRow(0).getCell(13).getStringCellValue()).endsWith(
                    "rows 2 to 3 are linked; the row below them is not.");
            assertThat(second.getRow(0).getCell(13)).isNull();
            assertThat(pairs(workbook.getSheet(WorkbookLayout.METHOD)).get("Links").getStringCellValue())
                    .contains("on Findings, rows 2 to 3 are linked; the row below them is not.")
                    .doesNotContain("Findings (2)");
        }
    }

    @Test
    void aLimitBelowARowsLinksLinksNoRow() throws IOException {
        try (XSSFWorkbook workbook = readBack(write(reporter(ListSheet.MAX_ROWS, 1), REPORT))) {
            assertThat(workbook.getSheet(WorkbookLayout.FINDINGS).getHyperlinkList()).isEmpty();
            assertThat(pairs(workbook.getSheet(WorkbookLayout.METHOD)).get("Links").getStringCellValue())
                    .contains("on Findings, none of its 6 rows are linked; on Remediation plan, row 2 is linked; "
                            + "the 4 rows below it are not.");
        }
    }

    @Test
    void underTheLimitTheWorkbookSaysNothingOfIt() throws IOException {
        try (XSSFWorkbook workbook = readBack(write(new XlsxReporter(), REPORT))) {
            XSSFSheet findings = workbook.getSheet(WorkbookLayout.FINDINGS);
            assertThat(findings.getHyperlinkList()).hasSize(11);
            assertThat(findings.getRow(0).getLastCellNum()).isEqualTo((short) WorkbookLayout.FINDINGS_COLUMNS.size());
            assertThat(pairs(workbook.getSheet(WorkbookLayout.METHOD))).doesNotContainKey("Links");
            assertThat(summaryText(workbook)).contains("subject in the inventory sheets.")
                    .doesNotContain("Excel's limit");
        }
    }

    private static XlsxReporter reporter(int rowLimit, int linkLimit) {
        return new XlsxReporter(WorkbookTemplate.builtIn(), rowLimit, linkLimit, true);
    }

    private static String summaryText(XSSFWorkbook workbook) {
        StringBuilder text = new StringBuilder();
        workbook.getSheet(WorkbookLayout.SUMMARY).forEach(row -> row.forEach(cell -> text.append(cell).append('\n')));
        return text.toString();
    }
}
