package io.virtaudit.report.xlsx;

import java.io.Closeable;
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
 * Links from cells to rows of other sheets, spooled to a temporary file per sheet as the rows
 * stream and added to the sheets' XML when the workbook is packed. POI keeps a full XML object per
 * hyperlink (measured: 400 MB for 200,000), so links do not go through it.
 */
final class Hyperlinks implements Closeable {

    private final Map<XSSFSheet, Spool> spools = new LinkedHashMap<>();

    /** Links {@code row}, {@code column} of {@code sheet} to {@code location} ({@code 'Rules'!A5}). */
    void add(XSSFSheet sheet, int row, int column, String location) {
        Spool spool = spools.computeIfAbsent(sheet, s -> Spool.create());
        spool.link(CellReference.convertNumToColString(column), row + 1, location);
    }

    /** The spooled links by the zip entry of their sheet ({@code xl/worksheets/sheet3.xml}), flushed. */
    Map<String, Path> byEntry() {
        Map<String, Path> entries = new LinkedHashMap<>();
        spools.forEach((sheet, spool) -> {
            spool.flush();
            entries.put(sheet.getPackagePart().getPartName().getName().substring(1), spool.file);
        });
        return entries;
    }

    /** The location of a cell as a hyperlink names it: {@code 'Sheet name'!A5}. */
    static String location(String sheet, int row, int column) {
        return "'" + sheet.replace("'", "''") + "'!" + new CellReference(row, column).formatAsString(false);
    }

    @Override
    public void close() {
        spools.values().forEach(Spool::delete);
        spools.clear();
    }

    private record Spool(Path file, OutputStream stream, Utf8Buffer out) {
        static Spool create() {
            try {
                Path file = Files.createTempFile("virtaudit-links", ".xml");
                file.toFile().deleteOnExit();
                OutputStream stream = Files.newOutputStream(file);
                return new Spool(file, stream, new Utf8Buffer(stream));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** One link, one line, spelt into the buffer: 70,000 of them at 100,000 VMs. */
        void link(String column, int row, String location) {
            out.ascii("<hyperlink ref=\"");
            out.ascii(column);
            out.digits(row);
            out.ascii("\" location=\"");
            out.text(location);
            out.ascii("\"/>\n");
        }

        void flush() {
            out.flush();
        }

        void delete() {
            try {
                stream.close();
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a temporary file left behind is not worth failing a written report for
            }
        }
    }
}
