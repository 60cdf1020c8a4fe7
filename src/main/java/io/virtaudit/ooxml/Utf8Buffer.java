package io.virtaudit.ooxml;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 bytes gathered in a buffer and handed to a stream when it fills: the row writer's output,
 * without the lock a {@code Writer} takes on every call and without a per-call encoder, which
 * matter when every cell of a large sheet goes through it.
 */
final class Utf8Buffer {

    /** What stands for a character XML 1.0 cannot hold: U+FFFD, the replacement character. */
    static final char REPLACEMENT = '\uFFFD';
    private static final byte[] REPLACEMENT_BYTES = String.valueOf(REPLACEMENT).getBytes(StandardCharsets.UTF_8);

    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 16];
    private int used;

    Utf8Buffer(OutputStream out) {
        this.out = out;
    }

    /** Markup: text known to be ASCII, written as it is. */
    void ascii(String markup) {
        ascii(markup, 0);
    }

    /** The markup from its character {@code from} on. */
    void ascii(String markup, int from) {
        int length = markup.length() - from;
        if (used + length > buffer.length) {
            flush();
            if (length > buffer.length) {
                for (int i = from; i < markup.length(); i++) {
                    put((byte) markup.charAt(i));
                }
                return;
            }
        }
        markup.getBytes(from, markup.length(), buffer, used);
        used += length;
    }

    /**
     * Cell text in UTF-8, escaped as POI escapes it: markup characters as entities, line breaks
     * and tabs as character references, and what XML 1.0 cannot hold (control characters, U+FFFE,
     * U+FFFF, a lone surrogate) replaced by {@link #REPLACEMENT}: a parser refuses such a
     * character even as a character reference, and the reader should see that something was there.
     */
    void text(String text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                switch (c) {
                    case '<' -> ascii("&lt;");
                    case '>' -> ascii("&gt;");
                    case '&' -> ascii("&amp;");
                    case '"' -> ascii("&quot;");
                    case '\n' -> ascii("&#xa;");
                    case '\r' -> ascii("&#xd;");
                    case '\t' -> ascii("&#x9;");
                    default -> {
                        if (c < 0x20) {
                            replacement();
                        } else {
                            put((byte) c);
                        }
                    }
                }
            } else if (c == '\u00a0') {
                ascii("&#xa0;");
            } else if (c < 0x800) {
                put((byte) (0xC0 | (c >> 6)));
                put((byte) (0x80 | (c & 0x3F)));
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                int code = Character.toCodePoint(c, text.charAt(++i));
                put((byte) (0xF0 | (code >> 18)));
                put((byte) (0x80 | ((code >> 12) & 0x3F)));
                put((byte) (0x80 | ((code >> 6) & 0x3F)));
                put((byte) (0x80 | (code & 0x3F)));
            } else if (Character.isSurrogate(c) || c >= '\uFFFE') {
                replacement();
            } else {
                put((byte) (0xE0 | (c >> 12)));
                put((byte) (0x80 | ((c >> 6) & 0x3F)));
                put((byte) (0x80 | (c & 0x3F)));
            }
        }
    }

    /** A whole number in decimal digits, without making a string of it. */
    void digits(long value) {
        if (value == Long.MIN_VALUE) {
            ascii(Long.toString(value));
            return;
        }
        if (used + 20 > buffer.length) {
            flush();
        }
        long rest = value;
        if (rest < 0) {
            buffer[used++] = '-';
            rest = -rest;
        }
        int end = used + digitCount(rest);
        int at = end;
        do {
            buffer[--at] = (byte) ('0' + (int) (rest % 10));
            rest /= 10;
        } while (rest > 0);
        used = end;
    }

    private static int digitCount(long value) {
        int count = 1;
        for (long bound = 10; count < 19 && value >= bound; bound *= 10) {
            count++;
        }
        return count;
    }

    /** Hands what is buffered to the stream. */
    void flush() {
        if (used > 0) {
            try {
                out.write(buffer, 0, used);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            used = 0;
        }
    }

    private void replacement() {
        for (byte b : REPLACEMENT_BYTES) {
            put(b);
        }
    }

    private void put(byte b) {
        if (used == buffer.length) {
            flush();
        }
        buffer[used++] = b;
    }
}
