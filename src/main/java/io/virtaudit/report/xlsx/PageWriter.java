package io.virtaudit.report.xlsx;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Writes a page of sections, labelled values, small tables and paragraphs below a template sheet's
 * own rows (its title), for the executive summary and the method.
 */
final class PageWriter {

    private final XSSFSheet sheet;
    private final Styles styles;
    private final int width;
    private int next;

    /**
     * @param width the columns a section or a paragraph spans
     */
    PageWriter(Sheets sheets, String name, int width) {
        this.sheet = sheets.sheet(name);
        this.styles = sheets.styles();
        this.width = width;
        this.next = sheet.getPhysicalNumberOfRows() == 0 ? 0 : sheet.getLastRowNum() + 1;
        if (next == 0) {
            Row title = sheet.createRow(next++);
            title.setHeightInPoints(28);
            Cell cell = title.createCell(0);
            cell.setCellValue(name);
            cell.setCellStyle(styles.section);
        }
    }

    /** The row the next call writes. */
    int row() {
        return next;
    }

    XSSFSheet sheet() {
        return sheet;
    }

    void blank() {
        next++;
    }

    /** Leaves the rows up to {@code row} empty (beside a chart, say). */
    void skipTo(int row) {
        next = Math.max(next, row);
    }

    /** A section title with a rule below it across the page's width. */
    void section(String title) {
        next++;
        Row row = sheet.createRow(next++);
        row.setHeightInPoints(22);
        for (int column = 0; column < width; column++) {
            Cell cell = row.createCell(column);
            cell.setCellStyle(styles.section);
            if (column == 0) {
                cell.setCellValue(title);
            }
        }
    }

    /** A label in the first column and a value beside it. */
    Row pair(String label, Object value, CellStyle valueStyle) {
        Row row = sheet.createRow(next++);
        Cell name = row.createCell(0);
        name.setCellValue(label);
        name.setCellStyle(styles.label);
        Cell cell = row.createCell(1);
        cell.setCellStyle(valueStyle);
        CellValues.set(cell, value);
        return row;
    }

    /** A label and a long value spread over the rest of the page's width, wrapped. */
    Row note(String label, String value) {
        Row row = pair(label, value, styles.paragraph);
        merge(row, 1, width - 1, value);
        return row;
    }

    /** A table's header row in the style of the template's list headers. */
    Row header(List<String> headings) {
        Row row = sheet.createRow(next++);
        int lines = 1;
        for (int column = 0; column < headings.size(); column++) {
            lines = Math.max(lines, RowHeights.lines(headings.get(column), sheet.getColumnWidth(column) / 256));
        }
        row.setHeightInPoints(RowHeights.points(lines) + 3);
        for (int column = 0; column < headings.size(); column++) {
            Cell cell = row.createCell(column);
            cell.setCellValue(headings.get(column));
            cell.setCellStyle(styles.heading);
        }
        return row;
    }

    /** A row of values, each with its style (a null style is plain). */
    Row cells(List<?> values, List<? extends CellStyle> cellStyles) {
        Row row = sheet.createRow(next++);
        for (int column = 0; column < values.size(); column++) {
            Cell cell = row.createCell(column);
            CellStyle style = column < cellStyles.size() ? cellStyles.get(column) : null;
            cell.setCellStyle(style == null ? styles.plain : style);
            CellValues.set(cell, values.get(column));
        }
        return row;
    }

    /** Text across the page's width from {@code firstColumn}, wrapped, its row made tall enough. */
    Row paragraph(int firstColumn, String text) {
        Row row = sheet.createRow(next++);
        Cell cell = row.createCell(firstColumn);
        cell.setCellStyle(styles.paragraph);
        CellValues.set(cell, text);
        merge(row, firstColumn, width - 1, text);
        return row;
    }

    private void merge(Row row, int first, int last, String text) {
        if (last > first) {
            for (int column = first + 1; column <= last; column++) {
                row.createCell(column).setCellStyle(styles.paragraph);
            }
            sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), first, last));
        }
        int chars = 0;
        for (int column = first; column <= last; column++) {
            chars += sheet.getColumnWidth(column) / 256;
        }
        row.setHeightInPoints(RowHeights.points(text == null ? 1 : RowHeights.lines(text, chars)));
    }
}
