package io.virtaudit.importer.rvtools;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.virtaudit.importer.MappedLocator;
import io.virtaudit.model.SourceRef;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The estate document being assembled from rows: each collection's objects by id, in the order of
 * their first row, each remembering the rows its object and fields came from.
 */
final class EstateTree {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** One object of a collection and where it and its fields came from (pointers relative to it). */
    static final class Entry {
        private final ObjectNode node = NODES.objectNode();
        private final Map<String, SourceRef> refs = new LinkedHashMap<>(2);

        Entry(SourceRef ref) {
            refs.put("", ref);
        }

        ObjectNode node() {
            return node;
        }

        /** Records that the value at {@code relative} (such as {@code /tools}) came from another row. */
        void from(String relative, SourceRef ref) {
            refs.put(relative, ref);
        }

        void forget(String relative) {
            refs.remove(relative);
        }

        SourceRef ref() {
            return refs.get("");
        }
    }

    /** A collection of the document ({@code vms}, {@code hosts}, …), keyed by id. */
    static final class Objects {
        private final String name;
        private final Map<String, Entry> byId = new LinkedHashMap<>();

        Objects(String name) {
            this.name = name;
        }

        Entry get(String id) {
            return byId.get(id);
        }

        /** A new entry, or null when the id is taken. */
        Entry add(String id, SourceRef ref) {
            if (byId.containsKey(id)) {
                return null;
            }
            Entry entry = new Entry(ref);
            byId.put(id, entry);
            return entry;
        }

        Collection<Entry> entries() {
            return byId.values();
        }

        Map<String, Entry> byId() {
            return byId;
        }
    }

    private final List<Objects> collections = new ArrayList<>();

    Objects collection(String name) {
        Objects objects = new Objects(name);
        collections.add(objects);
        return objects;
    }

    /** The document, every object and field located in the given locator. */
    ObjectNode toDocument(ObjectNode estate, SourceRef estateRef, MappedLocator locator) {
        ObjectNode root = NODES.objectNode();
        root.put("formatVersion", 1);
        root.set("estate", estate);
        if (estateRef != null) {
            locator.put("/estate", estateRef);
        }
        for (Objects objects : collections) {
            if (objects.byId.isEmpty()) {
                continue;
            }
            ArrayNode array = root.putArray(objects.name);
            int index = 0;
            for (Entry entry : objects.byId.values()) {
                array.add(entry.node);
                String at = "/" + objects.name + "/" + index++;
                entry.refs.forEach((relative, ref) -> locator.put(at + relative, ref));
            }
        }
        return root;
    }
}
