package io.virtaudit.ooxml;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Compresses a package's parts on every core: large worksheets are cut into chunks that are
 * deflated independently and joined (each chunk ends on a sync flush, so the joined chunks are one
 * valid deflate stream, as pigz does it). The bytes depend only on the input and the level, never
 * on which thread did the work, so the same input still gives the same file.
 */
final class Deflation implements AutoCloseable {

    /**
     * Level 2 of 9: on sheet XML it compresses as fast as level 1 and nearly as small as level 3
     * (docs/performance.md, "The workbook writer").
     */
    static final int LEVEL = 2;

    private static final int BUFFER = 1 << 16;
    private static final AtomicInteger THREADS = new AtomicInteger();

    /**
     * Chunk buffers kept for reuse: allocating (and zeroing) a chunk's buffer each time cost more
     * than compressing some. Two sheets written at once hold up to seven each (six in flight).
     */
    private static final int POOLED = 16;

    private final ExecutorService workers;
    private final Deque<byte[]> pool = new ArrayDeque<>();

    Deflation() {
        int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
        workers = Executors.newFixedThreadPool(cores, task -> {
            Thread thread = new Thread(task, "xlsx-deflate-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** A buffer of {@code size} bytes, reused when one was released; its content is undefined. */
    synchronized byte[] buffer(int size) {
        byte[] reused = pool.pollFirst();
        return reused != null && reused.length == size ? reused : new byte[size];
    }

    /** Gives a buffer back once its chunk is compressed. */
    synchronized void release(byte[] buffer) {
        if (pool.size() < POOLED) {
            pool.addFirst(buffer);
        }
    }

    /**
     * The raw deflate of {@code length} bytes of {@code data}, ending on a sync flush, computed on a
     * worker, which then gives {@code data} back to the pool: the caller must not touch it again.
     */
    Future<byte[]> chunk(byte[] data, int length) {
        return workers.submit(() -> {
            try {
                return syncFlushed(data, length);
            } finally {
                release(data);
            }
        });
    }

    /** Raw deflate of the bytes, ending on a sync flush: more deflate data may follow it. */
    static byte[] syncFlushed(byte[] data, int length) {
        Compressor compressor = COMPRESSOR.get();
        Deflater deflater = compressor.deflater;
        deflater.reset();
        deflater.setInput(data, 0, length);
        // sheet XML deflates to about a tenth: the worker's array, grown in the rare case it is short
        int used = 0;
        while (true) {
            byte[] out = compressor.output(length / 6);
            used += deflater.deflate(out, used, out.length - used, Deflater.SYNC_FLUSH);
            if (used < out.length) {
                return Arrays.copyOf(out, used);
            }
            compressor.grow();
        }
    }

    /**
     * Each worker's deflater and output array, kept from chunk to chunk: a deflater (and its
     * native state) and an output array per chunk were garbage the collector had to handle.
     */
    private static final ThreadLocal<Compressor> COMPRESSOR = ThreadLocal.withInitial(Compressor::new);

    private static final class Compressor {
        final Deflater deflater = new Deflater(LEVEL, true);
        private byte[] out = new byte[64];

        /** The output array, at least {@code size} bytes long. */
        byte[] output(int size) {
            if (out.length < size) {
                out = new byte[Math.max(64, size)];
            }
            return out;
        }

        void grow() {
            out = Arrays.copyOf(out, out.length * 2);
        }
    }

    /** Raw deflate of the pieces read one after another, finished: the end of an entry's data. */
    static Piece finished(List<InputStream> pieces) throws IOException {
        Deflater deflater = new Deflater(LEVEL, true);
        CRC32 crc = new CRC32();
        long length = 0;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] input = new byte[BUFFER];
        byte[] output = new byte[BUFFER];
        try {
            for (InputStream piece : pieces) {
                try (InputStream in = piece) {
                    int read;
                    while ((read = in.read(input)) > 0) {
                        crc.update(input, 0, read);
                        length += read;
                        deflater.setInput(input, 0, read);
                        while (!deflater.needsInput()) {
                            out.write(output, 0, deflater.deflate(output));
                        }
                    }
                }
            }
            deflater.finish();
            while (!deflater.finished()) {
                out.write(output, 0, deflater.deflate(output));
            }
            return new Piece(out.toByteArray(), crc.getValue(), length);
        } finally {
            deflater.end();
        }
    }

    /** Raw deflate of bytes, ending on a sync flush, with their CRC and length. */
    static Piece flushed(byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(data);
        return new Piece(syncFlushed(data, data.length), crc.getValue(), data.length);
    }

    @Override
    public void close() {
        synchronized (this) {
            pool.clear();
        }
        workers.shutdownNow();
    }

    /** Deflated bytes with the CRC-32 and the length of what they inflate to. */
    record Piece(byte[] deflated, long crc, long length) {
    }
}
