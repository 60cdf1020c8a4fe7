package io.virtaudit.generate.rvtools;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Streams one worksheet as EPPlus writes RVTools' sheets: a bold header row, then one row at a
 * time, every text cell a shared string, numbers as numbers, dates as serial numbers in a date
 * style. A tab's writer fills a row by header name ({@link #text}, {@link #number}, …); columns it
 * leaves alone get their {@link Headers} default, or stay blank.
 */
final class Sheet {

    /** Style indexes of {@code styles.xml}: the default, dates, and the header row. */
    static final int DATE_STYLE = 1;
    static final int HEADER_STYLE = 2;

    private static final byte TEXT = 1;
    private static final byte ONCE = 2;
    private static final byte SLOT = 3;
    private static final byte NUMBER = 4;
    private static final byte DATE = 5;

    private final OutputStream out;
    private final SharedStrings strings;
    private final List<Headers.Column> columns;
    private final Map<String, Integer> index = new HashMap<>();
    private final byte[][] letters;
    private final byte[] kinds;
    private final String[] texts;
    private final double[] numbers;
    private final byte[] buffer = new byte[1 << 16];
    private final String lastRef;
    private int used;
    private int row = 1;

    Sheet(OutputStream out, SharedStrings strings, String tab, long dataRows) {
        this.out = out;
        this.strings = strings;
        this.columns = Headers.columns(tab);
        int n = columns.size();
        this.letters = new byte[n][];
        this.kinds = new byte[n];
        this.texts = new String[n];
        this.numbers = new double[n];
        for (int i = 0; i < n; i++) {
            index.put(columns.get(i).header(), i);
            letters[i] = letters(i).getBytes(StandardCharsets.US_ASCII);
        }
        String last = letters(n - 1) + (dataRows + 1);
        ascii(Xml.HEAD + "<worksheet xmlns=\"" + Xml.MAIN_NS + "\" xmlns:r=\"" + Xml.REL_NS + "\"><dimension ref=\"A1:"
                + last + "\"/><sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\""
                + " activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>"
                + "<sheetFormatPr defaultRowHeight=\"15\"/><sheetData>");
        ascii("<row r=\"1\">");
        for (int i = 0; i < n; i++) {
            cellStart(i, HEADER_STYLE, true);
            digits(strings.repeated(columns.get(i).header()));
            ascii("</v></c>");
        }
        ascii("</row>");
        this.lastRef = last;
        clear();
    }

    /** Column letters: 0 is A, 26 is AA. */
    static String letters(int column) {
        StringBuilder s = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            s.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return s.toString();
    }

    private int at(String header) {
        Integer i = index.get(header);
        if (i == null) {
            throw new IllegalArgumentException("no column '" + header + "' in this tab");
        }
        return i;
    }

    /** A value that may repeat across rows and tabs; null leaves the cell blank. */
    Sheet text(String header, String value) {
        return set(header, value == null ? 0 : TEXT, value, 0);
    }

    /** A value written in this one cell only (a MAC address, a disk's UUID). */
    Sheet once(String header, String value) {
        return set(header, value == null ? 0 : ONCE, value, 0);
    }

    /** One of the VM's own strings, which every VM tab repeats. */
    Sheet slot(String header, int vm, int slot) {
        return set(header, SLOT, null, strings.slot(vm, slot));
    }

    Sheet number(String header, double value) {
        return set(header, NUMBER, null, value);
    }

    Sheet date(String header, Instant value) {
        return set(header, value == null ? 0 : DATE, null,
                value == null ? 0 : value.getEpochSecond() / 86_400.0 + 25_569);
    }

    Sheet bool(String header, boolean value) {
        return text(header, value ? "True" : "False");
    }

    Sheet blank(String header) {
        return set(header, (byte) 0, null, 0);
    }

    private Sheet set(String header, byte kind, String text, double number) {
        int i = at(header);
        kinds[i] = kind;
        texts[i] = text;
        numbers[i] = number;
        return this;
    }

    /** Writes the row filled since the last one, and starts the next with the defaults. */
    void endRow() {
        row++;
        ascii("<row r=\"");
        digits(row);
        ascii("\">");
        for (int i = 0; i < kinds.length; i++) {
            switch (kinds[i]) {
                case TEXT -> shared(i, strings.repeated(texts[i]));
                case ONCE -> shared(i, strings.once(texts[i]));
                case SLOT -> shared(i, (int) numbers[i]);
                case NUMBER -> {
                    cellStart(i, 0, false);
                    number(numbers[i]);
                    ascii("</v></c>");
                }
                case DATE -> {
                    cellStart(i, DATE_STYLE, false);
                    number(Math.round(numbers[i] * 86_400) / 86_400.0);
                    ascii("</v></c>");
                }
                default -> {
                    // blank: RVTools leaves the cell out
                }
            }
        }
        ascii("</row>");
        clear();
    }

    private void clear() {
        for (int i = 0; i < kinds.length; i++) {
            Headers.Column column = columns.get(i);
            if (column.text() != null) {
                kinds[i] = TEXT;
                texts[i] = column.text();
            } else if (column.number() != null) {
                kinds[i] = NUMBER;
                numbers[i] = column.number();
                texts[i] = null;
            } else {
                kinds[i] = 0;
                texts[i] = null;
            }
        }
    }

    /** Ends the sheet; the stream stays open for the next part. */
    void finish() {
        ascii("</sheetData><autoFilter ref=\"A1:" + lastRef + "\"/><pageMargins left=\"0.7\" right=\"0.7\""
                + " top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/></worksheet>");
        flush();
    }

    private void shared(int column, int index) {
        cellStart(column, 0, true);
        digits(index);
        ascii("</v></c>");
    }

    private void cellStart(int column, int style, boolean shared) {
        ascii("<c r=\"");
        bytes(letters[column]);
        digits(row);
        if (style != 0) {
            ascii("\" s=\"");
            digits(style);
        }
        ascii(shared ? "\" t=\"s\"><v>" : "\"><v>");
    }

    private void number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            digits((long) value);
        } else {
            ascii(Double.toString(value));
        }
    }

    private void digits(long value) {
        ascii(Long.toString(value));
    }

    private void bytes(byte[] b) {
        if (used + b.length > buffer.length) {
            flush();
        }
        System.arraycopy(b, 0, buffer, used, b.length);
        used += b.length;
    }

    private void ascii(String s) {
        if (used + s.length() > buffer.length) {
            flush();
            if (s.length() > buffer.length) {
                write(s.getBytes(StandardCharsets.US_ASCII), s.length());
                return;
            }
        }
        for (int i = 0; i < s.length(); i++) {
            buffer[used++] = (byte) s.charAt(i);
        }
    }

    private void flush() {
        write(buffer, used);
        used = 0;
    }

    private void write(byte[] b, int length) {
        try {
            out.write(b, 0, length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
