package io.virtaudit.importer.rvtools;

import static io.virtaudit.importer.rvtools.ReadLimits.count;

import io.virtaudit.input.InputException;
import java.util.Arrays;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.xml.sax.Attributes;

/**
 * Streams one sheet's cells into a tab, holding one row at a time. Cells are read as the mapping
 * needs them, not as Excel shows them: numbers in full (no grouping or rounding by the cell
 * format), date cells as ISO local date-times, shared strings by index, booleans as
 * {@code TRUE}/{@code FALSE}, a formula by the value Excel saved with it.
 *
 * <p>It is strict where a lenient reader would let one file cost without bound: a cell or row
 * outside Excel's grid, more rows than Excel allows, cells of a row out of column order, a cell
 * longer than Excel holds, or a reference to a shared string the table does not have are each an
 * input error naming the sheet and cell. A row keeps only the cells it has, so a cell at column XFD
 * costs one entry, not sixteen thousand.
 */
final class SheetParser extends PartXml {

    private static final int MAX_QUOTED = 40;

    private final String file;
    private final String sheet;
    private final SharedStringsText strings;
    private final CellStyles styles;
    private final TabRows.Builder tab;
    private final ReadBudget budget;
    private final SheetRow row = new SheetRow();
    private final StringBuilder value = new StringBuilder();

    private boolean inSheetData;
    private int rowNumber;
    private int rowElements;
    private boolean inCell;
    private int column;
    private String reference;
    private String type;
    private int style;
    private boolean inValue;
    private boolean inInline;
    private boolean hasValue;
    /** Whether the cell being read holds a formula (its value is what Excel computed and saved). */
    private boolean formula;
    private int phonetic;

    SheetParser(String file, String sheet, SharedStringsText strings, CellStyles styles, TabRows.Builder tab,
                ReadBudget budget) {
        this.file = file;
        this.sheet = sheet;
        this.strings = strings;
        this.styles = styles;
        this.tab = tab;
        this.budget = budget;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        String name = name(localName, qName);
        if (!inSheetData) {
            if ("sheetData".equals(name)) {
                inSheetData = true;
            } else if ("dimension".equals(name)) {
                dimension(attributes.getValue("ref"));
            }
            return;
        }
        switch (name) {
            case "row" -> startRow(attributes.getValue("r"));
            case "c" -> startCell(attributes);
            case "v" -> {
                inValue = inCell;
                value.setLength(0);
            }
            case "is" -> {
                inInline = inCell;
                value.setLength(0);
            }
            case "t" -> inValue = inInline && phonetic == 0;
            case "rPh" -> phonetic++;
            case "f" -> formula = inCell;
            default -> {
                // rich-text properties and extensions carry nothing the import reads
            }
        }
    }

    /**
     * The size a sheet declares ({@code A1:CN60001}): a tab that declares more rows than the limit is
     * refused before its rows are read. A dimension that does not parse declares nothing.
     */
    private void dimension(String ref) {
        if (ref == null || ref.indexOf(':') < 0) {
            return;
        }
        try {
            CellRef first = CellRef.parse(ref.substring(0, ref.indexOf(':')).replace("$", ""));
            CellRef last = CellRef.parse(ref.substring(ref.indexOf(':') + 1).replace("$", ""));
            budget.declareRows(file, sheet, tab.tabName(), (long) last.row() - first.row());
        } catch (CellRef.OutsideGrid e) {
            // the rows themselves are checked as they come
        }
    }

    private void startRow(String r) {
        row.clear();
        column = -1;
        if (++rowElements > CellRef.MAX_ROWS) {
            throw malformed(sheet, "the sheet has more than " + count(CellRef.MAX_ROWS) + " rows, the most Excel allows");
        }
        if (r == null) {
            if (rowNumber == CellRef.MAX_ROWS) {
                throw malformed(sheet, "the sheet goes past row 1,048,576, the last Excel allows");
            }
            rowNumber++;
            return;
        }
        try {
            rowNumber = CellRef.parseRow(r.strip());
        } catch (CellRef.OutsideGrid e) {
            throw malformed(sheet + "!" + quoted(r), e.getMessage());
        }
    }

    private void startCell(Attributes attributes) {
        inCell = true;
        hasValue = false;
        formula = false;
        value.setLength(0);
        type = attributes.getValue("t");
        style = styleIndex(attributes.getValue("s"));
        reference = attributes.getValue("r");
        int previous = column;
        if (reference == null) {
            column++;
            if (column >= CellRef.MAX_COLUMNS) {
                throw malformed(sheet + "!" + rowNumber, "the row goes past column XFD, the last of Excel's 16,384 columns");
            }
            reference = CellRef.letters(column) + rowNumber;
        } else {
            try {
                column = plainColumn(reference);
                if (column < 0) {
                    column = CellRef.parse(reference.strip()).column();
                }
            } catch (CellRef.OutsideGrid e) {
                throw malformed(sheet + "!" + quoted(reference), e.getMessage());
            }
        }
        if (column < previous) {
            throw malformed(sheet + "!" + quoted(reference), "the cell comes after " + CellRef.letters(previous)
                    + rowNumber + " in its row, out of column order");
        }
    }

    /**
     * The column of a reference as spreadsheet programs write it ({@code CQ233}: up to three capitals,
     * then a row inside the grid), read without parsing the whole reference; -1 for anything else,
     * which {@link CellRef#parse} then reads or refuses.
     */
    private static int plainColumn(String ref) {
        int n = ref.length();
        int column = 0;
        int i = 0;
        while (i < n && i < 3 && ref.charAt(i) >= 'A' && ref.charAt(i) <= 'Z') {
            column = column * 26 + ref.charAt(i) - 'A' + 1;
            i++;
        }
        if (i == 0 || i == n || n - i > 7 || ref.charAt(i) == '0') {
            return -1;
        }
        int row = 0;
        for (int j = i; j < n; j++) {
            char c = ref.charAt(j);
            if (c < '0' || c > '9') {
                return -1;
            }
            row = row * 10 + c - '0';
        }
        return column <= CellRef.MAX_COLUMNS && row <= CellRef.MAX_ROWS ? column - 1 : -1;
    }

    private static int styleIndex(String s) {
        if (s == null) {
            return -1;
        }
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue) {
            if (value.length() + length > MAX_CELL_CHARS) {
                throw malformed(sheet + "!" + quoted(reference), "the cell holds more than "
                        + count(MAX_CELL_CHARS) + " characters, the most Excel allows");
            }
            value.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (!inSheetData) {
            return;
        }
        switch (name(localName, qName)) {
            case "v" -> {
                if (inValue) {
                    inValue = false;
                    hasValue = true;
                }
            }
            case "t" -> inValue = false;
            case "rPh" -> phonetic--;
            case "is" -> {
                if (inInline) {
                    inInline = false;
                    hasValue = true;
                }
            }
            case "c" -> {
                if (hasValue) {
                    if (tab.keeps(column)) {
                        row.put(column, text(), formula);
                    } else if (!blankValue()) {
                        row.fill(formula);
                    }
                }
                inCell = false;
            }
            case "row" -> tab.row(rowNumber, row);
            case "sheetData" -> inSheetData = false;
            default -> {
                // nothing to close
            }
        }
    }

    /** The cell's text by its type; null for an empty cell. */
    private String text() {
        String t = type == null ? "n" : type;
        return switch (t) {
            case "s" -> sharedString();
            case "inlineStr", "str" -> unescape(value);
            case "b" -> value.isEmpty() ? null : value.charAt(0) == '0' ? "FALSE" : "TRUE";
            case "e", "d" -> value.toString();
            default -> number();
        };
    }

    /**
     * Whether the cell's text would be blank, for a cell the tab does not keep: found without making
     * the text (numbers and shared strings, most cells), but with the same checks as {@link #text}.
     */
    private boolean blankValue() {
        String t = type == null ? "n" : type;
        return switch (t) {
            case "s" -> {
                int at = sharedIndex();
                yield at < 0 || strings.blank(at);
            }
            case "n" -> value.toString().isBlank();
            case "b" -> value.isEmpty();
            default -> {
                String text = text();
                yield text == null || text.isBlank();
            }
        };
    }

    private String sharedString() {
        int at = sharedIndex();
        return at < 0 ? null : strings.text(at);
    }

    /** The index a shared-string cell refers to; -1 for an empty cell. */
    private int sharedIndex() {
        String index = value.toString().strip();
        if (index.isEmpty()) {
            return -1;
        }
        int at;
        try {
            at = Integer.parseInt(index);
        } catch (NumberFormatException e) {
            at = -1;
        }
        if (at < 0 || at >= strings.size()) {
            throw malformed(sheet + "!" + quoted(reference), "the cell refers to shared string '" + quoted(index)
                    + "', but the workbook's table has " + count(strings.size()));
        }
        return at;
    }

    /** A number in full, or as a date where its style shows one; text that is no number stays as written. */
    private String number() {
        String raw = value.toString().strip();
        if (raw.isEmpty()) {
            return null;
        }
        double d;
        try {
            d = Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            return raw;
        }
        if (!Double.isFinite(d)) {
            return raw;
        }
        if (styles.isDate(style) && DateUtil.isValidExcelDate(d)) {
            return DateUtil.getLocalDateTime(d, false, true).toString();
        }
        return NumberToTextConverter.toText(d);
    }

    private InputException malformed(String location, String message) {
        return new InputException(file, location, message + ": " + MALFORMED);
    }

    /** Text from the file as a location or message quotes it: short enough to read. */
    private static String quoted(String text) {
        return text.length() <= MAX_QUOTED ? text : text.substring(0, MAX_QUOTED) + "…";
    }

    /** The cells of the row being read, in column order, only those the sheet has. */
    private static final class SheetRow implements TabRows.RowText {
        private int[] columns = new int[64];
        private String[] texts = new String[64];
        private int size;
        /** Whether a cell the tab does not keep has text: the row is then not blank. */
        private boolean filled;
        /** Whether a cell with text holds a value typed in, not a formula's result. */
        private boolean typed;

        void clear() {
            Arrays.fill(texts, 0, size, null);
            size = 0;
            filled = false;
            typed = false;
        }

        void fill(boolean formula) {
            filled = true;
            typed |= !formula;
        }

        /** Adds a cell; a cell of the same column as the last replaces it. */
        void put(int column, String text, boolean formula) {
            typed |= !formula && text != null && !text.isBlank();
            if (size > 0 && columns[size - 1] == column) {
                texts[size - 1] = text;
                return;
            }
            if (size == columns.length) {
                columns = Arrays.copyOf(columns, size * 2);
                texts = Arrays.copyOf(texts, size * 2);
            }
            columns[size] = column;
            texts[size++] = text;
        }

        @Override
        public int width() {
            return size == 0 ? 0 : columns[size - 1] + 1;
        }

        @Override
        public String at(int column) {
            int i = Arrays.binarySearch(columns, 0, size, column);
            return i < 0 ? null : texts[i];
        }

        @Override
        public boolean computed() {
            return !typed && !blank();
        }

        @Override
        public boolean blank() {
            if (filled) {
                return false;
            }
            for (int i = 0; i < size; i++) {
                if (texts[i] != null && !texts[i].isBlank()) {
                    return false;
                }
            }
            return true;
        }
    }
}
