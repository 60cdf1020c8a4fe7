package io.virtaudit.report.xlsx;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.util.CellReference;

/**
 * Writes a list sheet's rows as SpreadsheetML straight into a {@link DeflatedSpool}: no row or
 * cell objects, the column letters spelt once, text escaped in one pass. POI's streaming sheets
 * took 9 s for the 318 MB of rows of a 100,000-VM report; this writes them in a fraction of that
 * while the spool compresses them on the other cores.
 *
 * <p>A cell that follows the previous cell of its row carries no reference ({@code r}, optional
 * in SpreadsheetML: such a cell is the next one of its row, as Excel, LibreOffice and POI read
 * it); only the first cell of a row and one after a gap spell theirs. The references were a fifth
 * of the sheet XML and, each row number being new, most of what was left to compress.
 */
final class RowStream {

    private final DeflatedSpool spool;
    private final Utf8Buffer out;
    /** The workbook's shared strings, which the cells of repeated columns refer to. */
    private final SharedText shared;
    /** {@code <c r="B} per column: the start of a cell up to its row number. */
    private final String[] cellStarts;
    private int lastRow = -1;
    private int lastColumn = -1;
    /** The current row's number as a reference spells it (1-based). */
    private int rowNumber;
    /** The column of the last cell of the current row, or -1. */
    private int previousColumn = -1;

    RowStream(Deflation deflation, int columns) {
        this(deflation, columns, SharedText.NONE);
    }

    RowStream(Deflation deflation, int columns, SharedText shared) {
        this.spool = new DeflatedSpool(deflation);
        this.out = new Utf8Buffer(spool);
        this.shared = shared;
        this.cellStarts = new String[columns];
        for (int i = 0; i < columns; i++) {
            cellStarts[i] = "<c r=\"" + CellReference.convertNumToColString(i);
        }
    }

    /** Starts row {@code index} (0-based); a height of 0 leaves it at the sheet's default. */
    void begin(int index, float height) {
        rowNumber = index + 1;
        lastRow = Math.max(lastRow, index);
        previousColumn = -1;
        out.ascii("<row r=\"");
        out.digits(rowNumber);
        if (height > 0) {
            out.ascii("\" customHeight=\"true\" ht=\"");
            out.ascii(Float.toString(height));
        }
        out.ascii("\">");
    }

    /**
     * A cell of the current row in style {@code style} (its {@code s="…"} attribute, spelt by the
     * caller once per column): a {@link Number}, text or, for null, a blank cell that keeps its style.
     */
    void cell(int column, String style, Object value) {
        cell(column, style, value, false);
    }

    /**
     * A cell as {@link #cell(int, String, Object)} writes it; text of a {@code repeated} column
     * that is among the workbook's shared strings refers to it instead of being spelt out.
     */
    void cell(int column, String style, Object value, boolean repeated) {
        lastColumn = Math.max(lastColumn, column);
        if (column == previousColumn + 1 && column > 0) {
            out.ascii("<c");
            out.ascii(style, 1);
        } else {
            out.ascii(cellStarts[column]);
            out.digits(rowNumber);
            out.ascii(style);
        }
        previousColumn = column;
        if (value == null) {
            out.ascii("/>");
        } else if (value instanceof Number number) {
            number(number.doubleValue());
        } else if (repeated) {
            String text = value.toString();
            int index = shared.indexOf(text);
            if (index >= 0) {
                out.ascii(" t=\"s\"><v>");
                out.digits(index);
                out.ascii("</v></c>");
            } else {
                text(text);
            }
        } else {
            text(value.toString());
        }
    }

    /** The attribute text of a style index: {@code " s="12"}. */
    static String style(int index) {
        return "\" s=\"" + index + "\"";
    }

    void end() {
        out.ascii("</row>");
    }

    /** The rows are all written: the last of them go to be compressed without waiting for {@link #finish}. */
    void complete() {
        out.flush();
        try {
            spool.handOff();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Flushes the rows and waits for their compression; the spool is complete afterwards. */
    DeflatedSpool finish() {
        out.flush();
        try {
            spool.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return spool;
    }

    /** The last row written (0-based), or -1. */
    int lastRow() {
        return lastRow;
    }

    /** The last column written (0-based), or -1. */
    int lastColumn() {
        return lastColumn;
    }

    DeflatedSpool spool() {
        return spool;
    }

    private void number(double value) {
        if (Double.isNaN(value)) {
            out.ascii(" t=\"e\"><v>#NUM!</v></c>");
        } else if (Double.isInfinite(value)) {
            out.ascii(" t=\"e\"><v>#DIV/0!</v></c>");
        } else {
            out.ascii("><v>");
            long whole = (long) value;
            if (whole == value && Math.abs(value) < 1e15) {
                out.digits(whole);
            } else {
                out.ascii(Double.toString(value));
            }
            out.ascii("</v></c>");
        }
    }

    private void text(String text) {
        out.ascii(" t=\"inlineStr\"><is><t");
        if (SharedText.preserves(text)) {
            out.ascii(" xml:space=\"preserve\"");
        }
        out.ascii(">");
        out.text(text);
        out.ascii("</t></is></c>");
    }
}
