package io.virtaudit.ooxml;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The streamed sheets' shared strings: text that repeats down a column is spelt once in the
 * workbook's shared string table and referred to by its index from every cell that holds it, so
 * there is less XML to write and deflate. They come first in the table, before the strings POI's
 * own cells use ({@link ZipPackage} moves POI's indices on).
 *
 * <p>The strings and their order are fixed before any row is written, by whoever fills the table,
 * not by which thread writes which row first, so the same input gives the same bytes. A text not
 * in the table is written in its cell. Built on one thread, then only read, from any thread.
 */
public final class SharedStrings {

    private final Map<String, Integer> indexes = new HashMap<>();
    private final List<String> strings = new ArrayList<>();

    /** An empty table to {@link #add} strings to; empty, every text is written in its cell. */
    public SharedStrings() {
    }

    /**
     * Adds a cell's value unless the table holds it already; a value that is not text (a number,
     * null) or is empty is left out.
     */
    public void add(Object value) {
        if (value instanceof String text && !text.isEmpty() && !indexes.containsKey(text)) {
            indexes.put(text, strings.size());
            strings.add(text);
        }
    }

    /** The index of a text in the table, or -1 when it is written in its cell. */
    public int indexOf(String text) {
        Integer index = indexes.get(text);
        return index == null ? -1 : index;
    }

    /** How many strings the table holds. */
    public int size() {
        return strings.size();
    }

    /** Writes each string as a shared string item ({@code <si>}), in index order. */
    void writeItems(OutputStream out) throws IOException {
        Utf8Buffer items = new Utf8Buffer(out);
        for (String text : strings) {
            items.ascii(preserves(text) ? "<si><t xml:space=\"preserve\">" : "<si><t>");
            items.text(text);
            items.ascii("</t></si>");
        }
        items.flush();
    }

    /** Whether a text needs its leading or trailing white space kept, as an inline cell marks it. */
    static boolean preserves(String text) {
        return !text.isEmpty() && (Character.isWhitespace(text.charAt(0))
                || Character.isWhitespace(text.charAt(text.length() - 1)));
    }
}
