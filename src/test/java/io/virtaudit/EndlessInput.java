package io.virtaudit;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * An input without end, for tests of readers that must stream: a start, then the same text
 * repeated for ever. Only a reader that stops at its limit can finish reading it, and nothing
 * large is written to disk.
 */
public final class EndlessInput {

    private EndlessInput() {
    }

    /** {@code start}, then {@code repeated} without end. */
    public static InputStream of(String start, String repeated) {
        byte[] head = start.getBytes(StandardCharsets.UTF_8);
        byte[] row = repeated.getBytes(StandardCharsets.UTF_8);
        return new InputStream() {
            private long position;

            @Override
            public int read() {
                long at = position++;
                return at < head.length ? head[(int) at] & 0xFF : row[(int) ((at - head.length) % row.length)] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                for (int i = 0; i < len; i++) {
                    b[off + i] = (byte) read();
                }
                return len;
            }
        };
    }
}
