package io.virtaudit.importer.rvtools;

import io.virtaudit.importer.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.EmptyFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads an RVTools workbook by streaming each sheet through POI's event API, so that a 100k-VM
 * export never becomes a workbook in memory (shared strings are held as plain text, see
 * {@link SharedStringsText}). POI's zip-bomb limits stay at their defaults; a file
 * that trips them, or that is not a workbook, is an input error rather than a stack trace.
 */
final class WorkbookReader {

    private static final String OLD_XLS = "an old binary Excel (.xls) file, not an .xlsx workbook: "
            + "save it as .xlsx or export RVTools to .xlsx";

    private WorkbookReader() {
    }

    static Export read(Path file, String displayName) {
        checkSignature(file, displayName);
        Export export = new Export(baseName(file.getFileName().toString()));
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            SharedStringsText strings;
            try (InputStream part = reader.getSharedStringsData()) {
                strings = SharedStringsText.read(part);
            }
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    Optional<Tab> tab = Tab.named(sheets.getSheetName());
                    if (tab.isPresent()) {
                        TabRows.Builder rows = new TabRows.Builder(tab.get(), displayName, sheets.getSheetName());
                        parse(sheet, new XSSFSheetXMLHandler(styles, strings, new RowCollector(rows),
                                new CellText(), false));
                        TabRows built = rows.build();
                        if (built != null) {
                            export.add(built);
                        }
                    }
                }
            }
        } catch (InputException e) {
            throw e;
        } catch (OLE2NotOfficeXmlFileException e) {
            throw new InputException(displayName, "", OLD_XLS, e);
        } catch (EmptyFileException e) {
            throw new InputException(displayName, "", "the file is empty, not an .xlsx workbook", e);
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException
                 | RuntimeException e) {
            // POI reports a broken package, a zip bomb or a non-workbook by many runtime exceptions
            throw new InputException(displayName, "", describe(e), e);
        }
        if (export.isEmpty()) {
            throw new InputException(displayName, "", "not an RVTools export: no vInfo, vHost or vDatastore sheet");
        }
        return export;
    }

    /** Refuses what is plainly no workbook before POI tries (and logs) its fallbacks. */
    private static void checkSignature(Path file, String displayName) {
        byte[] head = new byte[4];
        int read;
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new InputException(displayName, "", "cannot read the file: " + e.getMessage(), e);
        }
        if (read == 0) {
            throw new InputException(displayName, "", "the file is empty, not an .xlsx workbook");
        }
        if (read == 4 && (head[0] & 0xff) == 0xD0 && (head[1] & 0xff) == 0xCF && head[2] == 0x11 && (head[3] & 0xff) == 0xE0) {
            throw new InputException(displayName, "", OLD_XLS);
        }
        if (read < 4 || head[0] != 'P' || head[1] != 'K' || head[2] != 3 || head[3] != 4) {
            throw new InputException(displayName, "", "not a readable .xlsx workbook (it is not a zip package)");
        }
    }

    private static void parse(InputStream sheet, XSSFSheetXMLHandler handler)
            throws IOException, SAXException, ParserConfigurationException {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(handler);
        parser.parse(new InputSource(sheet));
    }

    /** One line for a file POI cannot read: a zip bomb, a broken zip, not a workbook at all. */
    static String describe(Throwable e) {
        String messages = chain(e).toLowerCase(Locale.ROOT);
        if (messages.contains("zip bomb") || messages.contains("exceeds the max") || messages.contains("max entry size")) {
            return "the workbook exceeds a safety limit (it inflates far beyond its size, as a zip bomb does): "
                    + "refused to read it";
        }
        if (messages.contains("doctype is disallowed") || messages.contains("entity")) {
            return "the workbook declares XML entities (a DOCTYPE), which a spreadsheet never needs: refused to read it";
        }
        return "not a readable .xlsx workbook (" + firstLine(rootMessage(e)) + ")";
    }

    private static String chain(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null && all.length() < 10_000; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
    }

    private static String firstLine(String text) {
        String line = text.strip();
        int cut = line.indexOf('\n');
        line = cut < 0 ? line : line.substring(0, cut);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /** Gathers a streamed sheet's cells into rows by column letter (blank cells are not streamed). */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final TabRows.Builder rows;
        private final List<String> cells = new ArrayList<>();

        RowCollector(TabRows.Builder rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            rows.row(rowNum + 1, cells);
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = cellReference == null ? cells.size() : columnOf(cellReference);
            while (cells.size() <= column) {
                cells.add(null);
            }
            cells.set(column, formattedValue);
        }
    }

    /** The 0-based column of a reference such as {@code AB12}. */
    static int columnOf(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
        }
        return column - 1;
    }

    /**
     * Cell text as the mapping needs it, not as Excel shows it: numbers in full (no grouping or
     * rounding by the cell format), date cells as ISO local date-times.
     */
    private static final class CellText extends DataFormatter {
        private final java.util.Map<String, Boolean> dateFormats = new java.util.HashMap<>();

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, false);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            boolean date = dateFormats.computeIfAbsent(formatIndex + ":" + formatString,
                    k -> DateUtil.isADateFormat(formatIndex, formatString));
            if (date && DateUtil.isValidExcelDate(value)) {
                LocalDateTime at = DateUtil.getLocalDateTime(value, use1904, true);
                return at.toString();
            }
            return NumberToTextConverter.toText(value);
        }
    }
}
