package io.virtaudit.report.xlsx;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Date;

/**
 * The dates a workbook can carry. An estate's collection time may be any instant Java holds (the
 * loader may refuse the absurd ones, but the writer does not rely on it): an Excel date cell shows
 * 1900-01-01 to 9999-12-31, the document properties are {@link Date}s, which overflow near year
 * 292,278,994 and follow the Julian calendar before 1582 (and a zip entry's time, 1980 to 2107,
 * is the package writer's: {@link io.virtaudit.ooxml.StreamedWorkbook#write}). Beyond those the
 * cover shows the date as text and the properties carry the nearest time they can hold, rather
 * than the writer failing on a date.
 */
final class WorkbookDates {

    static final LocalDate FIRST_EXCEL_DATE = LocalDate.of(1900, 1, 1);
    static final LocalDate LAST_EXCEL_DATE = LocalDate.of(9999, 12, 31);
    private static final Instant FIRST_PROPERTY = FIRST_EXCEL_DATE.atStartOfDay().toInstant(ZoneOffset.UTC);
    private static final Instant LAST_PROPERTY = LAST_EXCEL_DATE.atTime(LocalTime.of(23, 59, 59))
            .toInstant(ZoneOffset.UTC);

    private WorkbookDates() {
    }

    /** Whether an Excel date cell shows the date. */
    static boolean isExcelDate(LocalDate date) {
        return !date.isBefore(FIRST_EXCEL_DATE) && !date.isAfter(LAST_EXCEL_DATE);
    }

    /** The document property time for {@code at}: at itself, or the nearest of Excel's dates. */
    static Date propertyTime(Instant at) {
        return Date.from(at.isBefore(FIRST_PROPERTY) ? FIRST_PROPERTY : at.isAfter(LAST_PROPERTY) ? LAST_PROPERTY : at);
    }
}
