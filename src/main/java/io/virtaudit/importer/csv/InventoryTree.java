package io.virtaudit.importer.csv;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.virtaudit.importer.EstateAssembler;
import io.virtaudit.importer.MappedLocator;
import io.virtaudit.model.SourceRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The estate document the rows of a CSV inventory build, in the native format's shape, with the
 * file and line of every object and list item. Child rows find their owner by its key; an owner
 * that the inventory does not define is created with its key only, for a merge to complete.
 */
final class InventoryTree {

    private static final String KEY_SEPARATOR = "\n";

    private final ObjectNode root = JsonNodeFactory.instance.objectNode();
    private final MappedLocator locator;
    private final Map<String, Map<String, Integer>> indexes = new HashMap<>();

    InventoryTree(SourceRef fallback) {
        this.locator = new MappedLocator(fallback);
        root.put("formatVersion", EstateAssembler.FORMAT_VERSION);
    }

    ObjectNode root() {
        return root;
    }

    MappedLocator locator() {
        return locator;
    }

    /** Makes sure the collection exists, so that a file without rows gives an empty one. */
    void declare(InventoryFile file) {
        collection(file.collection());
    }

    /**
     * Adds a row's object to its collection, unless an earlier row of the file gave one with the
     * same key.
     *
     * @return where the earlier row with this key was, when there is one (the row is then not added)
     */
    Optional<SourceRef> addObject(InventoryFile file, ObjectNode object, SourceRef ref) {
        ArrayNode items = collection(file.collection());
        int index = items.size();
        Integer first = indexes.computeIfAbsent(file.collection(), k -> new HashMap<>()).putIfAbsent(key(file, object), index);
        if (first != null) {
            return Optional.of(locator.locate(pointer(file.collection(), first)));
        }
        items.add(object);
        locator.put(pointer(file.collection(), index), ref);
        return Optional.empty();
    }

    /**
     * Appends a child row's item to its owner's list, creating the owner when absent.
     *
     * @return a problem to report, when the owner's list was given as {@code none}
     */
    Optional<String> addChild(InventoryFile file, List<String> ownerKey, ObjectNode item, SourceRef ref) {
        InventoryFile ownerFile = file.owner();
        String collection = ownerFile.collection();
        Integer index = indexes.getOrDefault(collection, Map.of()).get(String.join(KEY_SEPARATOR, ownerKey));
        if (index == null) {
            ObjectNode owner = JsonNodeFactory.instance.objectNode();
            for (int i = 0; i < ownerKey.size(); i++) {
                owner.put(ownerFile.keyColumns().get(i), ownerKey.get(i));
            }
            addObject(ownerFile, owner, ref);
            index = collection(collection).size() - 1;
        }
        ObjectNode owner = (ObjectNode) collection(collection).get(index);
        String listPointer = pointer(collection, index) + "/" + file.ownerField();
        JsonNode existing = owner.get(file.ownerField());
        if (existing instanceof ArrayNode list && list.isEmpty()) {
            return Optional.of(file.owner().rowNoun() + " '" + String.join(":", ownerKey) + "' has "
                    + file.ownerField() + " 'none' in " + locator.locate(listPointer) + ", yet this row lists one");
        }
        ArrayNode list = existing instanceof ArrayNode a ? a : owner.putArray(file.ownerField());
        locator.putIfAbsent(listPointer, ref);
        locator.put(listPointer + "/" + list.size(), ref);
        list.add(item);
        return Optional.empty();
    }

    private ArrayNode collection(String name) {
        JsonNode existing = root.get(name);
        return existing instanceof ArrayNode a ? a : root.putArray(name);
    }

    private static String key(InventoryFile file, ObjectNode object) {
        List<String> parts = new ArrayList<>();
        for (String column : file.keyColumns()) {
            JsonNode value = object.get(column);
            parts.add(value == null ? "" : value.asText());
        }
        return String.join(KEY_SEPARATOR, parts);
    }

    private static String pointer(String collection, int index) {
        return "/" + collection + "/" + index;
    }
}
