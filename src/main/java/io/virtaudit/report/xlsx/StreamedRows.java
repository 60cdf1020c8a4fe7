package io.virtaudit.report.xlsx;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The rows of every list sheet, streamed and compressed as they are written, kept by sheet until
 * the workbook is packed, then deleted.
 */
final class StreamedRows implements AutoCloseable {

    private final Deflation deflation = new Deflation();
    private final Map<XSSFSheet, RowStream> streams = new LinkedHashMap<>();
    private final SharedText words;

    /** Rows whose repeated columns refer to {@code words}, the workbook's own shared strings. */
    StreamedRows(SharedText words) {
        this.words = words;
    }

    /** A new stream for the rows below the header of {@code sheet}, with {@code columns} columns. */
    RowStream open(XSSFSheet sheet, int columns) {
        RowStream stream = new RowStream(deflation, columns, words);
        streams.put(sheet, stream);
        return stream;
    }

    /** The finished streams by the zip entry of their sheet ({@code xl/worksheets/sheet3.xml}). */
    Map<String, RowStream> byEntry() {
        Map<String, RowStream> entries = new LinkedHashMap<>();
        streams.forEach((sheet, stream) -> {
            stream.finish();
            entries.put(sheet.getPackagePart().getPartName().getName().substring(1), stream);
        });
        return entries;
    }

    @Override
    public void close() {
        streams.values().forEach(s -> s.spool().delete());
        streams.clear();
        deflation.close();
    }
}
