package io.virtaudit.ooxml;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A POI workbook whose large sheets have their rows and links streamed beside it: POI keeps the
 * small parts (styles, tables, charts, each sheet's own top rows), this keeps the rows below them
 * compressed in temporary files and the links spooled, and {@link #write} packs both into one
 * {@code .xlsx}. A workbook of a million rows then never sits in memory.
 */
public final class StreamedWorkbook implements AutoCloseable {

    private final SharedStrings strings;
    private final Deflation deflation = new Deflation();
    private final Map<XSSFSheet, SheetData> sheets = new LinkedHashMap<>();
    private final Hyperlinks links = new Hyperlinks();

    /** Streamed rows whose repeating columns refer to {@code strings}, which must not change afterwards. */
    public StreamedWorkbook(SharedStrings strings) {
        this.strings = strings;
    }

    /**
     * The rows of {@code sheet} below its own (POI's) rows, with up to {@code columns} cells each.
     * Call on the thread that owns the POI workbook; the rows may then be written on any one thread.
     */
    public SheetData sheetData(XSSFSheet sheet, int columns) {
        SheetData rows = new SheetData(deflation, columns, strings);
        sheets.put(sheet, rows);
        return rows;
    }

    /**
     * Links a cell of {@code sheet} ({@code row} and {@code column} 0-based) to {@code location}
     * ({@link Hyperlinks#location}); false, linking nothing, when the sheet holds
     * {@link Hyperlinks#MAX_PER_SHEET} links already. One thread adds the links of every sheet.
     */
    public boolean link(XSSFSheet sheet, int row, int column, String location) {
        return links.add(sheet, row, column, location);
    }

    /**
     * Writes the package: POI's parts with the streamed rows and the links in place, every zip
     * entry dated {@code time} (the nearest a zip entry holds; 1980-01-01 for null), so the same
     * workbook gives the same bytes. Waits for the rows still being compressed.
     */
    public void write(XSSFWorkbook workbook, Instant time, OutputStream out) throws IOException {
        Map<String, SheetData> rows = new LinkedHashMap<>();
        sheets.forEach((sheet, data) -> {
            data.finish();
            rows.put(ZipPackage.entryOf(sheet), data);
        });
        ZipPackage.write(workbook, rows, links.byEntry(), strings, time, out);
    }

    /** Deletes the temporary files and stops the compressing threads. */
    @Override
    public void close() {
        sheets.values().forEach(s -> s.spool().delete());
        sheets.clear();
        links.delete();
        deflation.close();
    }
}
