package io.virtaudit.ooxml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.poi.ss.util.CellReference;

/**
 * The rows of one worksheet's {@code <sheetData>}, written as SpreadsheetML straight into a
 * {@link DeflatedSpool}: no row or cell objects, the column letters and style attributes spelt once,
 * text escaped in one pass, compressed on the other cores as it is written. POI's streaming sheets
 * ({@code SXSSF}) do the same job several times slower (docs/performance.md, "The workbook writer").
 *
 * <p>A cell that follows the previous cell of its row carries no reference ({@code r}, optional
 * in SpreadsheetML: such a cell is the next one of its row, as Excel, LibreOffice and POI read
 * it); only the first cell of a row and one after a gap spell theirs. Each row number being new,
 * the references were most of what was left to compress.
 *
 * <p>One thread writes one sheet's rows; rows of different sheets may be written on different threads.
 */
public final class SheetData {

    private final DeflatedSpool spool;
    private final Utf8Buffer out;
    /** The workbook's shared strings, which the cells of repeating columns refer to. */
    private final SharedStrings shared;
    /** {@code <c r="B} per column: the start of a cell up to its row number. */
    private final String[] cellStarts;
    /** {@code " s="12"} per style index, spelt when first used. */
    private String[] styleAttributes = new String[64];
    private int lastRow = -1;
    private int lastColumn = -1;
    /** The current row's number as a reference spells it (1-based). */
    private int rowNumber;
    /** The column of the last cell of the current row, or -1. */
    private int previousColumn = -1;

    SheetData(Deflation deflation, int columns, SharedStrings shared) {
        this.spool = new DeflatedSpool(deflation);
        this.out = new Utf8Buffer(spool);
        this.shared = shared;
        this.cellStarts = new String[columns];
        for (int i = 0; i < columns; i++) {
            cellStarts[i] = "<c r=\"" + CellReference.convertNumToColString(i);
        }
    }

    /**
     * Starts row {@code index} (0-based), below every row written before; a height in points of 0
     * leaves it at the sheet's default.
     */
    public void begin(int index, float height) {
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
     * A cell of the current row, right of the row's cells so far, in the workbook's cell style
     * {@code style} (its index among the cell formats): a {@link Number}, text (any other value, as
     * its {@code toString} spells it) or, for null, a blank cell that keeps its style.
     */
    public void cell(int column, int style, Object value) {
        cell(column, style, value, false);
    }

    /**
     * A cell as {@link #cell(int, int, Object)} writes it; text of a column whose values repeat
     * ({@code repeating}) that is among the workbook's {@link SharedStrings} refers to it instead of
     * being spelt out.
     */
    public void cell(int column, int style, Object value, boolean repeating) {
        lastColumn = Math.max(lastColumn, column);
        String styleAttribute = styleAttribute(style);
        if (column == previousColumn + 1 && column > 0) {
            out.ascii("<c");
            out.ascii(styleAttribute, 1);
        } else {
            out.ascii(cellStarts[column]);
            out.digits(rowNumber);
            out.ascii(styleAttribute);
        }
        previousColumn = column;
        if (value == null) {
            out.ascii("/>");
        } else if (value instanceof Number number) {
            number(number.doubleValue());
        } else if (repeating) {
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

    /** Ends the current row. */
    public void end() {
        out.ascii("</row>");
    }

    /**
     * Says the rows are all written: the last of them go to be compressed now rather than when
     * the workbook is packed, and their buffer is free for other sheets.
     */
    public void complete() {
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

    /**
     * The style's attribute as a cell spells it after its reference: {@code " s="12"}, starting
     * with the quote that closes the reference (a cell without one skips that quote).
     */
    private String styleAttribute(int style) {
        if (style >= styleAttributes.length) {
            styleAttributes = Arrays.copyOf(styleAttributes, Math.max(style + 1, styleAttributes.length * 2));
        }
        String attribute = styleAttributes[style];
        if (attribute == null) {
            attribute = "\" s=\"" + style + "\"";
            styleAttributes[style] = attribute;
        }
        return attribute;
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
        if (SharedStrings.preserves(text)) {
            out.ascii(" xml:space=\"preserve\"");
        }
        out.ascii(">");
        out.text(text);
        out.ascii("</t></is></c>");
    }
}
