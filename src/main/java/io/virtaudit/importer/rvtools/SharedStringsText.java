package io.virtaudit.importer.rvtools;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A workbook's shared strings as plain text, read once by SAX. POI's read-only table wraps every
 * lookup in a new rich-text object, which dominates the time of reading a large export; cells only
 * need the text. Phonetic runs are left out, as POI's read-only table leaves them.
 */
final class SharedStringsText extends DefaultHandler implements SharedStrings {

    private final List<String> strings = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private boolean inItem;
    private boolean inText;
    private int phonetic;

    /** Reads the shared strings part; a workbook without one has no shared strings. */
    static SharedStringsText read(InputStream part) throws IOException, SAXException, ParserConfigurationException {
        SharedStringsText table = new SharedStringsText();
        if (part != null) {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(table);
            parser.parse(new InputSource(part));
        }
        return table;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (name(localName, qName)) {
            case "si" -> {
                inItem = true;
                text.setLength(0);
            }
            case "rPh" -> phonetic++;
            case "t" -> inText = inItem && phonetic == 0;
            default -> {
                // formatting runs and properties carry no text
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (name(localName, qName)) {
            case "si" -> {
                inItem = false;
                strings.add(text.toString());
            }
            case "rPh" -> phonetic--;
            case "t" -> inText = false;
            default -> {
                // nothing to close
            }
        }
    }

    /** The element's name without prefix, whether or not the parser reports namespaces. */
    private static String name(String localName, String qName) {
        if (localName != null && !localName.isEmpty()) {
            return localName;
        }
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inText) {
            text.append(ch, start, length);
        }
    }

    @Override
    public RichTextString getItemAt(int idx) {
        return new PlainText(strings.get(idx));
    }

    @Override
    public int getCount() {
        return strings.size();
    }

    @Override
    public int getUniqueCount() {
        return strings.size();
    }

    /** Text without formatting, all a streamed cell needs (POI's handler takes its toString). */
    private record PlainText(String text) implements RichTextString {
        @Override
        public String getString() {
            return text;
        }

        @Override
        public String toString() {
            return text;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public int numFormattingRuns() {
            return 0;
        }

        @Override
        public int getIndexOfFormattingRun(int index) {
            return 0;
        }

        @Override
        public void applyFont(int startIndex, int endIndex, short fontIndex) {
            throw new UnsupportedOperationException("read-only");
        }

        @Override
        public void applyFont(int startIndex, int endIndex, Font font) {
            throw new UnsupportedOperationException("read-only");
        }

        @Override
        public void applyFont(Font font) {
            throw new UnsupportedOperationException("read-only");
        }

        @Override
        public void clearFormatting() {
            throw new UnsupportedOperationException("read-only");
        }

        @Override
        public void applyFont(short fontIndex) {
            throw new UnsupportedOperationException("read-only");
        }
    }
}
