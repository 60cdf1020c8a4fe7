package io.virtaudit.importer.document;

import io.virtaudit.input.TokenCheckingParser;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Arrays;

/**
 * A parser that stops at a key repeated within one object, without the hash set per object of
 * Jackson's strict duplicate detection: each key is compared with the earlier keys of its object,
 * kept per depth of open objects in arrays that are reused from one object to the next. It only notices;
 * {@link DocumentImporter} then reads the document again strictly, for Jackson's own error.
 */
final class RepeatedKeys extends TokenCheckingParser {

    /** Thrown at the first repeated key. */
    static final class Repeated extends IOException {
        Repeated(String key) {
            super("repeated key '" + key + "'");
        }
    }

    private String[][] keys = new String[16][];
    private int[] counts = new int[16];
    /** How many objects are open; keys of the innermost one go to slot {@code depth}. */
    private int depth;

    RepeatedKeys(JsonParser parser) {
        super(parser);
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken token = delegate.nextToken();
        if (token == JsonToken.FIELD_NAME) {
            add(delegate.currentName());
        } else if (token == JsonToken.START_OBJECT) {
            open();
        } else if (token == JsonToken.END_OBJECT) {
            depth--;
        }
        return token;
    }

    private void open() {
        depth++;
        if (depth >= counts.length) {
            counts = Arrays.copyOf(counts, depth * 2);
            keys = Arrays.copyOf(keys, depth * 2);
        }
        counts[depth] = 0;
    }

    private void add(String key) throws Repeated {
        String[] seen = keys[depth];
        int count = counts[depth];
        if (seen == null) {
            seen = new String[16];
            keys[depth] = seen;
        }
        for (int i = 0; i < count; i++) {
            if (seen[i].equals(key)) {
                throw new Repeated(key);
            }
        }
        if (count == seen.length) {
            seen = Arrays.copyOf(seen, count * 2);
            keys[depth] = seen;
        }
        seen[count] = key;
        counts[depth] = count + 1;
    }
}
