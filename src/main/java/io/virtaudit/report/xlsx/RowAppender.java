package io.virtaudit.report.xlsx;

import java.util.List;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Appends rows below a template sheet's own rows (a streamed sheet can only grow downwards),
 * writing data as plain text or numbers: never a formula, whatever the text begins with.
 */
final class RowAppender {

    /** The most characters an Excel cell holds. */
    static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    static final String TRUNCATED = "…[truncated]";

    private final SXSSFSheet sheet;
    private final int headerRow;
    private final CellStyle defaultStyle;
    private final Map<Integer, CellStyle> columnStyles;
    private int next;

    /**
     * @param template     the template's sheet behind {@code sheet}, whose last row is the header
     * @param columnStyles styles for particular columns (wrapped text), others get {@code defaultStyle}
     */
    RowAppender(SXSSFSheet sheet, XSSFSheet template, CellStyle defaultStyle, Map<Integer, CellStyle> columnStyles) {
        this.sheet = sheet;
        this.defaultStyle = defaultStyle;
        this.columnStyles = columnStyles;
        if (template.getPhysicalNumberOfRows() == 0) {
            this.next = 0;
            this.headerRow = 0;
            append(WorkbookLayout.columns(sheet.getSheetName()));
        } else {
            this.headerRow = template.getLastRowNum();
            this.next = headerRow + 1;
        }
    }

    /** Appends one row; each value is a {@link Number}, text, or null for an empty cell. */
    void append(List<?> values) {
        Row row = sheet.createRow(next++);
        for (int column = 0; column < values.size(); column++) {
            Cell cell = row.createCell(column);
            cell.setCellStyle(columnStyles.getOrDefault(column, defaultStyle));
            Object value = values.get(column);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value != null) {
                cell.setCellValue(fit(value.toString()));
            }
        }
    }

    /** The row of column headings: the template's last row. */
    int headerRow() {
        return headerRow;
    }

    /** The last row written, or the header row when no data was. */
    int lastRow() {
        return next - 1;
    }

    /** The text, cut to what a cell holds with a visible marker where it was cut. */
    static String fit(String text) {
        if (text.length() <= MAX_TEXT) {
            return text;
        }
        int keep = MAX_TEXT - TRUNCATED.length();
        if (Character.isHighSurrogate(text.charAt(keep - 1))) {
            keep--;
        }
        return text.substring(0, keep) + TRUNCATED;
    }
}
