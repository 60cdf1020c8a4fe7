package io.virtaudit.importer.rvtools;

import io.virtaudit.input.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;

/**
 * Which cell styles of a workbook show numbers as dates: all a streamed cell needs of the styles
 * part, so it is read by SAX (through the export's byte budget) rather than as POI's full table.
 */
final class CellStyles extends PartXml {

    /** Excel holds up to 64,000 cell formats; a few more are tolerated. */
    private static final int MAX_FORMATS = 65_536;

    private final String file;
    private final Map<Integer, String> customFormats = new HashMap<>();
    private int[] formatIds = new int[64];
    private int count;
    private boolean inCellFormats;
    private boolean inNumberFormats;
    private Boolean[] dates;

    private CellStyles(String file) {
        this.file = file;
    }

    /** A workbook without a styles part: every number is a plain number. */
    static CellStyles none() {
        CellStyles styles = new CellStyles("");
        styles.dates = new Boolean[0];
        return styles;
    }

    static CellStyles read(InputStream part, String file) throws IOException, SAXException, ParserConfigurationException {
        CellStyles styles = new CellStyles(file);
        styles.parse(part);
        styles.dates = new Boolean[styles.count];
        return styles;
    }

    /**
     * Whether a cell of this style (its {@code s} attribute, -1 when it has none, which means the
     * first style) shows its number as a date; an unknown style is a plain number.
     */
    boolean isDate(int style) {
        int index = style < 0 ? 0 : style;
        if (index >= count) {
            return false;
        }
        if (dates[index] == null) {
            int id = formatIds[index];
            String format = customFormats.containsKey(id) ? customFormats.get(id) : BuiltinFormats.getBuiltinFormat(id);
            dates[index] = format != null && DateUtil.isADateFormat(id, format);
        }
        return dates[index];
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (name(localName, qName)) {
            case "numFmts" -> inNumberFormats = true;
            case "numFmt" -> {
                Integer id = number(attributes.getValue("numFmtId"));
                String code = attributes.getValue("formatCode");
                if (inNumberFormats && id != null && code != null && customFormats.size() < MAX_FORMATS) {
                    customFormats.put(id, code);
                }
            }
            case "cellXfs" -> inCellFormats = true;
            case "xf" -> {
                if (inCellFormats) {
                    format(attributes.getValue("numFmtId"));
                }
            }
            default -> {
                // fonts, fills, borders, named styles and differential formats do not change how a cell reads
            }
        }
    }

    private void format(String numFmtId) {
        if (count == MAX_FORMATS) {
            throw new InputException(file, "", "the workbook's styles hold more than 65,536 cell formats, where Excel "
                    + "allows 64,000: " + MALFORMED);
        }
        if (count == formatIds.length) {
            formatIds = Arrays.copyOf(formatIds, count * 2);
        }
        Integer id = number(numFmtId);
        formatIds[count++] = id == null ? 0 : id;
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (name(localName, qName)) {
            case "cellXfs" -> inCellFormats = false;
            case "numFmts" -> inNumberFormats = false;
            default -> {
                // nothing else is tracked
            }
        }
    }

    private static Integer number(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
