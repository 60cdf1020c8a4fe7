package io.virtaudit.importer.rvtools;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A fast path for the worksheets of an export: the plain XML that spreadsheet programs write
 * (elements, attributes, text, the five predefined entities and character references, UTF-8) is
 * scanned byte by byte and handed to the same handler the SAX parser feeds, about three times as
 * fast as the JDK's parser under the launcher's C1-only JIT (figures in docs/performance.md).
 * Anything outside that subset (a DOCTYPE, comments, CDATA, another encoding, an undeclared prefix,
 * a control character, a broken or mismatched tag) ends the scan with {@link Unsupported}: the
 * caller then parses the part again with the hardened SAX parser from its start, so a hostile or
 * unusual part gets exactly the SAX path's checks and messages.
 */
final class SheetXmlScanner {

    /** The part uses XML this scanner does not read: parse it again with SAX. */
    static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsupported(String why) {
            super(why, null, false, false);
        }
    }

    private static final int MAX_NAME = 256;
    private static final int MAX_ATTRIBUTES = 64;
    private static final int MAX_ATTRIBUTE_CHARS = 4_096;
    private static final int MAX_DEPTH = 64;

    private final InputStream in;
    private final DefaultHandler handler;
    private final byte[] buffer = new byte[1 << 16];
    private int at;
    private int end;
    private final char[] text = new char[1 << 13];
    private int textLength;
    private final StringBuilder scratch = new StringBuilder();
    private final String[] stack = new String[MAX_DEPTH];
    private int depth;
    private boolean rootClosed;
    private String[] prefixes = new String[0];
    private final ScannedAttributes attributes = new ScannedAttributes();

    SheetXmlScanner(InputStream in, DefaultHandler handler) {
        this.in = in;
        this.handler = handler;
    }

    /** Scans the whole part into the handler. */
    void scan() throws IOException, SAXException {
        if (peek() == 0xEF) {
            expect(0xEF);
            expect(0xBB);
            expect(0xBF);
        }
        if (peek() == '<' && peekAt(1) == '?') {
            declaration();
        }
        handler.startDocument();
        while (true) {
            int b = peek();
            if (b < 0) {
                break;
            }
            if (b == '<') {
                flushText();
                next();
                int c = peek();
                if (c == '/') {
                    next();
                    endTag();
                } else if (c == '!' || c == '?') {
                    throw new Unsupported("comment, CDATA, DOCTYPE or processing instruction");
                } else {
                    startTag();
                }
            } else {
                content();
            }
        }
        flushText();
        if (depth != 0 || !rootClosed) {
            throw new Unsupported("the part ends inside an element");
        }
        handler.endDocument();
    }

    /** {@code <?xml version="1.0" encoding="UTF-8" standalone="yes"?>}: only UTF-8 is read here. */
    private void declaration() throws IOException {
        for (char c : "<?xml".toCharArray()) {
            expect(c);
        }
        attributes.clear();
        while (true) {
            skipSpace();
            if (peek() == '?') {
                next();
                expect('>');
                break;
            }
            attribute();
        }
        // version first, then optionally encoding (UTF-8 only here) and standalone, as XML orders them
        int i = 0;
        boolean ok = attributes.length > 0 && attributes.names[0].equals("version")
                && attributes.values[0].equals("1.0");
        i++;
        if (ok && i < attributes.length && attributes.names[i].equals("encoding")) {
            ok = attributes.values[i].equalsIgnoreCase("UTF-8");
            i++;
        }
        if (ok && i < attributes.length && attributes.names[i].equals("standalone")) {
            ok = attributes.values[i].equals("yes") || attributes.values[i].equals("no");
            i++;
        }
        if (!ok || i != attributes.length) {
            throw new Unsupported("an XML declaration the scanner does not read");
        }
    }

    private void startTag() throws IOException, SAXException {
        if (rootClosed || depth == MAX_DEPTH) {
            throw new Unsupported("content after the root element, or nesting too deep");
        }
        String name = name();
        attributes.clear();
        boolean empty = false;
        while (true) {
            boolean spaced = skipSpace();
            int b = peek();
            if (b == '>') {
                next();
                break;
            }
            if (b == '/') {
                next();
                expect('>');
                empty = true;
                break;
            }
            if (!spaced) {
                throw new Unsupported("attributes without space between them");
            }
            attribute();
        }
        if (depth == 0) {
            declarePrefixes();
        } else if (attributes.declaresPrefix()) {
            throw new Unsupported("a namespace prefix declared below the root");
        }
        checkPrefixes(name);
        String local = name.substring(name.indexOf(':') + 1);
        handler.startElement("", local, name, attributes);
        if (empty) {
            handler.endElement("", local, name);
            rootClosed = depth == 0;
        } else {
            stack[depth++] = name;
        }
    }

    private void endTag() throws IOException, SAXException {
        String name = name();
        skipSpace();
        expect('>');
        if (depth == 0 || !stack[depth - 1].equals(name)) {
            throw new Unsupported("end tag that does not match");
        }
        depth--;
        handler.endElement("", name.substring(name.indexOf(':') + 1), name);
        rootClosed = depth == 0;
    }

    private void declarePrefixes() {
        String[] declared = new String[attributes.length];
        int n = 0;
        for (int i = 0; i < attributes.length; i++) {
            if (attributes.names[i].startsWith("xmlns:")) {
                declared[n++] = attributes.names[i].substring(6);
            }
        }
        prefixes = Arrays.copyOf(declared, n);
    }

    private void checkPrefixes(String element) {
        prefixOf(element, false);
        for (int i = 0; i < attributes.length; i++) {
            prefixOf(attributes.names[i], true);
            for (int j = 0; j < i; j++) {
                if (attributes.names[i].equals(attributes.names[j])) {
                    throw new Unsupported("an attribute given twice");
                }
            }
        }
    }

    private void prefixOf(String name, boolean attribute) {
        int colon = name.indexOf(':');
        if (colon < 0) {
            return;
        }
        String prefix = name.substring(0, colon);
        if (attribute && (prefix.equals("xmlns") || prefix.equals("xml"))) {
            return;
        }
        for (String declared : prefixes) {
            if (declared.equals(prefix)) {
                return;
            }
        }
        throw new Unsupported("a prefix the root does not declare");
    }

    private void attribute() throws IOException {
        String name = name();
        skipSpace();
        expect('=');
        skipSpace();
        int quote = next();
        if (quote != '"' && quote != '\'') {
            throw new Unsupported("an unquoted attribute");
        }
        ensure(MAX_ATTRIBUTE_CHARS + 1);
        for (int i = at; i < end && i - at < MAX_ATTRIBUTE_CHARS; i++) {
            byte b = buffer[i];
            if (b == quote) {
                if (attributes.length == MAX_ATTRIBUTES) {
                    throw new Unsupported("too many attributes");
                }
                attributes.add(name, new String(buffer, at, i - at, StandardCharsets.ISO_8859_1));
                at = i + 1;
                return;
            }
            if (b < 0x20 || b == '&' || b == '<') {
                break;
            }
        }
        scratch.setLength(0);
        while (true) {
            int b = next();
            if (b == quote) {
                break;
            }
            if (b == '<' || b < 0x20 || scratch.length() == MAX_ATTRIBUTE_CHARS) {
                throw new Unsupported("a character the scanner does not normalise in an attribute");
            }
            if (b == '&') {
                appendChar(scratch, reference());
            } else if (b < 0x80) {
                scratch.append((char) b);
            } else {
                appendChar(scratch, utf8(b));
            }
        }
        if (attributes.length == MAX_ATTRIBUTES) {
            throw new Unsupported("too many attributes");
        }
        attributes.add(name, scratch.toString());
    }

    /** Character data up to the next tag. */
    private void content() throws IOException, SAXException {
        if (depth == 0) {
            if (!skipSpace()) {
                throw new Unsupported("text outside the root element");
            }
            return;
        }
        int squares = 0;
        while (true) {
            // the common case, plain ASCII text, copied straight from the buffer
            while (at < end) {
                byte plain = buffer[at];
                if (plain < 0x20 || plain == '<' || plain == '&' || plain == ']' || plain == '>') {
                    break;
                }
                if (textLength == text.length) {
                    flushText();
                }
                text[textLength++] = (char) plain;
                at++;
                squares = 0;
            }
            int b = peek();
            if (b < 0 || b == '<') {
                return;
            }
            next();
            int c;
            if (b == '&') {
                c = reference();
            } else if (b < 0x80) {
                if (b < 0x20 && b != '\n' && b != '\t' || b == '\r') {
                    throw new Unsupported("a control character or carriage return in text");
                }
                if (b == '>' && squares >= 2) {
                    throw new Unsupported("]]> in text");
                }
                c = b;
            } else {
                c = utf8(b);
            }
            squares = c == ']' ? squares + 1 : 0;
            if (c > 0xFFFF) {
                text(Character.highSurrogate(c));
                text(Character.lowSurrogate(c));
            } else {
                text((char) c);
            }
        }
    }

    private void text(char c) throws SAXException {
        if (textLength == text.length) {
            flushText();
        }
        text[textLength++] = c;
    }

    private void flushText() throws SAXException {
        if (textLength > 0) {
            handler.characters(text, 0, textLength);
            textLength = 0;
        }
    }

    /** After {@code &}: a predefined entity or a character reference, up to its {@code ;}. */
    private int reference() throws IOException {
        int b = next();
        if (b == '#') {
            int radix = 10;
            if (peek() == 'x') {
                next();
                radix = 16;
            }
            int value = 0;
            int digits = 0;
            while (true) {
                int d = next();
                if (d == ';' && digits > 0) {
                    break;
                }
                int v = Character.digit(d, radix);
                if (v < 0 || ++digits > 8) {
                    throw new Unsupported("a malformed character reference");
                }
                value = value * radix + v;
            }
            if (!(value == 0x9 || value == 0xA || value == 0xD || value >= 0x20 && value <= 0xD7FF
                    || value >= 0xE000 && value <= 0xFFFD || value >= 0x10000 && value <= 0x10FFFF)) {
                throw new Unsupported("a reference to a character XML does not allow");
            }
            return value;
        }
        StringBuilder entity = new StringBuilder();
        for (int c = b; c != ';'; c = next()) {
            if (c < 0 || entity.length() > 4) {
                throw new Unsupported("an entity reference");
            }
            entity.append((char) c);
        }
        return switch (entity.toString()) {
            case "amp" -> '&';
            case "lt" -> '<';
            case "gt" -> '>';
            case "quot" -> '"';
            case "apos" -> '\'';
            default -> throw new Unsupported("an entity other than the predefined five");
        };
    }

    /** The code point a multi-byte UTF-8 sequence starting with {@code first} encodes. */
    private int utf8(int first) throws IOException {
        int count;
        int value;
        if ((first & 0xE0) == 0xC0) {
            count = 1;
            value = first & 0x1F;
        } else if ((first & 0xF0) == 0xE0) {
            count = 2;
            value = first & 0x0F;
        } else if ((first & 0xF8) == 0xF0) {
            count = 3;
            value = first & 0x07;
        } else {
            throw new Unsupported("malformed UTF-8");
        }
        for (int i = 0; i < count; i++) {
            int b = next();
            if ((b & 0xC0) != 0x80) {
                throw new Unsupported("malformed UTF-8");
            }
            value = value << 6 | b & 0x3F;
        }
        int min = count == 1 ? 0x80 : count == 2 ? 0x800 : 0x10000;
        if (value < min || value > 0x10FFFF || value >= 0xD800 && value <= 0xDFFF || value == 0xFFFE
                || value == 0xFFFF) {
            throw new Unsupported("malformed UTF-8 or a character XML does not allow");
        }
        return value;
    }

    private static void appendChar(StringBuilder s, int c) {
        s.appendCodePoint(c);
    }

    /** An ASCII XML name; anything else is left to SAX. */
    private String name() throws IOException {
        ensure(MAX_NAME + 2);
        int from = at;
        int i = from;
        while (i < end && i - from <= MAX_NAME) {
            byte b = buffer[i];
            if (b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == '_' || b >= '0' && b <= '9' || b == '-' || b == '.') {
                i++;
            } else {
                break;
            }
        }
        if (i > from && i < end && buffer[i] != ':' && !(buffer[from] >= '0' && buffer[from] <= '9'
                || buffer[from] == '-' || buffer[from] == '.') && i - from <= MAX_NAME) {
            at = i;
            return known(from, i - from);
        }
        scratch.setLength(0);
        while (true) {
            int b = peek();
            boolean letter = b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == '_' || b == ':';
            boolean more = b >= '0' && b <= '9' || b == '-' || b == '.';
            if (!letter && !(more && scratch.length() > 0)) {
                break;
            }
            if (scratch.length() == MAX_NAME) {
                throw new Unsupported("a long name");
            }
            scratch.append((char) next());
        }
        if (scratch.length() == 0 || scratch.charAt(0) == ':' || scratch.charAt(scratch.length() - 1) == ':'
                || scratch.indexOf(":") != scratch.lastIndexOf(":")) {
            throw new Unsupported("a name the scanner does not read");
        }
        return known(scratch);
    }

    private boolean skipSpace() throws IOException {
        boolean any = false;
        while (true) {
            int b = peek();
            if (b != ' ' && b != '\n' && b != '\t' && b != '\r') {
                return any;
            }
            next();
            any = true;
        }
    }

    private void expect(int c) throws IOException {
        if (next() != c) {
            throw new Unsupported("unexpected character");
        }
    }

    private int peek() throws IOException {
        if (at == end && !fill()) {
            return -1;
        }
        return buffer[at] & 0xFF;
    }

    private int peekAt(int ahead) throws IOException {
        if (end - at <= ahead) {
            System.arraycopy(buffer, at, buffer, 0, end - at);
            end -= at;
            at = 0;
            while (end <= ahead) {
                int n = in.read(buffer, end, buffer.length - end);
                if (n < 0) {
                    return -1;
                }
                end += n;
            }
        }
        return buffer[at + ahead] & 0xFF;
    }

    /** Makes at least {@code n} bytes available from {@code at}, unless the part ends first. */
    private void ensure(int n) throws IOException {
        if (end - at >= n) {
            return;
        }
        System.arraycopy(buffer, at, buffer, 0, end - at);
        end -= at;
        at = 0;
        while (end < n) {
            int read = in.read(buffer, end, buffer.length - end);
            if (read < 0) {
                return;
            }
            end += read;
        }
    }

    private int next() throws IOException {
        if (at == end && !fill()) {
            throw new Unsupported("the part ends early");
        }
        return buffer[at++] & 0xFF;
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        while (n == 0) {
            n = in.read(buffer, 0, buffer.length);
        }
        at = 0;
        end = Math.max(n, 0);
        return n > 0;
    }

    /** A plain name in the buffer: the few a sheet repeats millions of times without a new string. */
    private String known(int from, int length) {
        String common = common(length, buffer[from],
                length == 3 && buffer[from] == 'r' && buffer[from + 1] == 'o' && buffer[from + 2] == 'w');
        return common != null ? common : new String(buffer, from, length, StandardCharsets.ISO_8859_1);
    }

    /** The element and attribute names a sheet repeats millions of times, without a new string each. */
    private static String known(CharSequence name) {
        String common = common(name.length(), name.length() == 0 ? 0 : name.charAt(0), "row".contentEquals(name));
        return common != null ? common : name.toString();
    }

    /** The shared spelling of {@code c}, {@code v}, {@code r}, {@code s}, {@code t} or {@code row}; null for any other name. */
    private static String common(int length, int first, boolean row) {
        if (length == 1) {
            return switch (first) {
                case 'c' -> "c";
                case 'v' -> "v";
                case 'r' -> "r";
                case 's' -> "s";
                case 't' -> "t";
                default -> null;
            };
        }
        return row ? "row" : null;
    }

    /** The attributes of the element being scanned, by qualified name as SAX gives them. */
    private static final class ScannedAttributes implements Attributes {
        private final String[] names = new String[MAX_ATTRIBUTES];
        private final String[] values = new String[MAX_ATTRIBUTES];
        private int length;

        void clear() {
            length = 0;
        }

        void add(String name, String value) {
            names[length] = name;
            values[length++] = value;
        }

        boolean declaresPrefix() {
            for (int i = 0; i < length; i++) {
                if (names[i].startsWith("xmlns:")) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public int getLength() {
            return length;
        }

        @Override
        public String getURI(int index) {
            return "";
        }

        @Override
        public String getLocalName(int index) {
            return index < length ? names[index].substring(names[index].indexOf(':') + 1) : null;
        }

        @Override
        public String getQName(int index) {
            return index < length ? names[index] : null;
        }

        @Override
        public String getType(int index) {
            return index < length ? "CDATA" : null;
        }

        @Override
        public String getValue(int index) {
            return index < length ? values[index] : null;
        }

        @Override
        public int getIndex(String uri, String localName) {
            for (int i = 0; i < length; i++) {
                if (getLocalName(i).equals(localName)) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public int getIndex(String qName) {
            for (int i = 0; i < length; i++) {
                if (names[i].equals(qName)) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public String getType(String uri, String localName) {
            return getIndex(uri, localName) < 0 ? null : "CDATA";
        }

        @Override
        public String getType(String qName) {
            return getIndex(qName) < 0 ? null : "CDATA";
        }

        @Override
        public String getValue(String uri, String localName) {
            int i = getIndex(uri, localName);
            return i < 0 ? null : values[i];
        }

        @Override
        public String getValue(String qName) {
            int i = getIndex(qName);
            return i < 0 ? null : values[i];
        }
    }
}
