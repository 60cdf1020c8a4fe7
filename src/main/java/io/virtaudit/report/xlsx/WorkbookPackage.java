package io.virtaudit.report.xlsx;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Repacks the workbook POI wrote: adds the spooled hyperlinks to their sheets and stamps every
 * entry with one time, so that the same report gives the same bytes.
 */
final class WorkbookPackage {

    private static final byte[] SHEET_DATA_END = "</sheetData>".getBytes(StandardCharsets.US_ASCII);

    /** The elements that follow {@code <hyperlinks>} in a worksheet, in schema order. */
    private static final List<String> AFTER_HYPERLINKS = List.of("<printOptions", "<pageMargins", "<pageSetup",
            "<headerFooter", "<rowBreaks", "<colBreaks", "<customProperties", "<cellWatches", "<ignoredErrors",
            "<smartTags", "<drawing", "<legacyDrawing", "<legacyDrawingHF", "<drawingHF", "<picture", "<oleObjects",
            "<controls", "<webPublishItems", "<tableParts", "<extLst", "</worksheet>");

    private WorkbookPackage() {
    }

    static void repack(Path written, Map<String, Path> links, Instant stamp, OutputStream out) throws IOException {
        LocalDateTime time = LocalDateTime.ofInstant(stamp == null ? Instant.EPOCH : stamp, ZoneOffset.UTC);
        if (time.getYear() < 1980) {
            time = LocalDateTime.of(1980, 1, 1, 0, 0);
        }
        ZipOutputStream zip = new ZipOutputStream(out);
        try (ZipFile in = new ZipFile(written.toFile())) {
            Enumeration<? extends ZipEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(time);
                zip.putNextEntry(copy);
                try (InputStream data = in.getInputStream(entry)) {
                    Path spool = links.get(entry.getName());
                    if (spool == null) {
                        data.transferTo(zip);
                    } else {
                        injectLinks(data, spool, zip);
                    }
                }
                zip.closeEntry();
            }
        }
        zip.finish();
        zip.flush();
    }

    /** Copies a worksheet up to its {@code </sheetData>}, then the rest with the links in schema order. */
    private static void injectLinks(InputStream sheet, Path spool, OutputStream out) throws IOException {
        BufferedInputStream data = new BufferedInputStream(sheet, 1 << 16);
        copyThroughSheetData(data, out);
        String tail = new String(data.readAllBytes(), StandardCharsets.UTF_8);
        int existing = tail.indexOf("</hyperlinks>");
        int at = existing >= 0 ? existing : insertionPoint(tail);
        out.write(tail.substring(0, at).getBytes(StandardCharsets.UTF_8));
        if (existing < 0) {
            out.write("<hyperlinks>".getBytes(StandardCharsets.US_ASCII));
        }
        Files.copy(spool, out);
        if (existing < 0) {
            out.write("</hyperlinks>".getBytes(StandardCharsets.US_ASCII));
        }
        out.write(tail.substring(at).getBytes(StandardCharsets.UTF_8));
    }

    /** Copies bytes up to and including {@code </sheetData>}; the rows in between can be many. */
    private static void copyThroughSheetData(BufferedInputStream in, OutputStream out) throws IOException {
        ByteArrayOutputStream chunk = new ByteArrayOutputStream(1 << 16);
        int matched = 0;
        int b;
        while ((b = in.read()) != -1) {
            chunk.write(b);
            if (b == SHEET_DATA_END[matched]) {
                matched++;
            } else {
                matched = b == SHEET_DATA_END[0] ? 1 : 0;
            }
            if (matched == SHEET_DATA_END.length) {
                chunk.writeTo(out);
                return;
            }
            if (chunk.size() >= 1 << 16) {
                chunk.writeTo(out);
                chunk.reset();
            }
        }
        throw new IOException("a worksheet of the report has no </sheetData>");
    }

    private static int insertionPoint(String tail) {
        int best = tail.length();
        for (String element : AFTER_HYPERLINKS) {
            int at = tail.indexOf(element);
            if (at >= 0 && at < best) {
                best = at;
            }
        }
        return best;
    }
}
