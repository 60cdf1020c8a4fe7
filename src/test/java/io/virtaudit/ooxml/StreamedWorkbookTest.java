package io.virtaudit.ooxml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Workbooks written through the streaming writer and read back with POI: rows below POI's own,
 * shared strings, links, hostile text, long rows and wide ones, the same bytes every time.
 */
class StreamedWorkbookTest {

    private static final Instant TIME = Instant.parse("2026-11-20T08:00:00Z");

    @Test
    void streamedRowsFollowPoisRowsAndReadBackWithTheirLinksAndSharedStrings() throws IOException {
        SharedStrings strings = new SharedStrings();
        strings.add("prod");
        byte[] bytes = workbook(strings, (workbook, streamed) -> {
            XSSFSheet list = workbook.createSheet("List");
            XSSFSheet other = workbook.createSheet("Other's");
            var header = list.createRow(0);
            header.createCell(0).setCellValue("Id");
            header.createCell(1).setCellValue("Cluster");
            header.createCell(2).setCellValue("Size");
            other.createRow(0).createCell(0).setCellValue("a POI string");
            SheetData rows = streamed.sheetData(list, 3);
            for (int i = 1; i <= 3; i++) {
                rows.begin(i, 0);
                rows.cell(0, 0, "vm-0" + i);
                rows.cell(1, 0, "prod", true);
                rows.cell(2, 0, i == 2 ? null : i * 1.5);
                rows.end();
                assertThat(streamed.link(list, i, 0, Hyperlinks.location("Other's", 0, 0))).isTrue();
            }
            rows.complete();
        });

        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet list = read.getSheet("List");
            assertThat(list.getLastRowNum()).isEqualTo(3);
            assertThat(list.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Size");
            assertThat(list.getRow(2).getCell(0).getStringCellValue()).isEqualTo("vm-02");
            assertThat(list.getRow(3).getCell(1).getStringCellValue()).isEqualTo("prod");
            assertThat(list.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(4.5);
            assertThat(list.getRow(2).getCell(2).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(read.getSheet("Other's").getRow(0).getCell(0).getStringCellValue())
                    .as("POI's own string, moved on past the streamed ones").isEqualTo("a POI string");
            assertThat(read.getSharedStringSource().getUniqueCount()).isEqualTo(5);
            assertThat(list.getHyperlinkList()).hasSize(3)
                    .allSatisfy(link -> assertThat(link.getLocation()).isEqualTo("'Other''s'!A1"));
            assertThat(list.getHyperlink(2, 0)).isNotNull();
        }
        assertThat(parts(bytes).get("xl/worksheets/sheet1.xml")).contains("<dimension ref=\"A1:C4\"/>")
                .contains("<c s=\"0\" t=\"s\"><v>0</v></c>");
    }

    @Test
    void textXmlCannotHoldIsReplacedAndTheRestReadsBackAsWritten() throws IOException {
        String[] texts = {"bell\u0007 nul\u0000 esc\u001b", "pair \uD83D\uDE00 Größe", "lone \uD800 low \uDC00",
            "\uFFFE\uFFFF", "<&>\"'", "tab\tline\nreturn\r", " padded ", "=SUM(A1)", "\u00a0nbsp"};
        byte[] bytes = workbook(new SharedStrings(), (workbook, streamed) -> {
            SheetData rows = streamed.sheetData(workbook.createSheet("Text"), 1);
            for (int i = 0; i < texts.length; i++) {
                rows.begin(i, 0);
                rows.cell(0, 0, texts[i]);
                rows.end();
            }
        });
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet sheet = read.getSheet("Text");
            for (int i = 0; i < texts.length; i++) {
                assertThat(sheet.getRow(i).getCell(0).getStringCellValue()).isEqualTo(Utf8BufferTest.xml10(texts[i]));
            }
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("bell\uFFFD nul\uFFFD esc\uFFFD");
            assertThat(sheet.getRow(7).getCell(0).getCellType()).as("text, never a formula").isEqualTo(CellType.STRING);
        }
    }

    @Test
    void longAndWideRowsCrossTheCompressedChunksWhole() throws IOException {
        String longText = "0123456789 ".repeat(2_900);
        int longRows = 2 * DeflatedSpool.CHUNK / longText.length() + 10;
        byte[] bytes = workbook(new SharedStrings(), (workbook, streamed) -> {
            SheetData rows = streamed.sheetData(workbook.createSheet("Big"), 16_384);
            rows.begin(0, 0);
            for (int column = 0; column < 16_384; column++) {
                rows.cell(column, 0, column);
            }
            rows.end();
            for (int i = 1; i <= longRows; i++) {
                rows.begin(i, 409);
                rows.cell(0, 0, i + longText);
                rows.end();
            }
        });
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet sheet = read.getSheet("Big");
            assertThat(sheet.getRow(0).getLastCellNum()).isEqualTo((short) 16_384);
            assertThat(sheet.getRow(0).getCell(16_383).getNumericCellValue()).isEqualTo(16_383);
            assertThat(sheet.getLastRowNum()).isEqualTo(longRows);
            assertThat(sheet.getRow(longRows).getCell(0).getStringCellValue()).isEqualTo(longRows + longText);
            assertThat(sheet.getRow(longRows).getHeightInPoints()).isEqualTo(409f);
        }
        assertThat(parts(bytes).get("xl/worksheets/sheet1.xml")).contains("<dimension ref=\"A1:XFD" + (longRows + 1));
    }

    @Test
    void aSheetTakesAtMostExcelsLimitOfLinks() throws IOException {
        int[] refused = new int[2];
        byte[] bytes = workbook(new SharedStrings(), (workbook, streamed) -> {
            XSSFSheet full = workbook.createSheet("Full");
            XSSFSheet other = workbook.createSheet("Other");
            SheetData rows = streamed.sheetData(full, 1);
            for (int i = 0; i < Hyperlinks.MAX_PER_SHEET + 5; i++) {
                rows.begin(i, 0);
                rows.cell(0, 0, i);
                rows.end();
                if (!streamed.link(full, i, 0, Hyperlinks.location("Other", 0, 0))) {
                    refused[0]++;
                }
            }
            if (!streamed.link(other, 0, 0, Hyperlinks.location("Full", 0, 0))) {
                refused[1]++;
            }
        });
        assertThat(Hyperlinks.MAX_PER_SHEET).as("Excel's published limit").isEqualTo(66_530);
        assertThat(refused).containsExactly(5, 0);
        Map<String, String> parts = parts(bytes);
        assertThat(count(parts.get("xl/worksheets/sheet1.xml"), "<hyperlink ")).isEqualTo(Hyperlinks.MAX_PER_SHEET);
        assertThat(count(parts.get("xl/worksheets/sheet2.xml"), "<hyperlink ")).isEqualTo(1);
    }

    @Test
    void theSameWorkbookGivesTheSameBytesEveryEntryDatedAlike() throws IOException {
        Writing rows = (workbook, streamed) -> {
            // POI dates a new workbook's properties by the clock
            var properties = workbook.getProperties().getCoreProperties();
            properties.setCreated(Optional.of(Date.from(TIME)));
            properties.setModified(Optional.of(Date.from(TIME)));
            SheetData data = streamed.sheetData(workbook.createSheet("Rows"), 2);
            for (int i = 0; i < 200_000; i++) {
                data.begin(i, 0);
                data.cell(0, 0, "row " + i);
                data.cell(1, 0, i);
                data.end();
            }
        };
        byte[] first = workbook(new SharedStrings(), rows);
        assertThat(Arrays.equals(workbook(new SharedStrings(), rows), first)).as("the same bytes").isTrue();
        assertThat(entryTimes(first)).containsExactly(LocalDateTime.of(2026, 11, 20, 8, 0));
    }

    @Test
    void anEntryCarriesTheNearestTimeAZipHolds() {
        assertThat(ZipPackage.entryTime(null)).isEqualTo(LocalDateTime.of(1980, 1, 1, 0, 0));
        assertThat(ZipPackage.entryTime(Instant.parse("1970-01-01T00:00:00Z"))).isEqualTo(ZipPackage.FIRST_ENTRY_TIME);
        assertThat(ZipPackage.entryTime(Instant.parse("+999999999-12-31T23:59:59Z")))
                .isEqualTo(LocalDateTime.of(2107, 12, 31, 23, 59, 58));
        assertThat(ZipPackage.entryTime(TIME)).isEqualTo(LocalDateTime.of(2026, 11, 20, 8, 0));
    }

    /** What a test does to a new POI workbook and its streamed rows before it is written. */
    private interface Writing {
        void accept(XSSFWorkbook workbook, StreamedWorkbook streamed);
    }

    private static byte[] workbook(SharedStrings strings, Writing writing) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook(); StreamedWorkbook streamed = new StreamedWorkbook(strings)) {
            writing.accept(workbook, streamed);
            streamed.write(workbook, TIME, out);
        }
        return out.toByteArray();
    }

    /** The text of each part of a package, each entry read whole (which checks its CRC). */
    private static Map<String, String> parts(byte[] bytes) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                parts.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }

    private static Set<LocalDateTime> entryTimes(byte[] bytes) throws IOException {
        Set<LocalDateTime> times = new HashSet<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                times.add(entry.getTimeLocal());
            }
        }
        return times;
    }

    private static int count(String text, String what) {
        Matcher matcher = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }
}
