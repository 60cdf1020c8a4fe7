package io.virtaudit.report.xlsx;

import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The first rows of an inventory list spelt ahead as SpreadsheetML while the rules fire, before
 * the report exists, each with a gap where its finding counts go: the workbook then copies each
 * row's bytes around the gap and spells only the counts. The bytes are those
 * {@link ListSheet#appendContents} writes for the same row. They are held in 1 MiB blocks outside
 * the heap: about 165 MB at 100,000 VMs, which the collector would otherwise copy while the rules fire.
 */
final class SpeltRows {

    private static final int BLOCK = 1 << 20;

    private final ListShape shape;
    private final int gapFrom;
    private final int gapTo;
    private final long budget;
    private final List<ByteBuffer> blocks = new ArrayList<>();
    private final RowStream speller;
    /** Where each row's gap is, and where the row ends, in bytes from the start. */
    private final long[] gapAt;
    private final long[] endAt;
    private long size;
    private int count;

    /**
     * Room for {@code capacity} rows of the list, with a gap over columns {@code gapFrom} to
     * {@code gapTo} (exclusive), spelling no more than about {@code budget} bytes.
     */
    SpeltRows(ListShape shape, int capacity, int gapFrom, int gapTo, long budget, SharedText words) {
        if (gapFrom < 1 || gapTo > shape.columns.size() || shape.wraps(gapFrom, gapTo)) {
            // a wrapped cell in the gap could change the row's height, which is spelt before it
            throw new IllegalArgumentException(shape.name + ": no gap over columns " + gapFrom + "-" + gapTo);
        }
        this.shape = shape;
        this.gapFrom = gapFrom;
        this.gapTo = gapTo;
        this.budget = budget;
        this.gapAt = new long[capacity];
        this.endAt = new long[capacity];
        this.speller = RowStream.speller(new Appender(), shape.columns.size(), words);
    }

    /**
     * Spells the next row from its cells' contents ({@link ListShape#contents}), leaving out the
     * gap's; false, spelling nothing, once the list is spelt or the budget spent.
     */
    boolean spell(Object[] cells) {
        if (count == gapAt.length || size >= budget) {
            return false;
        }
        int ordinal = count;
        speller.begin(shape.rowOf(ordinal), shape.height(cells));
        shape.cells(speller, cells, 0, gapFrom);
        speller.flush();
        gapAt[ordinal] = size;
        speller.skipTo(gapTo - 1);
        shape.cells(speller, cells, gapTo, cells.length);
        speller.end();
        speller.flush();
        endAt[ordinal] = size;
        count++;
        return true;
    }

    /** How many rows are spelt: the list's first. */
    int count() {
        return count;
    }

    /** The bytes spelt. */
    long size() {
        return size;
    }

    int gapFrom() {
        return gapFrom;
    }

    int gapTo() {
        return gapTo;
    }

    /** Copies row {@code ordinal}'s bytes before its gap into {@code out}. */
    void head(int ordinal, RowStream out) {
        copy(ordinal == 0 ? 0 : endAt[ordinal - 1], gapAt[ordinal], out);
    }

    /** Copies row {@code ordinal}'s bytes after its gap, to the end of the row, into {@code out}. */
    void tail(int ordinal, RowStream out) {
        copy(gapAt[ordinal], endAt[ordinal], out);
    }

    private void copy(long from, long to, RowStream out) {
        long at = from;
        while (at < to) {
            ByteBuffer block = blocks.get((int) (at / BLOCK));
            int offset = (int) (at % BLOCK);
            int length = (int) Math.min(to - at, BLOCK - offset);
            out.raw(block, offset, length);
            at += length;
        }
    }

    /** Appends to the blocks, adding one when the last is full. */
    private final class Appender extends OutputStream {

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            int from = offset;
            int left = length;
            while (left > 0) {
                int inBlock = (int) (size % BLOCK);
                if (inBlock == 0 && size / BLOCK == blocks.size()) {
                    blocks.add(ByteBuffer.allocateDirect(BLOCK));
                }
                int n = Math.min(left, BLOCK - inBlock);
                blocks.get(blocks.size() - 1).put(inBlock, bytes, from, n);
                size += n;
                from += n;
                left -= n;
            }
        }
    }
}
