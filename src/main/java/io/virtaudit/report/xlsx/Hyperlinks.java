package io.virtaudit.report.xlsx;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
        spool.link(CellReference.convertNumToColString(column), row + 1, escape(location));
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

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private record Spool(Path file, BufferedWriter out) {
        static Spool create() {
            try {
                Path file = Files.createTempFile("virtaudit-links", ".xml");
                file.toFile().deleteOnExit();
                return new Spool(file, Files.newBufferedWriter(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** One link, written in pieces: 70,000 of them at 100,000 VMs, each one line. */
        void link(String column, int row, String location) {
            try {
                out.write("<hyperlink ref=\"");
                out.write(column);
                out.write(Integer.toString(row));
                out.write("\" location=\"");
                out.write(location);
                out.write("\"/>");
                out.newLine();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void flush() {
            try {
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void delete() {
            try {
                out.close();
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a temporary file left behind is not worth failing a written report for
            }
        }
    }
}
