package io.virtaudit.importer.rvtools;

/**
 * A cell reference such as {@code AB12}, within Excel's grid: columns A to XFD (16,384) and rows 1
 * to 1,048,576. A workbook that refers to a cell outside it was not written by Excel or a faithful
 * library; reading such a reference as a column number would let one cell make a row of 2^31
 * blanks, so it is refused instead.
 *
 * @param column the 0-based column
 * @param row    the 1-based row
 */
record CellRef(int column, int row) {

    /** Excel's columns, A to XFD. */
    static final int MAX_COLUMNS = 16_384;
    /** Excel's rows. */
    static final int MAX_ROWS = 1_048_576;

    /** Why a reference is refused, in the words an error message uses. */
    static final class OutsideGrid extends Exception {
        OutsideGrid(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Reads a reference: one to three capital letters and a row number without leading zeros.
     *
     * @throws OutsideGrid when it is not a reference or lies outside Excel's grid
     */
    static CellRef parse(String reference) throws OutsideGrid {
        int i = 0;
        int column = 0;
        int length = reference.length();
        while (i < length && reference.charAt(i) >= 'A' && reference.charAt(i) <= 'Z') {
            if (i == 3) {
                throw new OutsideGrid(pastLastColumn());
            }
            column = column * 26 + (reference.charAt(i) - 'A' + 1);
            i++;
        }
        if (i == 0 || i == length || reference.charAt(i) == '0') {
            throw new OutsideGrid("'" + reference + "' is not a cell reference such as B7");
        }
        if (column > MAX_COLUMNS) {
            throw new OutsideGrid(pastLastColumn());
        }
        return new CellRef(column - 1, row(reference, i));
    }

    /** The 1-based row a {@code <row r="...">} gives, within Excel's grid. */
    static int parseRow(String number) throws OutsideGrid {
        if (number.isEmpty() || number.charAt(0) == '0') {
            throw new OutsideGrid("row number '" + number + "' is not a row number such as 7");
        }
        return row(number, 0);
    }

    private static int row(String text, int from) throws OutsideGrid {
        long row = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new OutsideGrid("'" + text + "' is not a cell reference such as B7");
            }
            row = row * 10 + (c - '0');
            if (row > MAX_ROWS) {
                throw new OutsideGrid("the sheet goes past row 1,048,576, the last Excel allows");
            }
        }
        return (int) row;
    }

    private static String pastLastColumn() {
        return "the cell is past column XFD, the last of Excel's 16,384 columns";
    }

    /** The letters of a 0-based column: 0 is A, 27 is AB. */
    static String letters(int column) {
        StringBuilder letters = new StringBuilder(3);
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    @Override
    public String toString() {
        return letters(column) + row;
    }
}
