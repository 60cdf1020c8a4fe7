package io.virtaudit.ooxml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The XML of streamed rows: references only where a reader needs them, every cell read back in its column. */
class SheetDataTest {

    private static final int STYLE = 0;

    @Test
    void onlyTheFirstCellOfARowAndOneAfterAGapSpellTheirReference() throws Exception {
        String xml = streamed();

        assertThat(xml).isEqualTo("<row r=\"1\"><c r=\"A1\" s=\"0\" t=\"inlineStr\"><is><t>vm-01</t></is></c>"
                + "<c s=\"0\"><v>4</v></c><c s=\"0\"/><c r=\"F1\" s=\"0\" t=\"inlineStr\"><is><t>after a gap</t></is></c>"
                + "<c s=\"0\"><v>2.5</v></c></row>"
                + "<row r=\"3\"><c r=\"B3\" s=\"0\" t=\"inlineStr\"><is><t>from B</t></is></c>"
                + "<c s=\"0\" t=\"inlineStr\"><is><t>then C</t></is></c></row>");
    }

    @Test
    void poiReadsEveryCellInItsColumn() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(workbookWith(streamed())))) {
            var sheet = workbook.getSheetAt(0);
            Row first = sheet.getRow(0);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("vm-01");
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(4.0);
            assertThat(first.getCell(2).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.BLANK);
            assertThat(first.getCell(3)).isNull();
            assertThat(first.getCell(5).getStringCellValue()).isEqualTo("after a gap");
            assertThat(first.getCell(6).getNumericCellValue()).isEqualTo(2.5);
            Row third = sheet.getRow(2);
            assertThat(third.getCell(0)).isNull();
            assertThat(List.of(third.getCell(1), third.getCell(2)).stream().map(Cell::getStringCellValue))
                    .containsExactly("from B", "then C");
        }
    }

    @Test
    void aStyleIndexAndSharedTextAreSpeltAsSpreadsheetMl() throws Exception {
        SharedStrings strings = new SharedStrings();
        strings.add("repeated");
        String xml = inflated(strings, rows -> {
            rows.begin(0, 30);
            rows.cell(0, 12, "repeated", true);
            rows.cell(1, 3, "repeated", false);
            rows.cell(2, 300, "not shared", true);
            rows.cell(3, 3, Double.NaN);
            rows.cell(4, 3, 1e20);
            rows.end();
        });
        assertThat(xml).isEqualTo("<row r=\"1\" customHeight=\"true\" ht=\"30.0\">"
                + "<c r=\"A1\" s=\"12\" t=\"s\"><v>0</v></c>"
                + "<c s=\"3\" t=\"inlineStr\"><is><t>repeated</t></is></c>"
                + "<c s=\"300\" t=\"inlineStr\"><is><t>not shared</t></is></c>"
                + "<c s=\"3\" t=\"e\"><v>#NUM!</v></c><c s=\"3\"><v>1.0E20</v></c></row>");
    }

    /** Two rows through a SheetData, the second after a skipped row and starting at column B. */
    private static String streamed() throws Exception {
        return inflated(new SharedStrings(), rows -> {
            rows.begin(0, 0);
            rows.cell(0, STYLE, "vm-01");
            rows.cell(1, STYLE, 4);
            rows.cell(2, STYLE, null);
            rows.cell(5, STYLE, "after a gap");
            rows.cell(6, STYLE, 2.5);
            rows.end();
            rows.begin(2, 0);
            rows.cell(1, STYLE, "from B");
            rows.cell(2, STYLE, "then C");
            rows.end();
        });
    }

    /** What {@code write} streams into a seven-column sheet, inflated. */
    private static String inflated(SharedStrings strings, Consumer<SheetData> write) throws Exception {
        try (Deflation deflation = new Deflation()) {
            SheetData rows = new SheetData(deflation, 7, strings);
            write.accept(rows);
            DeflatedSpool spool = rows.finish();
            try {
                ByteArrayOutputStream deflated = new ByteArrayOutputStream();
                deflated.write(Files.readAllBytes(spool.file()));
                deflated.write(Deflation.finished(List.of(InputStream.nullInputStream())).deflated());
                return new String(DeflationTest.inflate(deflated.toByteArray()), StandardCharsets.UTF_8);
            } finally {
                spool.delete();
            }
        }
    }

    /** A workbook made by POI whose one sheet holds {@code rowsXml} as its sheet data. */
    private static byte[] workbookWith(String rowsXml) throws IOException {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Rows");
            workbook.write(plain);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(plain.toByteArray()));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    content = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\""
                            + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + rowsXml
                            + "</sheetData></worksheet>").getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
