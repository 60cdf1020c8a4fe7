package io.virtaudit.report.xlsx;

/**
 * Estimates how many lines wrapped text takes in a column, so rows can be given their height:
 * LibreOffice keeps a streamed row at the default height, and the text of its neighbours overlaps.
 */
final class RowHeights {

    /** Points per line of 11-point text. */
    static final float LINE = 15f;
    /** Excel's tallest row. */
    static final float MAX = 409f;
    /** Characters of ordinary text per unit of column width (the width of a digit). */
    private static final double CHARS_PER_UNIT = 1.2;

    private RowHeights() {
    }

    /** The lines {@code text} wraps to in a column {@code width} characters wide. */
    static int lines(String text, int width) {
        int perLine = Math.max(4, (int) Math.floor(Math.max(1, width - 1) * CHARS_PER_UNIT));
        if (text.length() <= perLine && text.indexOf('\n') < 0) {
            // most cells: one short line, without splitting anything
            return 1;
        }
        int lines = 0;
        int start = 0;
        while (true) {
            int end = text.indexOf('\n', start);
            int stop = end < 0 ? text.length() : end;
            lines += Math.max(1, wrapped(text, start, stop, perLine));
            if (end < 0 || lines * LINE > MAX) {
                break;
            }
            start = end + 1;
        }
        return lines;
    }

    /** The height of a row of {@code lines} lines, at most Excel's limit. */
    static float points(int lines) {
        return Math.min(MAX, lines * LINE + 2);
    }

    /**
     * Lines of the paragraph from {@code start} to {@code end} wrapped at word boundaries (single
     * spaces; spaces at its end take no room), counted without cutting it into words.
     */
    private static int wrapped(String text, int start, int end, int perLine) {
        if (end - start <= perLine) {
            return end == start ? 0 : 1;
        }
        int stop = end;
        while (stop > start && text.charAt(stop - 1) == ' ') {
            stop--;
        }
        int lines = 1;
        int used = 0;
        int word = start;
        while (true) {
            int space = text.indexOf(' ', word);
            if (space < 0 || space > stop) {
                space = stop;
            }
            int length = space - word;
            if (used > 0 && used + 1 + length > perLine) {
                lines++;
                used = 0;
            }
            while (length > perLine) {
                lines++;
                length -= perLine;
            }
            used += (used > 0 ? 1 : 0) + length;
            if (space >= stop || lines * LINE > MAX) {
                break;
            }
            word = space + 1;
        }
        return lines;
    }
}
