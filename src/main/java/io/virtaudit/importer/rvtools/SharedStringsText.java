package io.virtaudit.importer.rvtools;

import static io.virtaudit.importer.rvtools.ReadLimits.count;

import io.virtaudit.input.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;

/**
 * A workbook's shared strings as plain text, read once by SAX. They are kept packed, as UTF-8 in
 * large blocks with one offset per string, and each becomes a Java string only when a cell the
 * import keeps refers to it (then once): a table of millions of strings no cell uses costs a few
 * bytes each, not an object each. The table's size is bounded by {@link ReadLimits}; an item longer
 * than Excel allows in a cell marks a workbook Excel did not write. Phonetic runs are left out, as
 * POI's read-only table leaves them.
 */
final class SharedStringsText extends PartXml {

    private static final int BLOCK = 1 << 20;
    private static final int MAX_BLOCKS = 1 << 11;

    private final ReadLimits limits;
    private final String file;
    private final List<byte[]> blocks = new ArrayList<>();
    private byte[] block = new byte[0];
    private int used;
    private int[] offsets = new int[1024];
    private int count;
    private long chars;
    private String[] made;
    private final java.util.BitSet blanks = new java.util.BitSet();

    private final StringBuilder text = new StringBuilder();
    private boolean inItem;
    private boolean inText;
    private int phonetic;

    private SharedStringsText(ReadLimits limits, String file) {
        this.limits = limits;
        this.file = file;
    }

    /** A workbook without a shared-strings part has no shared strings. */
    static SharedStringsText none() {
        SharedStringsText table = new SharedStringsText(ReadLimits.DEFAULT, "");
        table.made = new String[0];
        return table;
    }

    /** Reads the shared strings part. */
    static SharedStringsText read(InputStream part, ReadLimits limits, String file)
            throws IOException, SAXException, ParserConfigurationException {
        SharedStringsText table = new SharedStringsText(limits, file);
        table.parse(part);
        table.made = new String[table.count];
        return table;
    }

    /** Whether the string at an index is empty or spaces, without making it. */
    boolean blank(int index) {
        return blanks.get(index);
    }

    /** How many strings the table holds. */
    int size() {
        return count;
    }

    /** The string at an index from 0 to {@link #size()} - 1. */
    String text(int index) {
        String s = made[index];
        if (s == null) {
            int at = offsets[index];
            byte[] from = blocks.get(at >>> 20);
            int start = at & (BLOCK - 1);
            int length = 0;
            int shift = 0;
            int b;
            do {
                b = from[start++];
                length |= (b & 0x7f) << shift;
                shift += 7;
            } while (b < 0);
            s = new String(from, start, length, StandardCharsets.UTF_8);
            made[index] = s;
        }
        return s;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (name(localName, qName)) {
            case "sst" -> declared(attributes.getValue("uniqueCount"));
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

    /** A table that declares more strings than the limit is refused before they are read. */
    private void declared(String uniqueCount) {
        try {
            if (uniqueCount != null && Long.parseLong(uniqueCount.strip()) > limits.sharedStrings()) {
                throw tooMany("declares " + count(Long.parseLong(uniqueCount.strip())) + " strings");
            }
        } catch (NumberFormatException e) {
            // a count that is no number declares nothing; the strings are counted as they come
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (name(localName, qName)) {
            case "si" -> {
                inItem = false;
                add(unescape(text));
            }
            case "rPh" -> phonetic--;
            case "t" -> inText = false;
            default -> {
                // nothing to close
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inText) {
            if (text.length() + length > MAX_CELL_CHARS) {
                throw new InputException(file, "", "shared string " + count(count + 1) + " holds more than "
                        + count(MAX_CELL_CHARS) + " characters, the most Excel allows in a cell: " + MALFORMED);
            }
            text.append(ch, start, length);
        }
    }

    private void add(String s) {
        if (count == limits.sharedStrings()) {
            throw tooMany("holds more than " + count(limits.sharedStrings()) + " strings");
        }
        chars += s.length();
        if (chars > limits.sharedStringChars()) {
            throw tooMany("holds more than " + count(limits.sharedStringChars()) + " characters");
        }
        if (s.isBlank()) {
            blanks.set(count);
        }
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        int needed = utf8.length + 5;
        if (block.length - used < needed) {
            if (blocks.size() == MAX_BLOCKS) {
                throw tooMany("holds more than " + ReadLimits.size((long) MAX_BLOCKS * BLOCK) + " of text");
            }
            block = new byte[BLOCK];
            blocks.add(block);
            used = 0;
        }
        if (count == offsets.length) {
            offsets = Arrays.copyOf(offsets, Math.min(offsets.length * 2, limits.sharedStrings()));
        }
        offsets[count++] = (blocks.size() - 1) << 20 | used;
        for (int n = utf8.length; ; n >>>= 7) {
            if (n < 0x80) {
                block[used++] = (byte) n;
                break;
            }
            block[used++] = (byte) (n & 0x7f | 0x80);
        }
        System.arraycopy(utf8, 0, block, used, utf8.length);
        used += utf8.length;
    }

    private InputException tooMany(String what) {
        return new InputException(file, "", "the workbook's shared-string table " + what + "; the limit is "
                + count(limits.sharedStrings()) + " strings and " + count(limits.sharedStringChars())
                + " characters (several times what a 50,000-VM export holds): refused as too large");
    }
}
