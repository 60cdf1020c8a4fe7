package io.virtaudit.report.xlsx;

import io.virtaudit.report.Report;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writing a report to bytes and reading the workbook back with POI, for the tests. */
final class Workbooks {

    private Workbooks() {
    }

    static byte[] write(XlsxReporter reporter, Report report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reporter.write(report, out);
        return out.toByteArray();
    }

    static XSSFWorkbook readBack(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    static XSSFWorkbook written(Report report) throws IOException {
        return readBack(write(new XlsxReporter(), report));
    }

    static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    /** The first row below {@code headerRow} whose cell in {@code column} reads {@code text}. */
    static Row rowWith(Sheet sheet, int column, String text) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null && text.equals(cell.toString())) {
                return row;
            }
        }
        throw new AssertionError("no row with " + text + " in column " + column + " of " + sheet.getSheetName());
    }

    /** The label-value rows of a page: the text of column A mapped to the cell in column B. */
    static java.util.Map<String, Cell> pairs(Sheet sheet) {
        java.util.Map<String, Cell> pairs = new java.util.LinkedHashMap<>();
        for (Row row : sheet) {
            Cell label = row.getCell(0);
            if (label != null && row.getCell(1) != null) {
                pairs.putIfAbsent(label.toString(), row.getCell(1));
            }
        }
        return pairs;
    }

    /** The location a cell links to, or null. */
    static String linkOf(XSSFSheet sheet, int row, int column) {
        for (XSSFHyperlink link : sheet.getHyperlinkList()) {
            if (link.getFirstRow() == row && link.getFirstColumn() == column) {
                return link.getLocation();
            }
        }
        return null;
    }

    /** Every cell of every sheet as {@code sheet!ref type value}. */
    static List<String> cells(XSSFWorkbook workbook) {
        List<String> cells = new ArrayList<>();
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    cells.add(sheet.getSheetName() + "!" + cell.getAddress() + " " + cell.getCellType() + " " + cell);
                }
            }
        }
        return cells;
    }
}
