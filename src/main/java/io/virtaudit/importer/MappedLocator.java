package io.virtaudit.importer;

import io.virtaudit.model.SourceRef;
import java.util.HashMap;
import java.util.Map;

/**
 * A locator for inputs whose objects are assembled from rows (RVTools tabs, CSV files, merged
 * inputs): importers register where each object and field came from; a pointer resolves to its
 * most specific registered prefix.
 */
public final class MappedLocator implements SourceLocator {

    private final Map<String, SourceRef> refs = new HashMap<>();
    private final SourceRef fallback;

    public MappedLocator(SourceRef fallback) {
        this.fallback = fallback;
    }

    /** Records where the value at {@code pointer} (an object or a field) came from. */
    public void put(String pointer, SourceRef ref) {
        refs.put(pointer, ref);
    }

    /** Records it unless something more specific was recorded already. */
    public void putIfAbsent(String pointer, SourceRef ref) {
        refs.putIfAbsent(pointer, ref);
    }

    @Override
    public SourceRef locate(String pointer) {
        String p = pointer;
        while (true) {
            SourceRef ref = refs.get(p);
            if (ref != null) {
                return ref;
            }
            int slash = p.lastIndexOf('/');
            if (slash <= 0) {
                return fallback;
            }
            p = p.substring(0, slash);
        }
    }
}
