package io.virtaudit.report.xlsx;

import static io.virtaudit.report.xlsx.Workbooks.readBack;
import static io.virtaudit.report.xlsx.Workbooks.write;
import static org.assertj.core.api.Assertions.assertThat;

import io.virtaudit.report.Report;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Collection times at the edges of what Java holds (year -999,999,999 and 999,999,999): the loader
 * may refuse them, but the writer must not fail on one. The cover says the date as text when an
 * Excel date cannot show it; the document properties and the zip entries carry the nearest time
 * they can.
 */
class XlsxDatesTest {

    @ParameterizedTest
    @CsvSource({
        "+999999999-12-31T23:59:59Z, +999999999-12-31, 9999-12-31T23:59:59Z, 2107-12-31T23:59:58",
        "-999999999-01-01T00:00:00Z, -999999999-01-01, 1900-01-01T00:00:00Z, 1980-01-01T00:00",
        "1899-12-31T23:00:00Z, 1899-12-31, 1900-01-01T00:00:00Z, 1980-01-01T00:00",
        "2200-06-01T12:00:00Z, , 2200-06-01T12:00:00Z, 2107-12-31T23:59:58",
    })
    void aCollectionTimeBeyondWhatAWorkbookHoldsIsWrittenAsNearAsItCan(String collected, String coverText,
            String propertyTime, String entryTime) throws IOException {
        Instant at = Instant.parse(collected);
        byte[] xlsx = write(new XlsxReporter(), collectedAt(ReportFixture.report(), at));
        try (XSSFWorkbook workbook = readBack(xlsx)) {
            XSSFCell date = CoverSheet.cell(workbook, WorkbookLayout.REPORT_DATE);
            if (coverText == null) {
                assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2200, 6, 1));
            } else {
                assertThat(date.getCellType()).isEqualTo(CellType.STRING);
                assertThat(date.getStringCellValue()).isEqualTo(coverText);
            }
            var core = workbook.getProperties().getCoreProperties();
            assertThat(core.getCreated().toInstant()).isEqualTo(Instant.parse(propertyTime));
            assertThat(core.getModified().toInstant()).isEqualTo(Instant.parse(propertyTime));
            assertThat(Workbooks.pairs(workbook.getSheet(WorkbookLayout.METHOD)).get("Facts collected at")
                    .getStringCellValue()).isEqualTo(at.toString());
        }
        assertThat(entryTimes(xlsx)).containsExactly(LocalDateTime.parse(entryTime));
    }

    private static Set<LocalDateTime> entryTimes(byte[] xlsx) throws IOException {
        Set<LocalDateTime> times = new HashSet<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                times.add(entry.getTimeLocal());
            }
        }
        return times;
    }

    private static Report collectedAt(Report report, Instant at) {
        Report.EstateSummary e = report.estate();
        return new Report(report.tool(), new Report.EstateSummary(e.name(), at, e.source(), e.counts(), at, false,
                e.inputs(), null), report.summary(), report.findings(), report.resolved(), report.waivers(), report.rules(),
                report.run(), report.inventory());
    }
}
