package io.virtaudit.importer.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a stream as strict UTF-8 while it is read, so that a CSV file is never held whole: a
 * byte that is not UTF-8 stops the reading with the line it is on (counted in the bytes, as an
 * editor counts), and a stream longer than its limit stops at the limit. A byte-order mark at the
 * start is dropped.
 */
final class StrictUtf8Reader extends Reader {

    /** A byte that is not UTF-8, and its 1-based line. */
    static final class NotUtf8 extends IOException {
        private final long line;
        private final int badByte;

        NotUtf8(long line, int badByte) {
            super("not UTF-8 at line " + line, null);
            this.line = line;
            this.badByte = badByte;
        }

        long line() {
            return line;
        }

        int badByte() {
            return badByte;
        }
    }

    /** The stream goes on past the limit. */
    static final class TooLong extends IOException {
        TooLong() {
            super("longer than the limit");
        }
    }

    private final InputStream in;
    private final long limit;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private final CharBuffer chars = CharBuffer.allocate(1 << 16);
    private long read;
    private long newlines;
    private boolean ended;
    private boolean started;

    StrictUtf8Reader(InputStream in, long limit) {
        this.in = in;
        this.limit = limit;
        bytes.flip();
        chars.flip();
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (!fill()) {
                return -1;
            }
        }
        int n = Math.min(length, chars.remaining());
        chars.get(buffer, offset, n);
        return n;
    }

    /** Decodes the next chunk; false at the end of the stream. */
    private boolean fill() throws IOException {
        if (ended && !bytes.hasRemaining()) {
            return false;
        }
        if (!ended) {
            bytes.compact();
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                ended = true;
            } else {
                bytes.position(bytes.position() + n);
                read += n;
                if (read > limit) {
                    throw new TooLong();
                }
            }
            bytes.flip();
        }
        chars.clear();
        int from = bytes.position();
        CoderResult result = decoder.decode(bytes, chars, ended);
        if (!result.isError() && ended && !bytes.hasRemaining()) {
            result = decoder.flush(chars);
        }
        count(from, bytes.position());
        if (result.isError()) {
            throw new NotUtf8(newlines + 1, bytes.get(bytes.position()) & 0xFF);
        }
        chars.flip();
        if (!started && chars.hasRemaining()) {
            started = true;
            if (chars.get(chars.position()) == '\uFEFF') {
                chars.get();
            }
        }
        return true;
    }

    private void count(int from, int to) {
        byte[] array = bytes.array();
        for (int i = from; i < to; i++) {
            if (array[i] == '\n') {
                newlines++;
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
