package io.virtaudit.waiver;

import io.virtaudit.importer.InputException;
import io.virtaudit.model.SourceRef;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * waiver per row; dates as Excel dates or text.
 */
final class WaiverSheet {

    private static final List<String> COLUMNS = List.of("rule", "subject", "subjecttype", "justification",
            "approvedby", "expires", "reference");

    private WaiverSheet() {
    }

    static List<WaiverReader.Located> read(Path file, String display) {
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
                out.add(new WaiverReader.Located(new WaiverReader.Entry(text(row, columns, "rule", formatter),
                        text(row, columns, "subject", formatter), text(row, columns, "subjecttype", formatter),
                        text(row, columns, "justification", formatter), text(row, columns, "approvedby", formatter),
                        date(row, columns, formatter), text(row, columns, "reference", formatter)),
                        new SourceRef(display, sheet.getSheetName() + "!" + (r + 1))));
            }
            return out;
        } catch (IOException | RuntimeException e) {
            if (e instanceof InputException ie) {
                throw ie;
            }
            throw new InputException(display, "", "cannot read the waiver workbook: " + e.getMessage(), e);
        }
    }

    private static String text(Row row, Map<String, Integer> columns, String name, DataFormatter formatter) {
        Integer index = columns.get(name);
        if (index == null || row.getCell(index) == null) {
            return null;
        }
        return formatter.formatCellValue(row.getCell(index)).strip();
    }

    private static String date(Row row, Map<String, Integer> columns, DataFormatter formatter) {
        Cell cell = row.getCell(columns.get("expires"));
        if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
        }
        return text(row, columns, "expires", formatter);
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
