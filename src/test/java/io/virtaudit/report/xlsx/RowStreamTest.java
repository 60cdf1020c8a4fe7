package io.virtaudit.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class RowStreamTest {

    private static final String STYLE = RowStream.style(0);

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

    /** Two rows through a RowStream, the second after a skipped row and starting at column B. */
    private static String streamed() throws Exception {
        try (Deflation deflation = new Deflation()) {
            RowStream rows = new RowStream(deflation, 7);
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
