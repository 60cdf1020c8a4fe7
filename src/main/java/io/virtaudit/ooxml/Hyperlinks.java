package io.virtaudit.ooxml;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Links from cells to places in the workbook, spooled to a temporary file per sheet as the rows
 * stream and put in the sheets' XML when the package is written: POI keeps a full XML object per
 * hyperlink, which large sheets cannot afford. A sheet takes at most {@link #MAX_PER_SHEET}.
 */
public final class Hyperlinks {

    /**
     * The most hyperlinks one worksheet may hold: Excel's published limit ("Excel specifications
     * and limits"). A sheet with more is beyond what Excel is specified to open.
     */
    public static final int MAX_PER_SHEET = 66_530;

    private final Map<XSSFSheet, Spool> spools = new LinkedHashMap<>();

    Hyperlinks() {
    }

    /** The location of a cell as a hyperlink names it: {@code 'Sheet name'!A5}, from 0-based row and column. */
    public static String location(String sheet, int row, int column) {
        return "'" + sheet.replace("'", "''") + "'!" + new CellReference(row, column).formatAsString(false);
    }

    /**
     * Links {@code row}, {@code column} of {@code sheet} to {@code location}; false, linking
     * nothing, when the sheet has {@link #MAX_PER_SHEET} links already.
     */
    boolean add(XSSFSheet sheet, int row, int column, String location) {
        Spool spool = spools.computeIfAbsent(sheet, s -> Spool.create());
        if (spool.count == MAX_PER_SHEET) {
            return false;
        }
        spool.link(CellReference.convertNumToColString(column), row + 1, location);
        return true;
    }

    /** The spooled links by the zip entry of their sheet ({@code xl/worksheets/sheet3.xml}), flushed. */
    Map<String, Path> byEntry() {
        Map<String, Path> entries = new LinkedHashMap<>();
        spools.forEach((sheet, spool) -> {
            spool.flush();
            entries.put(ZipPackage.entryOf(sheet), spool.file);
        });
        return entries;
    }

    /** Deletes the spools. */
    void delete() {
        spools.values().forEach(Spool::delete);
        spools.clear();
    }

    private static final class Spool {
        final Path file;
        private final OutputStream stream;
        private final Utf8Buffer out;
        int count;

        private Spool(Path file, OutputStream stream) {
            this.file = file;
            this.stream = stream;
            this.out = new Utf8Buffer(stream);
        }

        static Spool create() {
            try {
                Path file = Files.createTempFile("xlsx-links", ".xml");
                file.toFile().deleteOnExit();
                return new Spool(file, Files.newOutputStream(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** One link, one line, spelt into the buffer. */
        void link(String column, int row, String location) {
            out.ascii("<hyperlink ref=\"");
            out.ascii(column);
            out.digits(row);
            out.ascii("\" location=\"");
            out.text(location);
            out.ascii("\"/>\n");
            count++;
        }

        void flush() {
            out.flush();
        }

        void delete() {
            try {
                stream.close();
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a temporary file left behind is not worth failing a written workbook for
            }
        }
    }
}
