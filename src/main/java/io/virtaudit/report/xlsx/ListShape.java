package io.virtaudit.report.xlsx;

import io.virtaudit.ooxml.SheetData;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * How a list sheet's rows are spelt, read from the template once: its columns, their widths and
 * cell styles, the template's header row and the row limit, which together say where each row
 * goes. Plain data: rows are spelt with it on other threads than the one that owns the workbook.
 */
final class ListShape {

    final String name;
    final List<Column> columns;
    /** The row of the header on the list's first sheet (0-based); its continuation sheets have it on 0. */
    final int headerRow;
    final int rowLimit;
    /** Column widths in characters, as the template sets them. */
    private final int[] widths;
    /** Each column's cell style, by its index in the workbook. */
    private final int[] cellStyles;
    /** Whether each column's values repeat down the list: its text refers to the shared strings. */
    private final boolean[] repeated;

    private ListShape(String name, int headerRow, int rowLimit, int[] widths, int[] cellStyles) {
        this.name = name;
        this.columns = WorkbookLayout.columns(name);
        this.headerRow = headerRow;
        this.rowLimit = rowLimit;
        this.widths = widths;
        this.cellStyles = cellStyles;
        this.repeated = new boolean[columns.size()];
        for (int i = 0; i < repeated.length; i++) {
            repeated[i] = columns.get(i).repeated();
        }
    }

    /** The shape of list {@code name} in the (template) workbook, with the styles made for it. */
    static ListShape of(XSSFWorkbook workbook, Styles styles, String name, int rowLimit) {
        List<Column> columns = WorkbookLayout.columns(name);
        XSSFSheet sheet = workbook.getSheet(name);
        int headerRow = sheet.getPhysicalNumberOfRows() == 0 ? 0 : sheet.getLastRowNum();
        if (headerRow >= rowLimit - 1) {
            // WorkbookTemplate refuses a template whose own rows go that far: a table needs a row below its header
            throw new IllegalStateException("the " + name + " sheet's header on row " + (headerRow + 1)
                    + " leaves no row below it (a sheet holds " + rowLimit + ")");
        }
        int[] widths = new int[columns.size()];
        int[] cellStyles = new int[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = sheet.getColumnWidth(i) / 256;
            cellStyles[i] = styles.of(columns.get(i)).getIndex();
        }
        return new ListShape(name, headerRow, rowLimit, widths, cellStyles);
    }

    /** How many rows the first sheet holds below its header. */
    int firstCapacity() {
        return rowLimit - 1 - headerRow;
    }

    /** Which sheet of the list (0 the first, 1 its first continuation, …) row number {@code ordinal} goes on. */
    int pageOf(int ordinal) {
        int first = firstCapacity();
        return ordinal < first ? 0 : 1 + (ordinal - first) / (rowLimit - 1);
    }

    /** The (0-based) row index on its sheet of row number {@code ordinal}. */
    int rowOf(int ordinal) {
        int first = firstCapacity();
        return ordinal < first ? headerRow + 1 + ordinal : 1 + (ordinal - first) % (rowLimit - 1);
    }

    /** What each value becomes in its cell ({@link CellValues#content}). */
    static Object[] contents(List<?> values) {
        Object[] cells = new Object[values.size()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = CellValues.content(values.get(i));
        }
        return cells;
    }

    /** The height a row of these cell contents needs, or 0 for the sheet's default of one line. */
    float height(Object[] cells) {
        int lines = 1;
        for (int column = 0; column < cells.length; column++) {
            if (cells[column] instanceof String text && columns.get(column).kind() == Column.Kind.WRAP) {
                lines = Math.max(lines, RowHeights.lines(text, widths[column]));
            }
        }
        // LibreOffice does not fit the rows of a streamed sheet to wrapped text itself
        return lines > 1 ? RowHeights.points(lines) : 0;
    }

    /** Spells the cells of the current row. */
    void cells(SheetData rows, Object[] cells) {
        for (int column = 0; column < cells.length; column++) {
            rows.cell(column, cellStyles[column], cells[column], repeated[column]);
        }
    }
}
