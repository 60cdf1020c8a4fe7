package io.virtaudit.ooxml;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the workbook's zip package: POI writes the small parts (styles, tables, charts, the
 * sheets' own rows), and each streamed sheet gets its rows and its spooled hyperlinks put in
 * place, already deflated, in one pass. Every entry carries one time, so the same input gives the
 * same bytes.
 */
final class ZipPackage {

    private static final String EMPTY_DATA = "<sheetData/>";
    private static final String DATA_START = "<sheetData>";
    private static final String DATA_END = "</sheetData>";
    private static final Pattern DIMENSION = Pattern.compile("<dimension ref=\"([A-Z]+)(\\d+)(?::([A-Z]+)\\d+)?\"/>");
    private static final String SHARED_STRINGS = "xl/sharedStrings.xml";
    private static final Pattern WORKSHEET = Pattern.compile("xl/worksheets/[^/]+\\.xml");
    /** A cell of POI's that refers to a shared string: its index is group 2. */
    private static final Pattern SHARED_CELL = Pattern.compile("(<c\\s[^>]*?\\bt=\"s\"[^>]*>\\s*<v>)(\\d+)(</v>)");
    private static final Pattern TABLE_START = Pattern.compile("<sst\\b[^>]*?(/?)>");
    private static final Pattern UNIQUE_COUNT = Pattern.compile("\\buniqueCount=\"(\\d+)\"");

    /** The elements that follow {@code <hyperlinks>} in a worksheet, in schema order. */
    private static final List<String> AFTER_HYPERLINKS = List.of("<printOptions", "<pageMargins", "<pageSetup",
            "<headerFooter", "<rowBreaks", "<colBreaks", "<customProperties", "<cellWatches", "<ignoredErrors",
            "<smartTags", "<drawing", "<legacyDrawing", "<legacyDrawingHF", "<drawingHF", "<picture", "<oleObjects",
            "<controls", "<webPublishItems", "<tableParts", "<extLst", "</worksheet>");

    /** The earliest time a zip entry holds (MS-DOS time), which also stands for none. */
    static final LocalDateTime FIRST_ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);
    /** The last time MS-DOS spells (in steps of two seconds). */
    static final LocalDateTime LAST_ENTRY_TIME = LocalDateTime.of(2107, 12, 31, 23, 59, 58);

    private ZipPackage() {
    }

    /**
     * Writes the package.
     *
     * @param rows the streamed rows of each sheet, by zip entry ({@code xl/worksheets/sheet3.xml}), finished
     * @param links the spooled hyperlinks of each sheet, by zip entry
     * @param words the streamed sheets' shared strings, which go before POI's in the table
     * @param stamp the time every entry carries ({@link #entryTime})
     */
    static void write(XSSFWorkbook workbook, Map<String, SheetData> rows, Map<String, Path> links,
            SharedStrings words, Instant stamp, OutputStream out) throws IOException {
        ByteArrayOutputStream skeleton = new ByteArrayOutputStream(1 << 20);
        workbook.write(skeleton);
        LocalDateTime time = entryTime(stamp);
        ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out);
        zip.setUseZip64(Zip64Mode.AsNeeded);
        try (ZipInputStream parts = new ZipInputStream(new ByteArrayInputStream(skeleton.toByteArray()))) {
            ZipEntry part;
            boolean table = false;
            while ((part = parts.getNextEntry()) != null) {
                byte[] content = parts.readAllBytes();
                if (part.getName().equals(SHARED_STRINGS)) {
                    table = true;
                    content = sharedStrings(new String(content, StandardCharsets.UTF_8), words);
                } else if (words.size() > 0 && WORKSHEET.matcher(part.getName()).matches()) {
                    content = shifted(new String(content, StandardCharsets.UTF_8), words.size())
                            .getBytes(StandardCharsets.UTF_8);
                }
                SheetData streamed = rows.get(part.getName());
                Path spooledLinks = links.get(part.getName());
                List<Deflation.Piece> pieces = streamed == null && spooledLinks == null
                        ? List.of(Deflation.finished(List.of(new ByteArrayInputStream(content))))
                        : worksheet(new String(content, StandardCharsets.UTF_8), streamed, spooledLinks);
                writeEntry(zip, part.getName(), time, pieces, streamed);
            }
            if (!table && words.size() > 0) {
                // POI makes the part for every workbook it opens; without it the cells would refer to nothing
                throw new IOException("the workbook's package has no " + SHARED_STRINGS);
            }
        }
        zip.finish();
        zip.flush();
    }

    /**
     * POI's shared string table with the workbook's own words before its strings. Only the
     * {@code uniqueCount} is kept: the count of every reference, optional, is left out.
     */
    static byte[] sharedStrings(String xml, SharedStrings words) throws IOException {
        Matcher start = TABLE_START.matcher(xml);
        if (!start.find()) {
            throw new IOException("the workbook's shared strings have no <sst>");
        }
        Matcher unique = UNIQUE_COUNT.matcher(start.group());
        int poi = unique.find() ? Integer.parseInt(unique.group(1)) : 0;
        String tag = start.group().replaceAll("\\s(?:count|uniqueCount)=\"\\d*\"", "").replaceFirst("/?>$", "")
                .replaceFirst("^<sst", "<sst uniqueCount=\"" + (words.size() + poi) + "\"") + ">";
        ByteArrayOutputStream merged = new ByteArrayOutputStream(xml.length() + 32 * words.size());
        merged.write(xml.substring(0, start.start()).getBytes(StandardCharsets.UTF_8));
        merged.write(tag.getBytes(StandardCharsets.UTF_8));
        words.writeItems(merged);
        String rest = xml.substring(start.end());
        merged.write((start.group(1).isEmpty() ? rest : "</sst>" + rest).getBytes(StandardCharsets.UTF_8));
        return merged.toByteArray();
    }

    /** A worksheet of POI's with each shared string index moved on by {@code by}, past the streamed sheets' strings. */
    static String shifted(String xml, int by) {
        Matcher cell = SHARED_CELL.matcher(xml);
        StringBuilder out = new StringBuilder(xml.length() + 64);
        while (cell.find()) {
            cell.appendReplacement(out, "");
            out.append(cell.group(1)).append(Integer.parseInt(cell.group(2)) + by).append(cell.group(3));
        }
        cell.appendTail(out);
        return out.toString();
    }

    /** The head (through the template's own rows) flushed, then the tail with the links, finished. */
    private static List<Deflation.Piece> worksheet(String xml, SheetData streamed, Path spooledLinks)
            throws IOException {
        int empty = xml.indexOf(EMPTY_DATA);
        String head;
        String tail;
        if (empty >= 0) {
            head = xml.substring(0, empty) + DATA_START;
            tail = xml.substring(empty + EMPTY_DATA.length());
        } else {
            int end = xml.indexOf(DATA_END);
            if (end < 0) {
                throw new IOException("a worksheet of the workbook has no <sheetData>");
            }
            head = xml.substring(0, end);
            tail = xml.substring(end + DATA_END.length());
        }
        if (streamed != null) {
            head = dimension(head, streamed);
        }
        List<InputStream> rest = new ArrayList<>();
        rest.add(bytes(DATA_END));
        if (spooledLinks == null) {
            rest.add(bytes(tail));
        } else {
            int existing = tail.indexOf("</hyperlinks>");
            int at = existing >= 0 ? existing : insertionPoint(tail);
            rest.add(bytes(tail.substring(0, at) + (existing < 0 ? "<hyperlinks>" : "")));
            rest.add(Files.newInputStream(spooledLinks));
            rest.add(bytes((existing < 0 ? "</hyperlinks>" : "") + tail.substring(at)));
        }
        return List.of(Deflation.flushed(head.getBytes(StandardCharsets.UTF_8)), Deflation.finished(rest));
    }

    /** The sheet's dimension widened to the streamed rows, which come below POI's. */
    private static String dimension(String head, SheetData streamed) {
        Matcher m = DIMENSION.matcher(head);
        if (!m.find() || streamed.lastRow() < 0) {
            return head;
        }
        int firstColumn = CellReference.convertColStringToIndex(m.group(1));
        int poisLast = m.group(3) == null ? firstColumn : CellReference.convertColStringToIndex(m.group(3));
        int lastColumn = Math.max(poisLast, streamed.lastColumn());
        String ref = m.group(1) + m.group(2) + ":" + CellReference.convertNumToColString(lastColumn)
                + (streamed.lastRow() + 1);
        return head.substring(0, m.start()) + "<dimension ref=\"" + ref + "\"/>" + head.substring(m.end());
    }

    private static void writeEntry(ZipArchiveOutputStream zip, String name, LocalDateTime time,
            List<Deflation.Piece> pieces, SheetData streamed) throws IOException {
        ZipArchiveEntry entry = new ZipArchiveEntry(name);
        entry.setMethod(ZipEntry.DEFLATED);
        entry.setTimeLocal(time);
        Deflation.Piece head = pieces.get(0);
        long crc = head.crc();
        long length = head.length();
        long deflated = head.deflated().length;
        List<InputStream> data = new ArrayList<>();
        data.add(new ByteArrayInputStream(head.deflated()));
        if (streamed != null) {
            DeflatedSpool spool = streamed.spool();
            crc = Crc32.combine(crc, spool.crc(), spool.length());
            length += spool.length();
            deflated += spool.deflatedLength();
            data.add(Files.newInputStream(spool.file()));
        }
        for (Deflation.Piece piece : pieces.subList(1, pieces.size())) {
            crc = Crc32.combine(crc, piece.crc(), piece.length());
            length += piece.length();
            deflated += piece.deflated().length;
            data.add(new ByteArrayInputStream(piece.deflated()));
        }
        entry.setCrc(crc);
        entry.setSize(length);
        entry.setCompressedSize(deflated);
        try (InputStream raw = new SequenceInputStream(Collections.enumeration(data))) {
            zip.addRawArchiveEntry(entry, raw);
        }
    }

    /** A sheet's zip entry: {@code xl/worksheets/sheet3.xml}. */
    static String entryOf(XSSFSheet sheet) {
        return sheet.getPackagePart().getPartName().getName().substring(1);
    }

    /** The time every zip entry carries for {@code at} (UTC; none is 1980-01-01), within what MS-DOS spells. */
    static LocalDateTime entryTime(Instant at) {
        if (at == null || at.isBefore(FIRST_ENTRY_TIME.toInstant(ZoneOffset.UTC))) {
            return FIRST_ENTRY_TIME;
        }
        if (at.isAfter(LAST_ENTRY_TIME.toInstant(ZoneOffset.UTC))) {
            return LAST_ENTRY_TIME;
        }
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
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
