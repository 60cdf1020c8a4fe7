package io.virtaudit.ooxml;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.zip.CRC32;

/**
 * A temporary file that receives a worksheet's rows already deflated: the bytes written are cut
 * into fixed chunks, compressed on the {@link Deflation} workers while the writer goes on, and
 * appended in order. What it holds is deflate data without an end, for {@link ZipPackage} to put
 * between the compressed head and tail of the worksheet.
 */
final class DeflatedSpool extends OutputStream {

    /** Bytes per independently compressed chunk: large enough that restarting the dictionary costs little. */
    static final int CHUNK = 1 << 22;
    /** Chunks in flight before the writer waits for the oldest: bounds the memory to a few chunks. */
    private static final int IN_FLIGHT = 6;

    private final Deflation deflation;
    private final Path file;
    private final OutputStream out;
    private final CRC32 crc = new CRC32();
    private final Deque<Future<byte[]>> pending = new ArrayDeque<>();
    private byte[] buffer;
    private int used;
    private long length;
    private long deflatedLength;
    private boolean closed;

    DeflatedSpool(Deflation deflation) {
        this.deflation = deflation;
        try {
            this.file = Files.createTempFile("xlsx-rows", ".deflate");
            // deleted when the workbook is done; this covers a process that exits before
            file.toFile().deleteOnExit();
            this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void write(int b) throws IOException {
        room();
        buffer[used++] = (byte) b;
    }

    @Override
    public void write(byte[] bytes, int offset, int count) throws IOException {
        int from = offset;
        int left = count;
        while (left > 0) {
            room();
            int n = Math.min(left, CHUNK - used);
            System.arraycopy(bytes, from, buffer, used, n);
            used += n;
            from += n;
            left -= n;
        }
    }

    /** Waits for the chunks still being compressed and closes the file; the sizes and CRC are final then. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (used > 0) {
                hand();
            }
            while (!pending.isEmpty()) {
                drain();
            }
        } finally {
            out.close();
        }
    }

    /**
     * Hands the last, partly filled chunk to be compressed: nothing more is written. Its buffer
     * goes back to the pool once compressed instead of waiting for {@link #close}.
     */
    void handOff() throws IOException {
        if (!closed && buffer != null && used > 0) {
            hand();
        }
    }

    Path file() {
        return file;
    }

    /** The CRC-32 of the bytes written. */
    long crc() {
        return crc.getValue();
    }

    /** The bytes written, before compression. */
    long length() {
        return length;
    }

    /** The bytes in the file. */
    long deflatedLength() {
        return deflatedLength;
    }

    void delete() {
        try {
            out.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a temporary file left behind is not worth failing a written workbook for
        }
    }

    /** A buffer with room for at least one byte: the full one goes to be compressed. */
    private void room() throws IOException {
        if (buffer != null && used == CHUNK) {
            hand();
        }
        if (buffer == null) {
            buffer = deflation.buffer(CHUNK);
        }
    }

    private void hand() throws IOException {
        crc.update(buffer, 0, used);
        length += used;
        pending.addLast(deflation.chunk(buffer, used));
        buffer = null;
        used = 0;
        while (pending.size() > IN_FLIGHT) {
            drain();
        }
    }

    private void drain() throws IOException {
        byte[] deflated;
        try {
            deflated = pending.removeFirst().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while compressing the workbook");
        } catch (ExecutionException e) {
            throw new IOException("could not compress the workbook: " + e.getCause(), e.getCause());
        }
        out.write(deflated);
        deflatedLength += deflated.length;
    }
}
