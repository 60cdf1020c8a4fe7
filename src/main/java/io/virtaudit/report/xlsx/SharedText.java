package io.virtaudit.report.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The workbook's own shared strings: the words the list sheets' repeated columns hold (host and
 * LUN ids, cluster names, guest OSs, rule titles and remediation), each spelt once in the shared
 * string table and referred to by its index from every cell that holds it. They come first in the
 * table, the strings POI's pages add after them ({@link WorkbookPackage} moves POI's indices on).
 *
 * <p>The words and their order are fixed before any row is spelt, by the estate and the rules alone
 * (not by which thread spells which row first), so the same report gives the same bytes. A text
 * not among them is written in its cell as before. Built on one thread, then only read.
 */
final class SharedText {

    /** No words: every text is written in its cell. */
    static final SharedText NONE = new SharedText();

    private final Map<String, Integer> indexes = new HashMap<>();
    private final List<String> words = new ArrayList<>();

    private SharedText() {
    }

    /** An empty table to {@link #add} the words to. */
    static SharedText building() {
        return new SharedText();
    }

    /** Adds a word unless it is already in the table; anything but non-empty text is left out. */
    void add(Object content) {
        if (content instanceof String word && !word.isEmpty() && !indexes.containsKey(word)) {
            indexes.put(word, words.size());
            words.add(word);
        }
    }

    /** The index of a word in the shared string table, or -1 when it is written in its cell. */
    int indexOf(String word) {
        Integer index = indexes.get(word);
        return index == null ? -1 : index;
    }

    /** How many words the table holds. */
    int size() {
        return words.size();
    }

    /** Writes each word as a shared string item ({@code <si>}), in index order. */
    void writeItems(OutputStream out) throws IOException {
        Utf8Buffer items = new Utf8Buffer(out);
        for (String word : words) {
            items.ascii(preserves(word) ? "<si><t xml:space=\"preserve\">" : "<si><t>");
            items.text(word);
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
