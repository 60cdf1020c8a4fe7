package io.virtaudit.report.xlsx;

import static io.virtaudit.report.xlsx.Workbooks.readBack;
import static io.virtaudit.report.xlsx.Workbooks.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.virtaudit.input.InputError;
import io.virtaudit.input.InputException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The template contract: what a template must hold, and what a rebranded copy keeps. */
class WorkbookTemplateTest {

    @TempDir
    Path dir;

    @Test
    void builtInTemplateIsWhatTheBuilderBuildsAndMeetsTheContract() throws IOException {
        try (XSSFWorkbook shipped = WorkbookTemplate.builtIn().open(); XSSFWorkbook built = TemplateBuilder.build()) {
            assertThat(WorkbookTemplate.problems("built-in", shipped)).isEmpty();
            assertThat(Workbooks.sheetNames(shipped)).containsExactlyElementsOf(WorkbookLayout.SHEETS)
                    .isEqualTo(Workbooks.sheetNames(built));
            assertThat(Workbooks.cells(shipped)).as("rebuild the template with TemplateBuilder")
                    .isEqualTo(Workbooks.cells(built));
            for (String name : WorkbookLayout.REQUIRED_NAMES) {
                assertThat(shipped.getName(name).getRefersToFormula()).as(name).startsWith("Cover!");
            }
            for (String sheet : WorkbookLayout.SHEETS) {
                if (WorkbookLayout.isList(sheet)) {
                    XSSFSheet list = shipped.getSheet(sheet);
                    assertThat(list.getLastRowNum()).as(sheet).isZero();
                    assertThat(list.getColumnWidth(0)).as(sheet)
                            .isEqualTo(WorkbookLayout.columns(sheet).get(0).width() * 256);
                }
            }
        }
    }

    @Test
    void aRebrandedCopyKeepsItsCoverValuesHeadingsAndColours() throws IOException {
        Path branded = dir.resolve("contoso.xlsx");
        try (XSSFWorkbook workbook = TemplateBuilder.build(); OutputStream out = Files.newOutputStream(branded)) {
            CoverSheet.cell(workbook, "Client").setCellValue("Globex Corporation");
            CoverSheet.cell(workbook, "Assessor").setCellValue("Contoso Consulting");
            CoverSheet.cell(workbook, "LogoArea").setCellValue("CONTOSO");
            XSSFSheet findings = workbook.getSheet("Findings");
            findings.getRow(0).getCell(0).setCellValue("Risk level");
            XSSFCellStyle header = workbook.createCellStyle();
            header.cloneStyleFrom(findings.getRow(0).getCell(0).getCellStyle());
            header.setFillForegroundColor(SeverityColours.colour("006400"));
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            findings.getRow(0).getCell(0).setCellStyle(header);
            workbook.write(out);
        }
        try (XSSFWorkbook workbook = readBack(write(new XlsxReporter(branded), ReportFixture.report()))) {
            assertThat(CoverSheet.cell(workbook, "Client").getStringCellValue()).isEqualTo("Globex Corporation");
            assertThat(CoverSheet.cell(workbook, "Assessor").getStringCellValue()).isEqualTo("Contoso Consulting");
            assertThat(CoverSheet.cell(workbook, "LogoArea").getStringCellValue()).isEqualTo("CONTOSO");
            assertThat(CoverSheet.cell(workbook, "ReportTitle").getStringCellValue())
                    .isEqualTo("Virtualisation estate assessment");
            var core = workbook.getProperties().getCoreProperties();
            assertThat(core.getTitle()).isEqualTo("Virtualisation estate assessment: Globex Corporation");
            assertThat(core.getCreator()).isEqualTo("Contoso Consulting");
            XSSFSheet findings = workbook.getSheet("Findings");
            assertThat(findings.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Risk level");
            XSSFTable table = findings.getTables().get(0);
            assertThat(table.getColumns().get(0).getName()).isEqualTo("Risk level");
            assertThat(findings.getRow(1).getCell(1).getStringCellValue()).isEqualTo("CMP-001");
            var section = rowStyle(workbook.getSheet("Summary"), "Top risks");
            assertThat(section.getFont().getXSSFColor().getARGBHex()).as("the accent follows the header fill")
                    .isEqualTo("FF006400");
            assertThat(Workbooks.pairs(workbook.getSheet("Method")).get("Workbook template").getStringCellValue())
                    .isEqualTo("contoso.xlsx");
        }
    }

    @Test
    void aTemplateWithTitleRowsAboveAHeaderGetsItsRowsBelowThem() throws IOException {
        Path titled = dir.resolve("titled.xlsx");
        try (XSSFWorkbook workbook = TemplateBuilder.build(); OutputStream out = Files.newOutputStream(titled)) {
            XSSFSheet rules = workbook.getSheet("Rules");
            rules.shiftRows(0, 0, 2);
            rules.createRow(0).createCell(0).setCellValue("ACME audit: the rules");
            workbook.write(out);
        }
        try (XSSFWorkbook workbook = readBack(write(new XlsxReporter(titled), ReportFixture.report()))) {
            XSSFSheet rules = workbook.getSheet("Rules");
            assertThat(rules.getRow(0).getCell(0).getStringCellValue()).isEqualTo("ACME audit: the rules");
            assertThat(rules.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Rule id");
            assertThat(rules.getRow(3).getCell(0).getStringCellValue()).isEqualTo("CMP-001");
            assertThat(rules.getTables().get(0).getCTTable().getRef()).isEqualTo("A3:K9");
            assertThat(rules.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 3);
            XSSFSheet findings = workbook.getSheet("Findings");
            assertThat(Workbooks.linkOf(findings, 1, 1)).isEqualTo("'Rules'!A4");
        }
    }

    @Test
    void missingTemplateIsAnInputError() {
        Path missing = dir.resolve("nowhere.xlsx");
        assertThatThrownBy(() -> new XlsxReporter(missing)).isInstanceOfSatisfying(InputException.class,
                e -> assertThat(e.errors().get(0).file()).isEqualTo(missing.toString()));
    }

    @Test
    void templateThatIsNoWorkbookIsAnInputError() throws IOException {
        Path text = Files.writeString(dir.resolve("template.xlsx"), "not a workbook");
        assertThatThrownBy(() -> new XlsxReporter(text)).isInstanceOfSatisfying(InputException.class,
                e -> assertThat(e.errors().get(0).file()).isEqualTo(text.toString()));
    }

    @Test
    void templateMissingANamedCellIsAnInputErrorNamingIt() throws IOException {
        Path template = dir.resolve("no-assessor.xlsx");
        try (XSSFWorkbook workbook = TemplateBuilder.build(); OutputStream out = Files.newOutputStream(template)) {
            workbook.removeName(workbook.getName("Assessor"));
            workbook.write(out);
        }
        assertThatThrownBy(() -> new XlsxReporter(template)).isInstanceOfSatisfying(InputException.class,
                e -> assertThat(e.errors()).extracting(InputError::render).containsExactly(template
                        + ": the Excel template has no named cell 'Assessor' (it needs ReportTitle, Client, Assessor, "
                        + "ReportDate, Scope, LogoArea on the Cover sheet)"));
    }

    @Test
    void anOldThreeSheetTemplateIsAnInputErrorListingWhatItLacks() throws IOException {
        Path template = dir.resolve("old.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(template)) {
            workbook.createSheet("Summary");
            workbook.createSheet("Findings");
            workbook.createSheet("Rules");
            workbook.write(out);
        }
        assertThatThrownBy(() -> new XlsxReporter(template)).isInstanceOfSatisfying(InputException.class, e -> {
            List<String> lines = new ArrayList<>();
            e.errors().forEach(error -> lines.add(error.render()));
            assertThat(lines.get(0)).isEqualTo(template + ": the Excel template has no sheet named 'Cover', "
                    + "'Remediation plan', 'Hosts', 'VMs', 'Datastores', 'Multipath', 'VLANs', 'Clusters', "
                    + "'Waivers', 'Changes', 'Method' (it needs " + String.join(", ", WorkbookLayout.REQUIRED_SHEETS)
                    + ")");
            assertThat(lines).hasSize(1 + WorkbookLayout.REQUIRED_NAMES.size());
        });
    }

    @Test
    void namedCellsMustBeSingleCellsOnTheCover() throws IOException {
        Path template = dir.resolve("moved.xlsx");
        try (XSSFWorkbook workbook = TemplateBuilder.build(); OutputStream out = Files.newOutputStream(template)) {
            workbook.getName("Client").setRefersToFormula("Summary!$A$1");
            workbook.getName("Scope").setRefersToFormula("Cover!$C$14:$D$20");
            workbook.write(out);
        }
        assertThatThrownBy(() -> new XlsxReporter(template)).isInstanceOfSatisfying(InputException.class,
                e -> assertThat(e.errors()).extracting(InputError::message).containsExactly(
                        "the named cell 'Client' must be on the Cover sheet, not Summary!$A$1",
                        "the named cell 'Scope' must be one cell (or one merged cell), not Cover!$C$14:$D$20"));
    }

    @Test
    void repeatedHeadingsAreAnInputError() throws IOException {
        Path template = dir.resolve("twice.xlsx");
        try (XSSFWorkbook workbook = TemplateBuilder.build(); OutputStream out = Files.newOutputStream(template)) {
            workbook.getSheet("Rules").getRow(0).getCell(3).setCellValue("Severity");
            workbook.write(out);
        }
        assertThatThrownBy(() -> new XlsxReporter(template)).isInstanceOfSatisfying(InputException.class,
                e -> assertThat(e.errors().get(0).render()).isEqualTo(template + ":Rules: the heading 'Severity' "
                        + "appears twice in the header row (row 1); a table needs distinct headings"));
    }

    private static XSSFCellStyle rowStyle(XSSFSheet sheet, String text) {
        return (XSSFCellStyle) Workbooks.rowWith(sheet, 0, text).getCell(0).getCellStyle();
    }
}
