package io.virtaudit.importer.rvtools;

import static io.virtaudit.importer.rvtools.ReadLimits.count;
import static io.virtaudit.importer.rvtools.ReadLimits.size;

import io.virtaudit.input.InputException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * What one export has used of its {@link ReadLimits}: rows kept and bytes parsed. A limit is
 * checked against what the file declares first (zip entry sizes, a sheet's dimension), so that an
 * honest but huge export is refused at once, and then against what is actually read, so that a
 * file that lies about its sizes is stopped at the limit.
 */
final class ReadBudget {

    private static final String TOO_LARGE = "refused as too large (a 50,000-VM export is well within it); "
            + "if this export is genuine, export fewer vCenters or tabs at a time";

    private final ReadLimits limits;
    private final String file;
    private final String content;
    private long rows;
    private long bytes;

    /**
     * @param file    the export as messages name it
     * @param content what the bytes are, for messages: {@code "XML in the sheets virtaudit reads"}
     */
    ReadBudget(ReadLimits limits, String file, String content) {
        this.limits = limits;
        this.file = file;
        this.content = content;
    }

    ReadLimits limits() {
        return limits;
    }

    /** What the export has used so far: rows kept and bytes parsed. */
    record Used(long rows, long bytes) {
    }

    Used used() {
        return new Used(rows, bytes);
    }

    /** Gives back what a part used, when it is read again from its start (another parser). */
    void restore(Used used) {
        rows = used.rows();
        bytes = used.bytes();
    }

    /** Refuses the export at once when the sizes it declares already exceed the byte limit. */
    void declareBytes(long declared) {
        if (declared > limits.bytes()) {
            throw new InputException(file, "", "the export holds " + size(declared) + " of " + content
                    + ", above the limit of " + size(limits.bytes()) + ": " + TOO_LARGE);
        }
    }

    /** The stream, counting its bytes against the limit as they are read. */
    InputStream metered(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    spend(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    spend(n);
                }
                return n;
            }
        };
    }

    private void spend(int n) {
        bytes += n;
        if (bytes > limits.bytes()) {
            throw new InputException(file, "", "the export holds more than " + size(limits.bytes()) + " of "
                    + content + ", the limit: " + TOO_LARGE);
        }
    }

    /** Refuses a tab whose declared size (a sheet's dimension) already exceeds the row limit. */
    void declareRows(String tabFile, String location, String tab, long declared) {
        if (declared > limits.rowsPerTab()) {
            throw new InputException(tabFile, location, "the " + tab + " tab declares " + count(declared)
                    + " rows, more than the " + count(limits.rowsPerTab()) + " virtaudit reads from one tab: "
                    + TOO_LARGE);
        }
    }

    /** Counts one kept row; {@code rowsInTab} includes it. */
    void row(String tabFile, String location, String tab, int rowsInTab) {
        if (rowsInTab > limits.rowsPerTab()) {
            throw new InputException(tabFile, location, "the " + tab + " tab has more than "
                    + count(limits.rowsPerTab()) + " rows, the most virtaudit reads from one tab: " + TOO_LARGE);
        }
        if (++rows > limits.rowsInAll()) {
            throw new InputException(tabFile, location, "the export has more than " + count(limits.rowsInAll())
                    + " rows in the tabs virtaudit reads, the limit: " + TOO_LARGE);
        }
    }
}
