package io.virtaudit.importer.rvtools;

import static io.virtaudit.importer.rvtools.WorkbookParts.inline;
import static io.virtaudit.importer.rvtools.WorkbookParts.number;
import static io.virtaudit.importer.rvtools.WorkbookParts.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.virtaudit.input.InputError;
import io.virtaudit.input.InputException;
import io.virtaudit.importer.SourcedDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Workbooks no spreadsheet program writes, and workbooks too large to read: each is refused as an
 * input error naming the sheet and cell where it can, and the size limits trip before the work
 * they guard against is done.
 */
class RvtoolsHostileWorkbookTest {

    private static final String FILE = "RVTools_export.xlsx";
    private static final String MALFORMED = ": the workbook is malformed (Excel does not write this); open it in Excel "
            + "and save it again, or export it again";
    private static final String HEADER = row(1, "A1", "VM", "B1", "Memory", "C1", "Host");

    @TempDir
    Path dir;

    private Export read(WorkbookParts workbook) {
        return read(workbook, ReadLimits.DEFAULT);
    }

    private Export read(WorkbookParts workbook, ReadLimits limits) {
        return WorkbookReader.read(workbook.write(dir.resolve(FILE)), FILE, limits);
    }

    private String error(WorkbookParts workbook) {
        return error(workbook, ReadLimits.DEFAULT);
    }

    private String error(WorkbookParts workbook, ReadLimits limits) {
        InputException e = assertThrows(InputException.class, () -> read(workbook, limits));
        assertThat(e.errors()).hasSize(1);
        return e.errors().get(0).render();
    }

    private String errorOfFile(Path file) {
        InputException e = assertThrows(InputException.class, () -> new RvtoolsImporter().read(file, FILE));
        return e.errors().get(0).render();
    }

    // ---- sheets -------------------------------------------------------------------------------

    @Test
    void twoSheetsWhoseNamesDifferOnlyInCaseAreRefusedNamingBoth() {
        WorkbookParts workbook = WorkbookParts.sheets("vInfo", HEADER + row(2, "A2", "a", "C2", "esx01"),
                "VINFO", HEADER + row(2, "A2", "b", "C2", "esx01"));
        assertThat(error(workbook)).isEqualTo(FILE + ": the workbook has two sheets named 'vInfo' and 'VINFO', which "
                + "Excel does not allow (sheet names must differ in more than case), so virtaudit cannot tell which "
                + "is the tab: the workbook is malformed; export it again");
    }

    // ---- Excel's grid -------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({"XFE1, 'vInfo!XFE1: the cell is past column XFD, the last of Excel''s 16,384 columns'",
            "ZZZZZ1, 'vInfo!ZZZZZ1: the cell is past column XFD, the last of Excel''s 16,384 columns'",
            "A1048577, 'vInfo!A1048577: the sheet goes past row 1,048,576, the last Excel allows'",
            "A99999999999, 'vInfo!A99999999999: the sheet goes past row 1,048,576, the last Excel allows'",
            "a1, 'vInfo!a1: ''a1'' is not a cell reference such as B7'",
            "B0, 'vInfo!B0: ''B0'' is not a cell reference such as B7'"})
    void aCellOutsideExcelsGridIsRefusedNamingIt(String ref, String expected) {
        WorkbookParts workbook = WorkbookParts.sheets("vInfo", "<row r=\"1\">" + inline("A1", "VM") + inline(ref, "x") + "</row>");
        assertThat(error(workbook)).isEqualTo(FILE + ":" + expected + MALFORMED);
    }

    @Test
    void aRowNumberPastExcelsLastRowIsRefused() {
        WorkbookParts workbook = WorkbookParts.sheets("vInfo", row(1, "A1", "VM") + "<row r=\"1048577\">"
                + inline("A1048577", "a") + "</row>");
        assertThat(error(workbook)).isEqualTo(FILE + ":vInfo!1048577: the sheet goes past row 1,048,576, the last "
                + "Excel allows" + MALFORMED);
    }

    @Test
    void cellsWithoutReferencesMayNotRunPastColumnXfd() {
        StringBuilder cells = new StringBuilder();
        for (int i = 0; i < 16_385; i++) {
            cells.append("<c><v>").append(i * 7919 % 100_003).append("</v></c>");
        }
        WorkbookParts workbook = WorkbookParts.sheets("vInfo", row(1, "A1", "VM") + "<row r=\"2\">" + cells + "</row>");
        assertThat(error(workbook)).isEqualTo(FILE + ":vInfo!2: the row goes past column XFD, the last of Excel's "
                + "16,384 columns" + MALFORMED);
    }

    @Test
    void aCellAtColumnXfdOnEveryRowCostsOneCellNotARowOfBlanks() {
        StringBuilder rows = new StringBuilder(row(1, "A1", "VM", "C1", "Host", "XFD1", "Notes"));
        for (int r = 2; r <= 20_001; r++) {
            rows.append(row(r, "A" + r, "vm" + r, "C" + r, "esx01", "XFD" + r, "far"));
        }
        Export export = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> read(WorkbookParts.sheets("vInfo", rows.toString())));
        assertThat(export.tab(Tab.VINFO).rows()).hasSize(20_000);
    }

    @Test
    void cellsOutOfColumnOrderAreRefused() {
        WorkbookParts workbook = WorkbookParts.sheets("vInfo", row(1, "C1", "VM", "A1", "Host"));
        assertThat(error(workbook)).isEqualTo(FILE + ":vInfo!A1: the cell comes after C1 in its row, out of column order"
                + MALFORMED);
    }

    @Test
    void aCellLongerThanExcelHoldsIsRefused() {
        WorkbookParts workbook = WorkbookParts.sheets("vInfo", row(1, "A1", "VM") + row(2, "A2", "x".repeat(32_768)));
        assertThat(error(workbook)).isEqualTo(FILE + ":vInfo!A2: the cell holds more than 32,767 characters, the most "
                + "Excel allows" + MALFORMED);
    }

    // ---- shared strings -----------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({"7, '7', 2", "x, 'x', 2", "-1, '-1', 2"})
    void aCellReferringToASharedStringTheTableLacksIsRefused(String index, String quoted, int size) {
        WorkbookParts workbook = WorkbookParts.sheets("vInfo", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>" + index + "</v></c></row>")
                .sharedStrings(List.of("VM", "Host"));
        assertThat(error(workbook)).isEqualTo(FILE + ":vInfo!A1: the cell refers to shared string '" + quoted
                + "', but the workbook's table has " + size + MALFORMED);
    }

    @Test
    void tooManySharedStringsAreRefusedWhileReadingThem() {
        List<String> strings = new ArrayList<>(List.of("VM", "Host"));
        for (int i = 0; i < 200; i++) {
            strings.add("unused" + i);
        }
        WorkbookParts workbook = WorkbookParts.sheets("vInfo", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>")
                .sharedStrings(strings);
        assertThat(error(workbook, new ReadLimits(500_000, 2_000_000, 1L << 30, 100, 1_000_000)))
                .isEqualTo(FILE + ": the workbook's shared-string table holds more than 100 strings; the limit is 100 "
                        + "strings and 1,000,000 characters (several times what a 50,000-VM export holds): refused as too large");
        assertThat(error(workbook, new ReadLimits(500_000, 2_000_000, 1L << 30, 1000, 1000)))
                .isEqualTo(FILE + ": the workbook's shared-string table holds more than 1,000 characters; the limit is "
                        + "1,000 strings and 1,000 characters (several times what a 50,000-VM export holds): refused as too large");
    }

    @Test
    void aTableThatDeclaresTooManyStringsIsRefusedBeforeTheyAreRead() {
        WorkbookParts workbook = WorkbookParts.sheets("vInfo", row(1, "A1", "VM"))
                .text("xl/sharedStrings.xml", "<?xml version=\"1.0\"?><sst xmlns=\"" + WorkbookParts.MAIN
                        + "\" uniqueCount=\"130000000\"><si><t>VM</t></si><si><broken");
        assertThat(error(workbook)).isEqualTo(FILE + ": the workbook's shared-string table declares 130,000,000 strings; "
                + "the limit is 10,000,000 strings and 500,000,000 characters (several times what a 50,000-VM export "
                + "holds): refused as too large");
    }

    @Test
    void sharedStringsBecomeTextOnlyOnceAndOnlyWhenUsed() throws Exception {
        StringBuilder sst = new StringBuilder("<sst xmlns=\"" + WorkbookParts.MAIN + "\">");
        for (int i = 0; i < 100_000; i++) {
            sst.append("<si><t>string ").append(i).append("</t></si>");
        }
        sst.append("<si><r><t>rich </t></r><r><t>text</t></r><rPh><t>phonetic</t></rPh></si><si><t>a_x000D_b</t></si></sst>");
        SharedStringsText table = SharedStringsText.read(new java.io.ByteArrayInputStream(
                sst.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)), ReadLimits.DEFAULT, FILE);
        assertThat(table.size()).isEqualTo(100_002);
        assertThat(table.text(99_999)).isEqualTo("string 99999").isSameAs(table.text(99_999));
        assertThat(table.text(100_000)).isEqualTo("rich text");
        assertThat(table.text(100_001)).isEqualTo("a\rb");
    }

    // ---- size limits --------------------------------------------------------------------------

    private static WorkbookParts vInfoRows(int rows) {
        StringBuilder xml = new StringBuilder(HEADER);
        for (int r = 2; r <= rows + 1; r++) {
            xml.append(row(r, "A" + r, "vm" + r, "C" + r, "esx01"));
        }
        return WorkbookParts.sheets("vInfo", xml.toString(), "vTools", row(1, "A1", "VM", "B1", "Tools")
                + row(2, "A2", "vm2", "B2", "toolsOk") + row(3, "A3", "vm3", "B3", "toolsOk"));
    }

    @Test
    void aTabWithMoreRowsThanTheLimitIsRefusedAtTheFirstRowPastIt() {
        assertThat(error(vInfoRows(101), new ReadLimits(100, 1000, 1L << 30, 1000, 100_000)))
                .isEqualTo(FILE + ":vInfo!102: the vInfo tab has more than 100 rows, the most virtaudit reads from one tab: "
                        + "refused as too large (a 50,000-VM export is well within it); if this export is genuine, "
                        + "export fewer vCenters or tabs at a time");
        assertThat(read(vInfoRows(100), new ReadLimits(100, 1000, 1L << 30, 1000, 100_000)).tab(Tab.VINFO).rows())
                .hasSize(100);
    }

    @Test
    void theRowsOfAllTabsTogetherAreLimitedToo() {
        assertThat(error(vInfoRows(100), new ReadLimits(100, 101, 1L << 30, 1000, 100_000)))
                .isEqualTo(FILE + ":vTools!3: the export has more than 101 rows in the tabs virtaudit reads, the limit: "
                        + "refused as too large (a 50,000-VM export is well within it); if this export is genuine, "
                        + "export fewer vCenters or tabs at a time");
    }

    @Test
    void aSheetThatDeclaresAMillionRowsIsRefusedBeforeItsRowsAreRead() {
        WorkbookParts workbook = WorkbookParts.sheets("vInfo", "").sheetXml(1,
                "<dimension ref=\"A1:CN1048576\"/><sheetData>" + HEADER + "<row r=\"2\"><broken");
        assertThat(error(workbook)).isEqualTo(FILE + ":vInfo: the vInfo tab declares 1,048,575 rows, more than the "
                + "500,000 virtaudit reads from one tab: refused as too large (a 50,000-VM export is well within it); "
                + "if this export is genuine, export fewer vCenters or tabs at a time");
    }

    @Test
    void partsThatDeclareMoreXmlThanTheLimitAreRefusedBeforeAnyIsParsed() {
        WorkbookParts workbook = vInfoRows(2000).text("xl/sharedStrings.xml", "<broken");
        long parts = workbook.parts().get("xl/worksheets/sheet1.xml").length;
        assertThat(parts).isGreaterThan(100_000);
        assertThat(error(workbook, new ReadLimits(500_000, 2_000_000, 100_000, 1000, 100_000)))
                .startsWith(FILE + ": the export holds ")
                .endsWith(" of XML in the sheets virtaudit reads and the shared strings, above the limit of 97.65 KiB: "
                        + "refused as too large (a 50,000-VM export is well within it); if this export is genuine, "
                        + "export fewer vCenters or tabs at a time");
    }

    @Test
    void aStreamThatGoesOnPastTheByteLimitIsStoppedAtIt() {
        ReadBudget budget = new ReadBudget(new ReadLimits(10, 10, 1 << 20, 10, 10), FILE, "XML");
        java.io.InputStream endless = new java.io.InputStream() {
            @Override
            public int read() {
                return 'x';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 'x');
                return len;
            }
        };
        InputException e = assertThrows(InputException.class, () -> budget.metered(endless).transferTo(OutputStream.nullOutputStream()));
        assertThat(e.errors().get(0).render()).isEqualTo(FILE + ": the export holds more than 1 MiB of XML, the limit: "
                + "refused as too large (a 50,000-VM export is well within it); if this export is genuine, export fewer "
                + "vCenters or tabs at a time");
    }

    // ---- files that are not workbooks ---------------------------------------------------------

    @Test
    void aPasswordProtectedWorkbookIsToldApartFromAnOldBinaryOne() throws Exception {
        RvtoolsExportWriter export = new RvtoolsExportWriter();
        export.tab("vInfo", "VM", "Host").row("a", "esx01");
        Path source = export.writeXlsx(dir.resolve("plain.xlsx"));
        Path encrypted = WorkbookParts.encrypt(source, dir.resolve("protected.xlsx"));
        assertThat(errorOfFile(encrypted)).isEqualTo(FILE + ": the workbook is password-protected: save it without a "
                + "password (in Excel: File > Info > Protect Workbook > Encrypt with Password, clear it) and give that copy");
        Path xls = dir.resolve("old.xlsx");
        try (HSSFWorkbook old = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
            old.createSheet("vInfo").createRow(0).createCell(0).setCellValue("VM");
            old.write(out);
        }
        assertThat(errorOfFile(xls)).isEqualTo(FILE + ": an old binary Excel (.xls) file, not an .xlsx workbook: save it "
                + "as .xlsx or export RVTools to .xlsx");
    }

    @Test
    void aZipWithoutAWorkbookIsNotAWorkbook() {
        WorkbookParts zip = WorkbookParts.sheets();
        zip.parts().clear();
        zip.text("readme.txt", "hello");
        assertThat(error(zip)).isEqualTo(FILE + ": not an .xlsx workbook: it is a zip file without a workbook inside");
    }

    @Test
    void brokenXmlInASheetIsADamagedWorkbookNotAnEntityAttack() {
        WorkbookParts workbook = WorkbookParts.sheets("vInfo", HEADER + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>a");
        String error = error(workbook);
        assertThat(error).startsWith(FILE + ": the workbook is damaged: sheet 'vInfo' is not well-formed XML (line 1, column ")
                .endsWith("); open it in Excel and save it again, or export it again");
    }

    @Test
    void aTruncatedWorkbookIsDamaged() throws IOException {
        Path whole = vInfoRows(50).write(dir.resolve("whole.xlsx"));
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThat(errorOfFile(cut)).doesNotContainIgnoringCase("exception").doesNotContain("bugzilla")
                .startsWith(FILE + ": the workbook is damaged: ");
    }

    // ---- values out of range ------------------------------------------------------------------

    @Test
    void aValueOutOfRangeQuotesTheCellAsWrittenWithItsUnitAtItsCell() {
        RvtoolsExportWriter export = new RvtoolsExportWriter();
        export.tab("vInfo", "VM", "Host", "CPUs", "Memory").row("a", "esx01", 2, -1).row("b", "esx01", 0, 1024)
                .row("c", "esx01", 5000, 1024);
        export.tab("vDatastore", "Name", "Capacity MB", "Free MB").row("ds1", -2.5, 10);
        Path file = export.writeXlsx(dir.resolve(FILE));
        SourcedDocument read = new RvtoolsImporter().read(file, FILE);
        assertThat(read.warnings()).extracting(InputError::render).containsExactly(
                FILE + ":vDatastore!B2: Capacity -2.5 MiB is negative; the field is left unknown",
                FILE + ":vInfo!D2: Memory -1 MiB is negative; the field is left unknown",
                FILE + ":vInfo!C3: CPUs 0 is below the minimum of 1; the field is left unknown",
                FILE + ":vInfo!C4: CPUs 5000 is above the maximum of 4096; the field is left unknown");
        assertThat(read.document().vms()).as("the VMs are kept").hasSize(3);
    }

    @Test
    void aPerTabCsvFileNamesTheLineOfAValueOutOfRange() throws IOException {
        Path file = Files.writeString(dir.resolve("RVTools_tabvInfo.csv"), "VM,Host,Memory MB\na,esx01,-1\n");
        assertThat(new RvtoolsImporter().read(file, "RVTools_tabvInfo.csv").warnings()).extracting(InputError::render)
                .containsExactly("RVTools_tabvInfo.csv:2: Memory -1 MiB is negative; the field is left unknown");
    }

    @Test
    void typedCellsReadAsTheirValues() {
        WorkbookParts workbook = WorkbookParts.sheets("vInfo", row(1, "A1", "VM", "B1", "Host", "C1", "Template", "D1", "CPUs")
                + "<row r=\"2\">" + inline("A2", "a") + "<c r=\"B2\" t=\"str\"><f>X1</f><v>esx01</v></c>"
                + "<c r=\"C2\" t=\"b\"><v>0</v></c>" + number("D2", "4") + "</row>"
                + "<row>" + inline("A3", "b") + inline("B3", "esx01") + "</row>");
        SourcedDocument doc = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            Path file = workbook.write(dir.resolve(FILE));
            return new RvtoolsImporter().read(file, FILE);
        });
        assertThat(doc.document().vms()).hasSize(2);
        assertThat(doc.document().vms().get(0).host()).isEqualTo("esx01");
        assertThat(doc.document().vms().get(0).template()).isFalse();
        assertThat(doc.document().vms().get(0).vcpus()).isEqualTo(4);
        assertThat(doc.locator().locate("/vms/1").location()).isEqualTo("vInfo!3");
    }

    @Test
    void anErrorCellIsReadAsItsErrorText() {
        WorkbookParts workbook = WorkbookParts.sheets("vInfo", row(1, "A1", "VM", "B1", "Host", "C1", "CPUs")
                + "<row r=\"2\">" + inline("A2", "a") + inline("B2", "esx01") + "<c r=\"C2\" t=\"e\"><v>#N/A</v></c></row>");
        Path file = workbook.write(dir.resolve(FILE));
        assertThat(new RvtoolsImporter().read(file, FILE).warnings()).extracting(InputError::render)
                .containsExactly(FILE + ":vInfo!C2: invalid value '#N/A' in column 'CPUs': expected a whole number"
                        + "; the field is left unknown");
    }
}
