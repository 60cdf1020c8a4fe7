package io.virtaudit.importer.rvtools;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What the SAX readers of a workbook's parts share: POI's hardened parser (no DOCTYPE, no external
 * entities) without its error log, so that a broken part is one input error and nothing else on
 * standard error; element names whatever the namespace prefix; and Excel's escapes of characters
 * XML cannot hold.
 */
abstract class PartXml extends DefaultHandler {

    /** The most characters Excel holds in one cell. */
    static final int MAX_CELL_CHARS = 32_767;

    /** What to tell the user about a workbook no spreadsheet program would write. */
    static final String MALFORMED = "the workbook is malformed (Excel does not write this); open it in Excel and "
            + "save it again, or export it again";

    /** Errors end the parse at once; POI's default handler would also log them. */
    private static final ErrorHandler STRICT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // a warning does not stop the parse and is not the user's concern
        }

        @Override
        public void error(SAXParseException e) throws SAXParseException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
            throw e;
        }
    };

    /** Parses one part with this handler. */
    final void parse(InputStream part) throws IOException, SAXException, ParserConfigurationException {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(this);
        parser.setErrorHandler(STRICT);
        parser.parse(new InputSource(part));
    }

    /** The element's name without prefix, whether or not the parser reports namespaces. */
    static String name(String localName, String qName) {
        if (localName != null && !localName.isEmpty()) {
            return localName;
        }
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }

    /**
     * Text as Excel meant it: {@code _x000D_} and the like stand for characters XML cannot carry
     * (and {@code _x005F_} escapes a literal underscore that starts such a sequence).
     */
    static String unescape(CharSequence text) {
        int first = indexOfEscape(text, 0);
        if (first < 0) {
            return text.toString();
        }
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        for (int at = first; at >= 0; at = indexOfEscape(text, from)) {
            out.append(text, from, at);
            out.append((char) Integer.parseInt(text.subSequence(at + 2, at + 6).toString(), 16));
            from = at + 7;
        }
        return out.append(text, from, text.length()).toString();
    }

    private static int indexOfEscape(CharSequence text, int from) {
        for (int i = from; i + 6 < text.length(); i++) {
            if (text.charAt(i) == '_' && text.charAt(i + 1) == 'x' && text.charAt(i + 6) == '_'
                    && hex(text.charAt(i + 2)) && hex(text.charAt(i + 3)) && hex(text.charAt(i + 4))
                    && hex(text.charAt(i + 5))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean hex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }
}
