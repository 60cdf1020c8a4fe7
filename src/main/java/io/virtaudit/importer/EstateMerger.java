package io.virtaudit.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.virtaudit.model.SourceRef;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges several inputs into one estate document: objects with the same id (multipath entries:
 * the same host and LUN) are one object, a later input adds the fields an earlier one left
 * unknown, and two different known values for one field are an input error naming both sources.
 * Every merged value keeps the source it came from; references are checked after the merge.
 */
public final class EstateMerger {

    private static final List<String> COLLECTIONS = List.of("clusters", "hosts", "vms", "luns", "multipath", "vlans");
    private static final int LIMIT = 50;

    private final ObjectNode merged = JsonNodeFactory.instance.objectNode();
    private final MappedLocator locator;
    private final List<InputError> conflicts = new ArrayList<>();

    private EstateMerger(SourceRef fallback) {
        this.locator = new MappedLocator(fallback);
    }

    /** One input is returned as it is; several are merged in the order given. */
    public static SourcedDocument merge(List<SourcedDocument> inputs) {
        return merge(inputs, -1);
    }

    /**
     * Several inputs merged in the order given. The estate's name, source and collection time
     * never conflict between inputs: they are the estate document's ({@code estateDocument}, the
     * index of one among the inputs, or -1), else the first input's name and source and the
     * latest collection time (two vCenters' exports are taken seconds apart).
     */
    public static SourcedDocument merge(List<SourcedDocument> inputs, int estateDocument) {
        if (inputs.size() == 1) {
            return inputs.get(0);
        }
        List<String> names = new ArrayList<>();
        inputs.forEach(d -> names.addAll(d.inputs()));
        EstateMerger merger = new EstateMerger(new SourceRef(String.join(", ", names), ""));
        Map<String, Map<String, Integer>> indexes = new LinkedHashMap<>();
        for (SourcedDocument input : inputs) {
            merger.add(input, indexes);
        }
        merger.estate(inputs, estateDocument);
        if (!merger.conflicts.isEmpty()) {
            throw new InputException(merger.conflicts);
        }
        List<InputError> warnings = new ArrayList<>();
        inputs.forEach(d -> warnings.addAll(d.warnings()));
        return DocumentBinder.bind(names, merger.merged, merger.locator).warnedOf(warnings);
    }

    private void add(SourcedDocument input, Map<String, Map<String, Integer>> indexes) {
        ObjectNode tree = DocumentBinder.tree(input.document());
        mergeValue(merged, "formatVersion", tree.get("formatVersion"), "/formatVersion", "/formatVersion", input);
        for (String collection : COLLECTIONS) {
            if (!(tree.get(collection) instanceof ArrayNode items)) {
                continue;
            }
            ArrayNode out = merged.has(collection) ? (ArrayNode) merged.get(collection) : merged.putArray(collection);
            Map<String, Integer> index = indexes.computeIfAbsent(collection, k -> new LinkedHashMap<>());
            for (int i = 0; i < items.size(); i++) {
                if (!(items.get(i) instanceof ObjectNode item)) {
                    continue;
                }
                String from = "/" + collection + "/" + i;
                String key = key(collection, item);
                Integer at = key == null ? null : index.get(key);
                if (at == null) {
                    at = out.size();
                    out.addObject();
                    if (key != null) {
                        index.put(key, at);
                    }
                    locator.put("/" + collection + "/" + at, input.locator().locate(from));
                }
                mergeObject((ObjectNode) out.get(at), item, "/" + collection + "/" + at, from, input);
            }
        }
    }

    /** The estate's name, source and collection time: see {@link #merge(List, int)}. */
    private void estate(List<SourcedDocument> inputs, int estateDocument) {
        List<SourcedDocument> order = new ArrayList<>();
        if (estateDocument >= 0) {
            order.add(inputs.get(estateDocument));
        }
        order.addAll(inputs);
        ObjectNode target = null;
        for (SourcedDocument input : order) {
            if (!(DocumentBinder.tree(input.document()).get("estate") instanceof ObjectNode estate)) {
                continue;
            }
            if (target == null) {
                target = merged.putObject("estate");
                locator.putIfAbsent("/estate", input.locator().locate("/estate"));
            }
            for (String field : List.of("name", "source")) {
                take(target, estate, field, input, false);
            }
            boolean fromDocument = estateDocument >= 0 && input == inputs.get(estateDocument);
            boolean documentHasTime = estateDocument >= 0
                    && DocumentBinder.tree(inputs.get(estateDocument).document()).path("estate").hasNonNull("collectedAt");
            take(target, estate, "collectedAt", input, !documentHasTime && !fromDocument && later(estate, target));
        }
    }

    /** Sets a field of the estate from an input when it is unset, or when {@code replace}. */
    private void take(ObjectNode target, ObjectNode estate, String field, SourcedDocument input, boolean replace) {
        JsonNode value = estate.get(field);
        if (value != null && !value.isNull() && (replace || !target.hasNonNull(field))) {
            target.set(field, value.deepCopy());
            locator.put("/estate/" + field, input.locator().locate("/estate/" + field));
        }
    }

    /** Whether the input's collection time is later than the one taken so far. */
    private static boolean later(ObjectNode estate, ObjectNode target) {
        if (!estate.hasNonNull("collectedAt") || !target.hasNonNull("collectedAt")) {
            return false;
        }
        try {
            return java.time.Instant.parse(estate.get("collectedAt").asText())
                    .isAfter(java.time.Instant.parse(target.get("collectedAt").asText()));
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    /** The identity of an object across inputs: its id, or HOST:LUN for multipath entries. */
    private static String key(String collection, ObjectNode item) {
        if (collection.equals("multipath")) {
            JsonNode host = item.get("host");
            JsonNode lun = item.get("lun");
            return host == null || lun == null || host.isNull() || lun.isNull() ? null : host.asText() + ":" + lun.asText();
        }
        JsonNode id = item.get("id");
        return id == null || id.isNull() ? null : id.asText();
    }

    private void mergeObject(ObjectNode target, ObjectNode source, String to, String from, SourcedDocument input) {
        Iterator<Map.Entry<String, JsonNode>> fields = source.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            mergeValue(target, field.getKey(), field.getValue(), to + "/" + field.getKey(), from + "/" + field.getKey(), input);
        }
    }

    private void mergeValue(ObjectNode target, String name, JsonNode value, String to, String from, SourcedDocument input) {
        if (value == null || value.isNull()) {
            return;
        }
        JsonNode existing = target.get(name);
        if (existing == null || existing.isNull()) {
            target.set(name, value.deepCopy());
            locator.put(to, input.locator().locate(from));
            return;
        }
        if (existing instanceof ObjectNode known && value instanceof ObjectNode added) {
            mergeObject(known, added, to, from, input);
            return;
        }
        if (!same(existing, value) && conflicts.size() < LIMIT) {
            SourceRef first = locator.locate(to);
            SourceRef second = input.locator().locate(from);
            conflicts.add(new InputError(second.file(), second.location(), "conflicting values for " + describe(to)
                    + ": " + text(value) + " here, " + text(existing) + " in " + first));
        }
    }

    private static boolean same(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }

    private String describe(String pointer) {
        String[] parts = pointer.substring(1).split("/", 3);
        if (parts.length < 3 || !COLLECTIONS.contains(parts[0])) {
            return pointer.substring(1).replace('/', '.');
        }
        JsonNode object = merged.get(parts[0]).get(Integer.parseInt(parts[1]));
        String id = key(parts[0], (ObjectNode) object);
        return parts[0] + " '" + id + "' " + parts[2].replace('/', '.');
    }

    private static String text(JsonNode value) {
        return value.isTextual() ? "'" + value.asText() + "'" : value.toString();
    }
}
