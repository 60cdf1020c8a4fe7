package io.virtaudit.input;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * The raw bytes of a YAML or JSON file on their way to the parser, checked before the parser sees
 * them: the file must be UTF-8 text (a UTF-8 byte-order mark is fine) without NUL bytes or control
 * characters, and a YAML file must keep within {@link #MAX_YAML_BYTES} and lines of at most
 * {@link #MAX_YAML_LINE_BYTES}. The first problem stops the read with {@link Refused}, which says
 * where it is (line and column, or the line for a long one) in plain words.
 *
 * <p>Why here and not in the parser: SnakeYAML copies the unread part of its buffer each time it
 * reads ahead inside one token, so a scalar or comment of n characters on one line costs n² (1, 2
 * and 4 MiB: 2, 6 and 16 s; 8 MB: 16–32 s; 50 MB: most of an hour), and it says "special characters
 * are not allowed" at 1:1 for a NUL byte or a UTF-16 file. A long line is therefore held back and
 * refused before the parser has seen any of it. Lines only matter to YAML: JSON is parsed in linear time and a compact JSON file is
 * one line of any length, so JSON has neither the line nor the size limit (an estate of a million
 * VMs is 800 MB of JSON).
 */
public final class TextScreen extends FilterInputStream {

    /** The longest line of a YAML file, in bytes: 1 MiB, sixteen times the longest text value. */
    public static final int MAX_YAML_LINE_BYTES = 1 << 20;
    /**
     * The largest YAML file, in bytes: 128 MiB. SnakeYAML reads YAML several times slower than
     * Jackson reads JSON (the 100,000-VM estate: 79 MB of YAML takes 6.4 s to scan and 7–11 s to
     * parse, the same estate as 75 MB of JSON 1–2 s; no one hot spot, the scanner's cost is spread),
     * so a 200 MB YAML estate took 34–40 s to reach an error at its end. The 100,000-VM estate
     * {@code generate} writes still fits; larger estates belong in JSON, and the refusal says so.
     */
    public static final long MAX_YAML_BYTES = 128L << 20;

    /** The first problem in the bytes; parsers pass it on as the cause of their own exception. */
    public static final class Refused extends IOException {
        private final String location;

        Refused(String location, String message) {
            super(message);
            this.location = location;
        }

        /** {@code line:column}, a line alone, or empty for the whole file. */
        public String location() {
            return location;
        }
    }

    private final boolean yaml;
    /** Where the next byte read sits in the file. */
    private long offset;
    private long line = 1;
    private long lineStart;
    /** Continuation bytes of multi-byte characters on this line so far: columns count characters. */
    private long lineContinuations;
    /** The offset of the last carriage return, so that CR LF counts as one line break. */
    private long lastReturn = -2;
    /** Continuation bytes the current multi-byte character still needs, and what it holds so far. */
    private int need;
    private int codePoint;
    private int smallest;
    private int leadByte;
    private long leadOffset;
    private long leadLine;
    private long leadColumn;

    /** YAML only: bytes read and held back, {@code [start, end)}, of which {@code [start, released)} may go on. */
    private byte[] held;
    private int start;
    private int end;
    private int released;
    private boolean ended;

    private TextScreen(InputStream in, boolean yaml) {
        super(in);
        this.yaml = yaml;
        this.held = yaml ? new byte[8192] : null;
    }

    /** The bytes of a YAML file, screened. */
    public static TextScreen yaml(InputStream in) {
        return new TextScreen(in, true);
    }

    /** The bytes of a JSON file, screened. */
    public static TextScreen json(InputStream in) {
        return new TextScreen(in, false);
    }

    /** The refusal of a YAML file of {@code size} bytes, or null when the size is fine. */
    public static Refused yamlTooLarge(long size) {
        if (size <= MAX_YAML_BYTES) {
            return null;
        }
        return new Refused("", String.format(Locale.ROOT, "the file is %,d bytes, more than the %d MiB virtaudit reads as YAML;"
                + " save an estate this large as JSON (.json), which is read several times faster", size, MAX_YAML_BYTES >> 20));
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] bytes, int from, int length) throws IOException {
        if (yaml) {
            return readWholeLines(bytes, from, length);
        }
        int n = in.read(bytes, from, length);
        screen(bytes, from, n);
        return n;
    }

    /** Scans bytes just read ({@code n} of them, or -1 at the end of the file). */
    private void screen(byte[] bytes, int from, int n) throws Refused {
        if (n > 0) {
            if (offset == 0) {
                sniff(bytes, from, n);
            }
            scan(bytes, from, n);
        } else if (n < 0 && need > 0) {
            throw notUtf8(leadByte, leadLine, leadColumn);
        }
    }

    /**
     * YAML's bytes are handed on a whole line at a time: the bytes of a line are held back until
     * its end has been read, so that a line over the limit is refused before the parser has seen
     * any of it (the parser's cost is in that line). At most one line, 1 MiB, is held.
     */
    private int readWholeLines(byte[] bytes, int from, int length) throws IOException {
        while (released == start) {
            if (ended) {
                if (start == end) {
                    return -1;
                }
                released = end;
                break;
            }
            fill();
        }
        int n = Math.min(length, released - start);
        System.arraycopy(held, start, bytes, from, n);
        start += n;
        return n;
    }

    /** Reads more of the file behind the bytes held, and releases what now ends a line. */
    private void fill() throws IOException {
        if (start > 0) {
            System.arraycopy(held, start, held, 0, end - start);
            released -= start;
            end -= start;
            start = 0;
        }
        if (end == held.length) {
            held = java.util.Arrays.copyOf(held, held.length * 2);
        }
        int n = in.read(held, end, held.length - end);
        screen(held, end, n);
        if (n < 0) {
            ended = true;
            return;
        }
        end += n;
        released = end - (int) (offset - lineStart);
    }

    @Override
    public long skip(long count) throws IOException {
        byte[] scratch = new byte[(int) Math.min(8192, Math.max(1, count))];
        long skipped = 0;
        while (skipped < count) {
            int n = read(scratch, 0, (int) Math.min(scratch.length, count - skipped));
            if (n < 0) {
                break;
            }
            skipped += n;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /** UTF-16 and UTF-32 files, told by their byte-order mark or by the zero bytes of ASCII text. */
    private static void sniff(byte[] bytes, int from, int n) throws Refused {
        int b0 = bytes[from] & 0xff;
        int b1 = n > 1 ? bytes[from + 1] & 0xff : -1;
        if ((b0 == 0xfe && b1 == 0xff) || (b0 == 0xff && b1 == 0xfe) || (b0 == 0 && b1 == 0)) {
            throw new Refused("1:1", "the file is UTF-16 or UTF-32 text (it starts with the bytes "
                    + String.format(Locale.ROOT, "0x%02X 0x%02X", b0, b1 & 0xff) + "); save it as UTF-8");
        }
        for (int i = 0; i < Math.min(n, 4); i++) {
            if (bytes[from + i] == 0) {
                throw new Refused("1:1", "the file looks like UTF-16 text (every other byte is 0); save it as UTF-8");
            }
        }
    }

    private void scan(byte[] bytes, int from, int n) throws Refused {
        int end = from + n;
        long base = offset - from;
        for (int i = from; i < end; i++) {
            int b = bytes[i];
            if (need > 0) {
                continuation(b, base + i);
                continue;
            }
            if (b >= 0x20 && b != 0x7f) {
                continue;
            }
            long at = base + i;
            if (b == '\n') {
                if (lastReturn != at - 1) {
                    line++;
                }
                endLine(at);
            } else if (b == '\r') {
                line++;
                lastReturn = at;
                endLine(at);
            } else if (b < 0) {
                lead(b & 0xff, at);
            } else if (b == 0) {
                throw new Refused(where(at), "the file contains a NUL byte (at byte offset " + at
                        + "): it is not a text file, or it is damaged");
            } else if (b != '\t' && (b != 0x7f || yaml)) {
                throw controlCharacter(b, at);
            }
        }
        offset += n;
        if (yaml) {
            if (offset - lineStart > MAX_YAML_LINE_BYTES) {
                throw lineTooLong(line);
            }
            if (offset > MAX_YAML_BYTES) {
                throw yamlTooLarge(offset);
            }
        }
    }

    private void endLine(long at) throws Refused {
        if (yaml && at - lineStart > MAX_YAML_LINE_BYTES) {
            throw lineTooLong(line - 1);
        }
        lineStart = at + 1;
        lineContinuations = 0;
    }

    /** The first byte of a multi-byte character: how many continuation bytes follow, and its least value. */
    private void lead(int b, long at) throws Refused {
        leadByte = b;
        leadOffset = at;
        leadLine = line;
        leadColumn = column(at);
        if (b >= 0xc2 && b <= 0xdf) {
            need = 1;
            codePoint = b & 0x1f;
            smallest = 0x80;
        } else if (b >= 0xe0 && b <= 0xef) {
            need = 2;
            codePoint = b & 0x0f;
            smallest = 0x800;
        } else if (b >= 0xf0 && b <= 0xf4) {
            need = 3;
            codePoint = b & 0x07;
            smallest = 0x10000;
        } else {
            throw notUtf8(b, leadLine, leadColumn);
        }
    }

    private void continuation(int b, long at) throws Refused {
        if ((b & 0xc0) != 0x80) {
            throw notUtf8(leadByte, leadLine, leadColumn);
        }
        codePoint = (codePoint << 6) | (b & 0x3f);
        lineContinuations++;
        if (--need > 0) {
            return;
        }
        if (codePoint < smallest || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) {
            throw notUtf8(leadByte, leadLine, leadColumn);
        }
        // YAML allows no C1 control character but NEL, and neither U+FFFE nor U+FFFF (SnakeYAML's isPrintable).
        if (yaml && ((codePoint >= 0x80 && codePoint <= 0x9f && codePoint != 0x85) || codePoint == 0xfffe || codePoint == 0xffff)) {
            throw new Refused(leadLine + ":" + leadColumn, String.format(Locale.ROOT,
                    "the file holds the character U+%04X, which YAML does not allow; remove it", codePoint));
        }
    }

    private static Refused lineTooLong(long number) {
        return new Refused(String.valueOf(number), "the line is longer than 1 MiB (" + MAX_YAML_LINE_BYTES
                + " bytes), the most virtaudit reads in one line of YAML: no value needs as much (text values hold at most "
                + Documents.MAX_TEXT + " characters)");
    }

    private Refused controlCharacter(int b, long at) {
        return new Refused(where(at), String.format(Locale.ROOT, "the file holds the control character U+%04X, which %s"
                + " allows only written as an escape (\\u%04x) inside a quoted text", b, yaml ? "YAML" : "JSON", b));
    }

    private Refused notUtf8(int b, long atLine, long atColumn) {
        return new Refused(atLine + ":" + atColumn, String.format(Locale.ROOT,
                "the file is not UTF-8 text (byte 0x%02X at byte offset %d); save it as UTF-8", b, leadOffset));
    }

    private String where(long at) {
        return line + ":" + column(at);
    }

    private long column(long at) {
        return at - lineStart - lineContinuations + 1;
    }
}
