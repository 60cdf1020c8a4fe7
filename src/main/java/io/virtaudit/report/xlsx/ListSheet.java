package io.virtaudit.report.xlsx;

import io.virtaudit.ooxml.Hyperlinks;
import io.virtaudit.ooxml.SheetData;
import io.virtaudit.ooxml.StreamedWorkbook;
import io.virtaudit.report.XmlText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.Footer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFPrintSetup;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableColumns;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableStyleInfo;

/**
 * A list sheet streamed below its template header: one row per item, as an Excel table with
 * filters, a frozen header, the header repeated on every printed page, and a continuation sheet
 * ({@code Findings (2)}) when the rows outgrow one sheet. The cells of its link columns
 * ({@link Column.Kind#LINK}) link to other sheets' rows, the first rows of each sheet as far as
 * Excel's limit of links per sheet goes; a sheet whose later rows go without says so beside its
 * header.
 */
final class ListSheet {

    /** Rows on one sheet, header included: Excel's limit. */
    static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();
    static final String TABLE_STYLE = "TableStyleMedium2";

    /** Where a row went: its sheet and its (0-based) row index. */
    record Position(String sheet, int row) {
        /** The hyperlink location of the row's first cell. */
        String location() {
            return Hyperlinks.location(sheet, row, 0);
        }
    }

    /**
     * A sheet of list {@code list} whose rows from {@code firstUnlinked} on (0-based) go without
     * their links, because the rows above them took all the links a sheet may hold ({@code limit});
     * {@code rows} are left.
     */
    record Unlinked(String list, String sheet, int headerRow, int firstUnlinked, int rows, int limit) {

        /** "rows 2 to 33,266 are linked; the 2,057 rows below them are not". */
        String rowsLinked() {
            int first = headerRow + 2;
            if (firstUnlinked < first) {
                return "none of its " + count(rows, "row") + (rows == 1 ? " is" : " are") + " linked";
            }
            String linked = firstUnlinked == first ? String.format(Locale.ROOT, "row %,d is linked", first)
                    : String.format(Locale.ROOT, "rows %,d to %,d are linked", first, firstUnlinked);
            String them = firstUnlinked == first ? "it" : "them";
            return linked + (rows == 1 ? "; the row below " + them + " is not"
                    : "; the " + count(rows, "row") + " below " + them + " are not");
        }

        /** The note beside the sheet's header. */
        String note() {
            return String.format(Locale.ROOT, "Excel allows %,d links on a sheet: on this one %s.", limit,
                    rowsLinked());
        }

        private static String count(int n, String noun) {
            return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
        }
    }

    private final XSSFWorkbook workbook;
    private final ListShape shape;
    private final String name;
    private final List<Column> columns;
    private final Styles styles;
    private final StreamedWorkbook streamed;
    private final int rowLimit;
    /** The most links one sheet of the list takes. */
    private final int linkLimit;
    /** The columns whose cells link to other rows, in order. */
    private final int[] linkColumns;
    private final int rowCount;
    private final List<String> headings = new ArrayList<>();
    private final List<XSSFCellStyle> headingStyles = new ArrayList<>();
    private final List<Page> pages = new ArrayList<>();
    private Page page;
    private int appended;

    /** One sheet of the list: its header row stays in the workbook, the rows below it stream. */
    private static final class Page {
        final XSSFSheet xssf;
        final String sheetName;
        final SheetData rows;
        final int headerRow;
        int next;
        int links;
        /** The first row left without its links, once the links ran out; -1 while they last. */
        int firstUnlinked = -1;

        Page(XSSFSheet xssf, SheetData rows, int headerRow) {
            this.xssf = xssf;
            this.sheetName = xssf.getSheetName();
            this.rows = rows;
            this.headerRow = headerRow;
            this.next = headerRow + 1;
        }

        boolean full(int rowLimit) {
            return next >= rowLimit;
        }
    }

    /**
     * The list sheet of {@code shape} laid out for {@code rowCount} rows: its continuation sheets
     * are made now, so that appending rows touches no POI object and can go on beside other sheets.
     */
    ListSheet(Sheets sheets, ListShape shape, int rowCount) {
        this.workbook = sheets.workbook();
        this.shape = shape;
        this.name = shape.name;
        this.columns = shape.columns;
        this.styles = sheets.styles();
        this.streamed = sheets.streamed();
        this.rowLimit = shape.rowLimit;
        this.linkLimit = Math.min(sheets.linkLimit(), Hyperlinks.MAX_PER_SHEET);
        this.linkColumns = IntStream.range(0, columns.size())
                .filter(i -> columns.get(i).kind() == Column.Kind.LINK).toArray();
        this.rowCount = rowCount;
        XSSFSheet xssf = workbook.getSheet(name);
        page = new Page(xssf, streamed.sheetData(xssf, columns.size()), shape.headerRow);
        if (xssf.getPhysicalNumberOfRows() == 0) {
            columns.forEach(c -> {
                headings.add(c.heading());
                headingStyles.add(styles.heading);
            });
            writeHeader(page);
        } else {
            readHeader(xssf.getRow(page.headerRow));
        }
        pages.add(page);
        for (long left = (long) rowCount - shape.firstCapacity(); left > 0; left -= rowLimit - 1) {
            pages.add(continuation());
        }
    }

    /** Where the row appended as number {@code ordinal} (0-based) goes, before or after it is written. */
    Position positionOf(int ordinal) {
        return new Position(pages.get(shape.pageOf(ordinal)).sheetName, shape.rowOf(ordinal));
    }

    /**
     * Appends one row; each value is a {@link Number}, something {@link CellValues#text} spells, or
     * null. Touches only this list's own streams, so lists can be filled on different threads.
     */
    Position append(List<?> values) {
        return appendContents(ListShape.contents(values));
    }

    /**
     * Appends one row and links the cells of its link columns, in order, to {@code locations}
     * (a null one links nothing): all of them, or none once the sheet's links ran out, so that a
     * sheet's linked rows are its first. Links go through the workbook's one list of links, so
     * call this on the workbook's thread.
     */
    Position append(List<?> values, String... locations) {
        if (locations.length != linkColumns.length) {
            throw new IllegalArgumentException(name + " has " + linkColumns.length + " link columns, not "
                    + locations.length);
        }
        Position at = append(values);
        int wanted = 0;
        for (String location : locations) {
            wanted += location == null ? 0 : 1;
        }
        if (page.firstUnlinked < 0 && page.links + wanted > linkLimit) {
            page.firstUnlinked = at.row();
        }
        if (page.firstUnlinked < 0) {
            for (int i = 0; i < locations.length; i++) {
                if (locations[i] != null) {
                    streamed.link(page.xssf, at.row(), linkColumns[i], locations[i]);
                }
            }
            page.links += wanted;
        }
        return at;
    }

    /** Appends one row from what its cells hold ({@link ListShape#contents}). */
    Position appendContents(Object[] cells) {
        int index = next();
        page.rows.begin(index, shape.height(cells));
        shape.cells(page.rows, cells);
        page.rows.end();
        return new Position(page.sheetName, index);
    }

    /** Counts a row in and gives its index on the current page, moving to the next page when one is full. */
    private int next() {
        if (appended == rowCount) {
            throw new IllegalStateException(name + " was laid out for " + rowCount + " rows");
        }
        appended++;
        if (page.full(rowLimit)) {
            page = pages.get(pages.indexOf(page) + 1);
        }
        return page.next++;
    }

    /** The sheets written, the first one and its continuations. */
    List<String> sheetNames() {
        return pages.stream().map(p -> p.sheetName).toList();
    }

    /** The sheets of the list whose last rows went without their links, in order. */
    List<Unlinked> unlinked() {
        return pages.stream().filter(p -> p.firstUnlinked >= 0)
                .map(p -> new Unlinked(name, p.sheetName, p.headerRow, p.firstUnlinked, p.next - p.firstUnlinked,
                        linkLimit))
                .toList();
    }

    /** Tables, frozen headers, colours and print titles, once every row is written. */
    void finish() {
        if (appended != rowCount) {
            throw new IllegalStateException(name + " was laid out for " + rowCount + " rows but has " + appended);
        }
        pages.forEach(p -> p.rows.complete());
        for (int i = 0; i < pages.size(); i++) {
            Page p = pages.get(i);
            p.xssf.createFreezePane(0, p.headerRow + 1);
            table(p, i + 1);
            if (i == 0) {
                SeverityColours.ensure(p.xssf, name, p.headerRow + 1);
            } else {
                copyColours(pages.get(0), p);
            }
            p.xssf.setRepeatingRows(new CellRangeAddress(p.headerRow, p.headerRow, -1, -1));
            p.xssf.setFitToPage(true);
            p.xssf.getPrintSetup().setFitWidth((short) 1);
            p.xssf.getPrintSetup().setFitHeight((short) 0);
            pageNumbers(p.xssf.getFooter());
        }
        unlinked().forEach(this::noteBesideHeader);
    }

    /** Says beside the header, right of the table, which rows are linked: the header row stays in view. */
    private void noteBesideHeader(Unlinked unlinked) {
        XSSFSheet sheet = workbook.getSheet(unlinked.sheet());
        XSSFRow header = sheet.getRow(unlinked.headerRow());
        XSSFCell cell = header.createCell(Math.max(columns.size(), header.getLastCellNum()));
        cell.setCellValue(unlinked.note());
        cell.setCellStyle(styles.label);
    }

    /** Adds page numbers to a footer that has nothing in it. */
    static void pageNumbers(Footer footer) {
        if (blank(footer.getLeft()) && blank(footer.getCenter()) && blank(footer.getRight())) {
            footer.setCenter("Page &P of &N");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private void readHeader(XSSFRow header) {
        for (int i = 0; i < columns.size(); i++) {
            XSSFCell cell = header.getCell(i);
            String read = cell == null ? "" : cell.toString().strip();
            String text = XmlText.of(read);
            if (text.isEmpty()) {
                // a table's column name must be its header cell's text
                text = columns.get(i).heading();
                cell = cell == null ? header.createCell(i) : cell;
                cell.setCellValue(text);
                cell.setCellStyle(styles.heading);
            } else if (!text.equals(read)) {
                // a template's heading holds a character XML cannot: the column name and the cell
                // must still read the same
                cell.setCellValue(text);
            }
            headings.add(text);
            headingStyles.add(cell.getCellStyle());
        }
    }

    private void writeHeader(Page p) {
        Row row = p.xssf.createRow(p.headerRow);
        row.setHeightInPoints(30);
        for (int i = 0; i < headings.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(headings.get(i));
            cell.setCellStyle(headingStyles.get(i));
        }
    }

    /** The next sheet of a list that outgrew one: same header, widths and page set-up, placed after it. */
    private Page continuation() {
        Page first = pages.get(0);
        String continued = name + " (" + (pages.size() + 1) + ")";
        XSSFSheet xssf = workbook.createSheet(continued);
        workbook.setSheetOrder(continued, workbook.getSheetIndex(pages.get(pages.size() - 1).sheetName) + 1);
        for (int i = 0; i < columns.size(); i++) {
            xssf.setColumnWidth(i, first.xssf.getColumnWidth(i));
        }
        XSSFPrintSetup from = first.xssf.getPrintSetup();
        xssf.getPrintSetup().setOrientation(from.getOrientation());
        xssf.getPrintSetup().setPaperSize(from.getPaperSize());
        xssf.getFooter().setLeft(first.xssf.getFooter().getLeft());
        xssf.getFooter().setCenter(first.xssf.getFooter().getCenter());
        xssf.getFooter().setRight(first.xssf.getFooter().getRight());
        Page next = new Page(xssf, streamed.sheetData(xssf, columns.size()), 0);
        writeHeader(next);
        return next;
    }

    private void table(Page p, int number) {
        int last = Math.max(p.next - 1, p.headerRow + 1);
        AreaReference area = new AreaReference(new CellReference(p.headerRow, 0),
                new CellReference(last, columns.size() - 1), SpreadsheetVersion.EXCEL2007);
        if (p.xssf.getCTWorksheet().isSetAutoFilter()) {
            // a sheet filter over a table is a fault Excel repairs
            p.xssf.getCTWorksheet().unsetAutoFilter();
        }
        XSSFTable table = p.xssf.getTables().isEmpty() ? p.xssf.createTable(null) : p.xssf.getTables().get(0);
        CTTable ct = table.getCTTable();
        String tableName = name.replaceAll("[^A-Za-z0-9]", "") + "Table" + (number > 1 ? number : "");
        if (!ct.isSetName() || ct.getName() == null || ct.getName().isEmpty() || ct.getName().startsWith("Table")) {
            table.setName(tableName);
            table.setDisplayName(tableName);
        }
        String ref = area.formatAsString();
        ct.setRef(ref);
        CTTableColumns tableColumns = ct.getTableColumns() != null ? ct.getTableColumns() : ct.addNewTableColumns();
        while (tableColumns.sizeOfTableColumnArray() > 0) {
            tableColumns.removeTableColumn(0);
        }
        for (int i = 0; i < headings.size(); i++) {
            var column = tableColumns.addNewTableColumn();
            column.setId(i + 1);
            column.setName(headings.get(i));
        }
        tableColumns.setCount(headings.size());
        (ct.isSetAutoFilter() ? ct.getAutoFilter() : ct.addNewAutoFilter()).setRef(ref);
        if (!ct.isSetTableStyleInfo()) {
            CTTableStyleInfo style = ct.addNewTableStyleInfo();
            style.setName(TABLE_STYLE);
            style.setShowRowStripes(true);
            style.setShowColumnStripes(false);
            style.setShowFirstColumn(false);
            style.setShowLastColumn(false);
        }
        table.updateReferences();
    }

    private void copyColours(Page first, Page p) {
        XSSFSheetConditionalFormatting from = first.xssf.getSheetConditionalFormatting();
        XSSFSheetConditionalFormatting to = p.xssf.getSheetConditionalFormatting();
        int shift = first.headerRow - p.headerRow;
        for (int i = 0; i < from.getNumConditionalFormattings(); i++) {
            XSSFConditionalFormatting formatting = from.getConditionalFormattingAt(i);
            CellRangeAddress[] ranges = formatting.getFormattingRanges();
            CellRangeAddress[] shifted = new CellRangeAddress[ranges.length];
            for (int r = 0; r < ranges.length; r++) {
                CellRangeAddress range = ranges[r];
                shifted[r] = new CellRangeAddress(Math.max(0, range.getFirstRow() - shift), range.getLastRow(),
                        range.getFirstColumn(), range.getLastColumn());
            }
            for (int rule = 0; rule < formatting.getNumberOfRules(); rule++) {
                to.addConditionalFormatting(shifted, (ConditionalFormattingRule) formatting.getRule(rule));
            }
        }
    }
}
