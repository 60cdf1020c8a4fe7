package io.virtaudit.waiver;

import io.virtaudit.input.InputError;
import io.virtaudit.input.InputException;
import io.virtaudit.input.CalendarDates;
import io.virtaudit.input.WorkbookFailures;
import io.virtaudit.model.SourceRef;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Waivers from an Excel risk register: the sheet named "Waivers" (or the first sheet), a header
 * row with the YAML keys as columns (case and spaces ignored: "Approved by" is approvedBy), one
 * waiver per row; dates as Excel dates or text, of the years 1900–9999. A file that is no .xlsx
 * workbook, or a damaged one, is refused in the RVTools reader's words ({@code WorkbookFailures}).
 */
final class WaiverSheet {

    /** The serial after 9999-12-31 in Excel's 1904 date system, the later of its two. */
    private static final double LAST_SERIAL = 2_958_466 + 1_462;

    private static final List<String> COLUMNS = List.of("rule", "subject", "subjecttype", "justification",
            "approvedby", "expires", "reference");

    private WaiverSheet() {
    }

    /**
     * The waivers of the sheet; a date cell that names no day virtaudit accepts is added to
     * {@code errors} with its cell, and its row left out.
     */
    static List<WaiverReader.Located> read(Path file, String display, List<InputError> errors) {
        refuseByContent(file, display);
        try (InputStream in = Files.newInputStream(file); Workbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheet("Waivers") != null ? workbook.getSheet("Waivers") : workbook.getSheetAt(0);
            Row header = sheet.getRow(sheet.getFirstRowNum());
            if (header == null) {
                throw new InputException(display, sheet.getSheetName() + "!A1", "the sheet is empty: it needs a header row");
            }
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            Map<String, Integer> columns = new HashMap<>();
            for (Cell cell : header) {
                String name = formatter.formatCellValue(cell).toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "");
                if (COLUMNS.contains(name)) {
                    columns.put(name, cell.getColumnIndex());
                }
            }
            for (String required : List.of("rule", "justification", "approvedby", "expires")) {
                if (!columns.containsKey(required)) {
                    throw new InputException(display, sheet.getSheetName() + "!1", "missing column '" + required + "'");
                }
            }
            List<WaiverReader.Located> out = new ArrayList<>();
            for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || isBlank(row, formatter)) {
                    continue;
                }
                Cell expiresCell = row.getCell(columns.get("expires"), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
                SourceRef expiresAt = new SourceRef(display, sheet.getSheetName() + "!" + expiresCell.getAddress());
                String expires;
                try {
                    expires = date(expiresCell, formatter);
                } catch (CalendarDates.NotADate e) {
                    errors.add(new InputError(display, expiresAt.location(), "expires " + e.getMessage()));
                    continue;
                }
                out.add(new WaiverReader.Located(new WaiverReader.Entry(text(row, columns, "rule", formatter),
                        text(row, columns, "subject", formatter), text(row, columns, "subjecttype", formatter),
                        text(row, columns, "justification", formatter), text(row, columns, "approvedby", formatter),
                        expires, text(row, columns, "reference", formatter)),
                        new SourceRef(display, sheet.getSheetName() + "!" + (r + 1)), expiresAt));
            }
            return out;
        } catch (IOException | RuntimeException e) {
            if (e instanceof InputException ie) {
                throw ie;
            }
            // POI's wording (class names) never reaches the user: the RVTools reader's words for each family
            throw new InputException(display, "", WorkbookFailures.describe(e, "the waiver sheet"), e);
        }
    }

    /** What is plainly no .xlsx workbook (an old .xls, a password, not a zip) is refused before POI reads it. */
    private static void refuseByContent(Path file, String display) {
        try {
            WorkbookFailures.refuseByContent(file).ifPresent(message -> {
                throw new InputException(display, "", message);
            });
        } catch (IOException e) {
            throw new InputException(display, "", WorkbookFailures.describe(e, null), e);
        }
    }

    private static String text(Row row, Map<String, Integer> columns, String name, DataFormatter formatter) {
        Integer index = columns.get(name);
        if (index == null || row.getCell(index) == null) {
            return null;
        }
        return formatter.formatCellValue(row.getCell(index)).strip();
    }

    /**
     * The expiry as ISO text: an Excel date as the day it names, checked before POI converts it
     * (POI turns the serial 1e10 into the year 3,862,607); text as written, for the reader to check.
     */
    private static String date(Cell cell, DataFormatter formatter) {
        // isCellDateFormatted would call a negative serial no date, and pass it on as the text "-1.0"
        if (cell.getCellType() == CellType.NUMERIC
                && DateUtil.isADateFormat(cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString())) {
            double serial = cell.getNumericCellValue();
            if (!(serial >= 0 && serial < LAST_SERIAL)) {
                throw new CalendarDates.NotADate("is the Excel date serial " + java.math.BigDecimal.valueOf(serial).stripTrailingZeros().toPlainString()
                        + ", outside the years " + CalendarDates.FIRST_YEAR + " to " + CalendarDates.LAST_YEAR);
            }
            LocalDate day = CalendarDates.requireInRange(cell.getLocalDateTimeCellValue().toLocalDate());
            return day.format(DateTimeFormatter.ISO_LOCAL_DATE);
        }
        return formatter.formatCellValue(cell).strip();
    }

    private static boolean isBlank(Row row, DataFormatter formatter) {
        for (Cell cell : row) {
            if (!formatter.formatCellValue(cell).isBlank()) {
                return false;
            }
        }
        return true;
    }
}
