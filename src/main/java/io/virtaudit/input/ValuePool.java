package io.virtaudit.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import io.virtaudit.model.BackupTime;
import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * One instance of each distinct text of a document, and of each time read from a text. An estate
 * repeats most of its texts (a host id in every VM, multipath entry and LUN that names it; fabric
 * names; SATPs; the times of a nightly backup), and without the pool each repetition is an object
 * of its own that the collector copies for as long as the estate lives. Texts are looked up by the
 * parser's characters, so a repetition costs no string at all. A read opts in by giving a pool as a
 * context attribute ({@link #KEY}).
 */
public final class ValuePool {

    public static final Object KEY = ValuePool.class;

    /** Open addressing with linear probing; {@code hashes} holds each slot's text hash. */
    private String[] texts = new String[1 << 12];
    private int[] hashes = new int[1 << 12];
    private int size;
    private final Map<String, Instant> times = new HashMap<>();
    private final Map<String, BackupTime> backupTimes = new HashMap<>();

    /** The pool of the read in progress, or null when it has none. */
    static ValuePool of(DeserializationContext context) {
        return context.getAttribute(KEY) instanceof ValuePool pool ? pool : null;
    }

    /** The text of the parser's current string token, pooled. */
    String text(JsonParser parser) throws IOException {
        return shared(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
    }

    /** The time a pooled text names, or null when it names none ({@link Times#parse}). */
    Instant time(String text) {
        return parsed(times, text, Times::parse);
    }

    /** The backup time at the time a pooled text names, or null when it names none. */
    BackupTime backupTime(String text) {
        return parsed(backupTimes, text, t -> {
            Instant at = time(t);
            return at == null ? null : new BackupTime(at);
        });
    }

    private static <T> T parsed(Map<String, T> values, String text, Function<String, T> parse) {
        T value = values.get(text);
        if (value == null) {
            value = parse.apply(text);
            if (value != null) {
                values.put(text, value);
            }
        }
        return value;
    }

    /** The pooled text equal to {@code length} characters of {@code chars} from {@code offset}. */
    private String shared(char[] chars, int offset, int length) {
        int hash = 0;
        for (int i = offset; i < offset + length; i++) {
            hash = 31 * hash + chars[i];
        }
        int mask = texts.length - 1;
        int slot = spread(hash) & mask;
        for (String held = texts[slot]; held != null; held = texts[slot]) {
            if (hashes[slot] == hash && same(held, chars, offset, length)) {
                return held;
            }
            slot = (slot + 1) & mask;
        }
        String text = new String(chars, offset, length);
        texts[slot] = text;
        hashes[slot] = hash;
        if (++size * 2 > texts.length) {
            grow();
        }
        return text;
    }

    private static boolean same(String held, char[] chars, int offset, int length) {
        if (held.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (held.charAt(i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }

    private void grow() {
        String[] oldTexts = texts;
        int[] oldHashes = hashes;
        texts = new String[oldTexts.length * 2];
        hashes = new int[oldTexts.length * 2];
        int mask = texts.length - 1;
        for (int i = 0; i < oldTexts.length; i++) {
            if (oldTexts[i] != null) {
                int slot = spread(oldHashes[i]) & mask;
                while (texts[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                texts[slot] = oldTexts[i];
                hashes[slot] = oldHashes[i];
            }
        }
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
