package io.virtaudit.report.xlsx;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Date;

/**
 * The dates a workbook can carry. An estate's collection time may be any instant Java holds (the
 * loader may refuse the absurd ones, but the writer does not rely on it): an Excel date cell shows
 * 1900-01-01 to 9999-12-31, the document properties are {@link Date}s, which overflow near year
 * 292,278,994 and follow the Julian calendar before 1582, and a zip entry's time is an MS-DOS
 * time, 1980 to 2107. Beyond those the cover shows the date as text, and the properties and the
 * entries carry the nearest time they can hold, rather than the writer failing on a date.
 */
final class WorkbookDates {

    static final LocalDate FIRST_EXCEL_DATE = LocalDate.of(1900, 1, 1);
    static final LocalDate LAST_EXCEL_DATE = LocalDate.of(9999, 12, 31);
    private static final Instant FIRST_PROPERTY = FIRST_EXCEL_DATE.atStartOfDay().toInstant(ZoneOffset.UTC);
    private static final Instant LAST_PROPERTY = LAST_EXCEL_DATE.atTime(LocalTime.of(23, 59, 59))
            .toInstant(ZoneOffset.UTC);
    static final LocalDateTime FIRST_ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);
    /** The last time MS-DOS spells (in steps of two seconds). */
    static final LocalDateTime LAST_ENTRY_TIME = LocalDateTime.of(2107, 12, 31, 23, 59, 58);

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

    /** The time every zip entry carries for {@code at} (UTC; none is 1980-01-01), within what MS-DOS spells. */
    static LocalDateTime entryTime(Instant at) {
        if (at == null || at.isBefore(FIRST_ENTRY_TIME.toInstant(ZoneOffset.UTC))) {
            return FIRST_ENTRY_TIME;
        }
        if (at.isAfter(LAST_ENTRY_TIME.toInstant(ZoneOffset.UTC))) {
            return LAST_ENTRY_TIME;
        }
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
