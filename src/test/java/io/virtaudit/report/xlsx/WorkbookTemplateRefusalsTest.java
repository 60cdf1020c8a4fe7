package io.virtaudit.report.xlsx;

import static io.virtaudit.report.xlsx.Workbooks.readBack;
import static io.virtaudit.report.xlsx.Workbooks.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.virtaudit.hostile.HostileTemplates;
import io.virtaudit.input.InputError;
import io.virtaudit.input.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Templates a report cannot be written over, refused when loaded with an error naming what is
 * wrong: a cell below a sheet's header area (one on Excel's last row left the list no room), and
 * macros, which a report must never carry.
 */
class WorkbookTemplateRefusalsTest {

    private static final String ROOM = " sheet; the report's rows go below a sheet's title and header rows, which "
            + "must be within its first 100 rows: delete what is below the header";

    @TempDir
    Path dir;

    @Test
    void aCellOnTheLastRowOfFindingsIsRefusedNamingTheSheetAndCell() throws IOException {
        Path template = dir.resolve("last-row.xlsx");
        HostileTemplates.cellOnLastRow(template, WorkbookLayout.FINDINGS);
        assertThat(errors(template)).containsExactly(template + ":Findings!A1048576: the template has something on "
                + "row 1048576 of the Findings" + ROOM);
    }

    @Test
    void aRowBelowTheHeaderAreaOfAPageIsRefusedEvenWithoutCells() throws IOException {
        Path template = dir.resolve("summary.xlsx");
        HostileTemplates.edited(template, workbook -> workbook.getSheet(WorkbookLayout.SUMMARY).createRow(499)
                .setHeightInPoints(30));
        assertThat(errors(template)).containsExactly(template + ":Summary!500:500: the template has something on "
                + "row 500 of the Summary" + ROOM);
    }

    @Test
    void aHeaderOnRowOneHundredIsTheLastAllowedAndTheListStartsBelowIt() throws IOException {
        Path template = dir.resolve("hundred.xlsx");
        HostileTemplates.edited(template, workbook -> workbook.getSheet(WorkbookLayout.FINDINGS).shiftRows(0, 0, 99));
        try (XSSFWorkbook workbook = readBack(write(new XlsxReporter(template), ReportFixture.report()))) {
            XSSFSheet findings = workbook.getSheet(WorkbookLayout.FINDINGS);
            assertThat(findings.getRow(99).getCell(0).getStringCellValue()).isEqualTo("Severity");
            assertThat(findings.getRow(100).getCell(1).getStringCellValue()).isEqualTo("CMP-001");
            assertThat(findings.getTables().get(0).getCTTable().getRef()).isEqualTo("A100:M106");
        }
        Path below = dir.resolve("hundred-and-one.xlsx");
        HostileTemplates.edited(below, workbook -> workbook.getSheet(WorkbookLayout.FINDINGS).shiftRows(0, 0, 100));
        assertThat(errors(below)).containsExactly(below + ":Findings!A101: the template has something on row 101 "
                + "of the Findings" + ROOM);
    }

    @Test
    void aMacroEnabledTemplateIsRefused() throws IOException {
        Path template = dir.resolve("macros.xlsm");
        HostileTemplates.repackaged(template, HostileTemplates.MACRO_WORKBOOK, true);
        assertThat(errors(template)).containsExactly(template + ": the Excel template holds macros; a report must "
                + "not carry them: save the template as an Excel Workbook (.xlsx)");
    }

    @Test
    void aVbaProjectInAPlainWorkbookIsRefusedToo() throws IOException {
        Path template = dir.resolve("renamed.xlsx");
        HostileTemplates.repackaged(template, HostileTemplates.WORKBOOK, true);
        assertThat(errors(template)).containsExactly(template + ": the Excel template holds macros; a report must "
                + "not carry them: save the template as an Excel Workbook (.xlsx)");
    }

    @Test
    void anExcelTemplateFileGivesAWorkbookExcelOpens() throws IOException {
        Path template = dir.resolve("acme.xltx");
        HostileTemplates.repackaged(template, HostileTemplates.TEMPLATE, false);
        byte[] report = write(new XlsxReporter(template), ReportFixture.report());
        String types = new String(XlsxHostileTextTest.parts(report).get("[Content_Types].xml"), StandardCharsets.UTF_8);
        assertThat(types).contains("ContentType=\"" + HostileTemplates.WORKBOOK + "\" PartName=\"/xl/workbook.xml\"")
                .doesNotContain(HostileTemplates.TEMPLATE);
        try (XSSFWorkbook workbook = readBack(report)) {
            assertThat(workbook.getSheet(WorkbookLayout.FINDINGS).getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo("CMP-001");
        }
    }

    /** The errors loading {@code template} gives, rendered as the CLI prints them (without {@code error: }). */
    private static List<String> errors(Path template) {
        Throwable refused = catchThrowable(() -> new XlsxReporter(template));
        assertThat(refused).isInstanceOf(InputException.class);
        return ((InputException) refused).errors().stream().map(InputError::render).toList();
    }
}
