package io.virtaudit.ooxml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Inflater;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class DeflationTest {

    @Property(tries = 300)
    void combinedCrcIsTheCrcOfTheJoinedBytes(@ForAll @Size(max = 300) byte[] a, @ForAll @Size(max = 300) byte[] b) {
        byte[] joined = new byte[a.length + b.length];
        System.arraycopy(a, 0, joined, 0, a.length);
        System.arraycopy(b, 0, joined, a.length, b.length);

        assertThat(Crc32.combine(crc(a), crc(b), b.length)).isEqualTo(crc(joined));
    }

    @Test
    void combinedCrcOverALongRunMatches() {
        byte[] a = "head".getBytes(StandardCharsets.US_ASCII);
        byte[] b = new byte[5_000_000];
        new Random(7).nextBytes(b);
        byte[] joined = new byte[a.length + b.length];
        System.arraycopy(a, 0, joined, 0, a.length);
        System.arraycopy(b, 0, joined, a.length, b.length);

        assertThat(Crc32.combine(crc(a), crc(b), b.length)).isEqualTo(crc(joined));
    }

    @Test
    void headSpooledChunksAndTailInflateToTheOriginalBytes() throws Exception {
        byte[] rows = rows(DeflatedSpool.CHUNK * 2 + 12345);
        byte[] head = "<worksheet><sheetData>".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8);
        try (Deflation deflation = new Deflation()) {
            DeflatedSpool spool = new DeflatedSpool(deflation);
            try {
                for (int at = 0; at < rows.length; at += 1000) {
                    spool.write(rows, at, Math.min(1000, rows.length - at));
                }
                spool.close();
                Deflation.Piece first = Deflation.flushed(head);
                Deflation.Piece last = Deflation.finished(List.of(new ByteArrayInputStream(tail)));
                ByteArrayOutputStream deflated = new ByteArrayOutputStream();
                deflated.write(first.deflated());
                deflated.write(Files.readAllBytes(spool.file()));
                deflated.write(last.deflated());

                byte[] inflated = inflate(deflated.toByteArray());

                ByteArrayOutputStream expected = new ByteArrayOutputStream();
                expected.write(head);
                expected.write(rows);
                expected.write(tail);
                assertThat(inflated).isEqualTo(expected.toByteArray());
                assertThat(spool.length()).isEqualTo(rows.length);
                assertThat(spool.deflatedLength()).isEqualTo(Files.size(spool.file()));
                long crc = Crc32.combine(Crc32.combine(first.crc(), spool.crc(), spool.length()), last.crc(),
                        last.length());
                assertThat(crc).isEqualTo(crc(expected.toByteArray()));
            } finally {
                spool.delete();
            }
        }
    }

    @Test
    void theSameBytesDeflateToTheSameBytes() {
        byte[] rows = rows(300_000);
        assertThat(Deflation.syncFlushed(rows, rows.length)).isEqualTo(Deflation.syncFlushed(rows, rows.length));
    }

    private static byte[] rows(int length) {
        StringBuilder text = new StringBuilder(length + 100);
        Random random = new Random(42);
        for (int row = 2; text.length() < length; row++) {
            text.append("<row r=\"").append(row).append("\"><c r=\"A").append(row).append("\" s=\"12\" t=\"inlineStr\"><is><t>vm-")
                    .append(random.nextInt(100_000)).append("</t></is></c></row>");
        }
        return text.substring(0, length).getBytes(StandardCharsets.US_ASCII);
    }

    /** Raw deflate data, which must end with its final block, inflated. */
    static byte[] inflate(byte[] deflated) throws Exception {
        Inflater inflater = new Inflater(true);
        inflater.setInput(deflated);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        while (!inflater.finished()) {
            int n = inflater.inflate(buffer);
            if (n == 0 && inflater.needsInput()) {
                break;
            }
            out.write(buffer, 0, n);
        }
        assertThat(inflater.finished()).as("the stream has its final block").isTrue();
        inflater.end();
        return out.toByteArray();
    }

    private static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }
}
