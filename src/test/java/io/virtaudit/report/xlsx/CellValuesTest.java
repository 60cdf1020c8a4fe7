package io.virtaudit.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtaudit.model.PowerState;
import io.virtaudit.ooxml.SharedStrings;
import io.virtaudit.ooxml.SheetData;
import io.virtaudit.ooxml.StreamedWorkbook;
import io.virtaudit.report.XmlText;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** How report values read in a cell. */
class CellValuesTest {

    @Test
    void listsJoinWithSemicolonsKeepingEmptyItems() {
        assertThat(CellValues.text(List.of("ds-01", "ds-02"))).isEqualTo("ds-01; ds-02");
        assertThat(CellValues.text(Arrays.asList("a", "", null, "b"))).isEqualTo("a; ; null; b");
        assertThat(CellValues.text(List.of(List.of(true, false), PowerState.ON))).isEqualTo("yes; no; on");
        assertThat(CellValues.text(List.of())).isEmpty();
    }

    @Test
    void mapsJoinAsPairs() {
        Map<String, Object> pairs = new LinkedHashMap<>();
        pairs.put("a", 1);
        pairs.put("b", null);
        assertThat(CellValues.text(pairs)).isEqualTo("a=1; b=");
    }

    @Test
    void anEmptyListLeavesTheCellBlank() {
        assertThat(CellValues.content(List.of())).isNull();
        assertThat(CellValues.content(List.of("x"))).isEqualTo("x");
    }

    /** A cell POI writes ({@link CellValues#set}) and a streamed one replace the same characters the same way. */
    @Test
    void aTextReadsTheSameFromACellPoiWritesAndFromAStreamedRow() throws Exception {
        Random random = new Random(21);
        List<String> texts = new ArrayList<>(List.of("esc\u001b nul\u0000", "lone \uD800", "pair \uD83D\uDE00",
                "\uFFFE\uFFFF", "tab\tline\n", " padded "));
        for (int i = 0; i < 500; i++) {
            StringBuilder text = new StringBuilder();
            for (int c = random.nextInt(12); c >= 0; c--) {
                text.append((char) (random.nextBoolean() ? random.nextInt(0x30) : random.nextInt(0x10000)));
            }
            texts.add(text.toString());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook(); StreamedWorkbook streamed = new StreamedWorkbook(
                new SharedStrings())) {
            XSSFSheet sheet = workbook.createSheet("Text");
            for (int i = 0; i < texts.size(); i++) {
                CellValues.set(sheet.createRow(i).createCell(0), texts.get(i));
            }
            SheetData rows = streamed.sheetData(sheet, 1);
            for (int i = 0; i < texts.size(); i++) {
                rows.begin(texts.size() + i, 0);
                rows.cell(0, 0, texts.get(i));
                rows.end();
            }
            streamed.write(workbook, null, out);
        }
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = read.getSheet("Text");
            for (int i = 0; i < texts.size(); i++) {
                String expected = XmlText.of(texts.get(i));
                assertThat(sheet.getRow(i).getCell(0).getStringCellValue()).isEqualTo(expected);
                assertThat(sheet.getRow(texts.size() + i).getCell(0).getStringCellValue()).isEqualTo(expected);
            }
        }
    }
}
