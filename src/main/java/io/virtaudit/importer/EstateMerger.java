package io.virtaudit.importer;

import io.virtaudit.input.InputException;
import io.virtaudit.input.InputError;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.virtaudit.model.EstateInfo;
import io.virtaudit.model.SourceRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Merges several inputs into one estate document: objects with the same id (multipath entries:
 * the same host and LUN) are one object, a later input adds the fields an earlier one left
 * unknown, and two different known values for one field are an input error naming both sources.
 * Every merged value keeps the source it came from; references are checked after the merge.
 */
public final class EstateMerger {

    /**
     * The collections merged by identity. Managers merge as the rest: one id from two inputs is one
     * manager, a later input fills what an earlier left unknown, and two different known values (a
     * version, or licence lists that differ) are a conflict naming both sources.
     */
    private static final List<String> COLLECTIONS = List.of("managers", "clusters", "hosts", "vms", "luns", "multipath",
            "vlans", "portGroups");

    /**
     * Fields that add up across inputs (two vCenters both trunk VLAN 120 to their own hosts):
     * merged as sets, never a conflict. Pointers without the index: {@code vlans/hosts}.
     */
    private static final Set<String> SET_FIELDS = Set.of("vlans/hosts", "vlans/purposes", "luns/hosts",
            "portGroups/hosts", "portGroups/purposes");

    /** An importer's VLAN name is a hint taken from the port group that tagged it first: the first input's wins. */
    private static final Set<String> HINTS = Set.of("vlans/name");
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
        SourcedDocument name = first(order, EstateInfo::name);
        SourcedDocument source = first(order, EstateInfo::source);
        SourcedDocument collected = estateDocument >= 0 && inputs.get(estateDocument).document().estate() != null
                && inputs.get(estateDocument).document().estate().collectedAt() != null
                ? inputs.get(estateDocument) : latest(inputs);
        ArrayNode sources = sources(inputs);
        if (name == null && source == null && collected == null && sources == null) {
            return;
        }
        ObjectNode target = merged.putObject("estate");
        SourcedDocument any = name != null ? name : source != null ? source : collected;
        if (any != null) {
            locator.putIfAbsent("/estate", any.locator().locate("/estate"));
        }
        if (name != null) {
            take(target, "name", name.document().estate().name(), name);
        }
        if (collected != null) {
            take(target, "collectedAt", collected.document().estate().collectedAt().toString(), collected);
        }
        if (source != null) {
            take(target, "source", source.document().estate().source(), source);
        }
        if (sources != null) {
            target.set("sources", sources);
        }
    }

    /**
     * Every input's sources, in order: the same id with the same collection time is one source
     * (the same file given twice); the same id with two times is two snapshots of one vCenter,
     * which do not merge (compare them with {@code diff}). Null when no input has sources.
     */
    private ArrayNode sources(List<SourcedDocument> inputs) {
        ArrayNode out = null;
        Map<String, Integer> byId = new LinkedHashMap<>();
        Map<String, EstateInfo.Source> firstOf = new HashMap<>();
        for (SourcedDocument input : inputs) {
            EstateInfo info = input.document().estate();
            if (info == null || info.sources() == null) {
                continue;
            }
            if (out == null) {
                out = JsonNodeFactory.instance.arrayNode();
            }
            for (int i = 0; i < info.sources().size(); i++) {
                EstateInfo.Source entry = info.sources().get(i);
                String from = "/estate/sources/" + i;
                Integer seen = entry == null || entry.id() == null ? null : byId.get(entry.id());
                if (seen != null) {
                    EstateInfo.Source first = firstOf.get(entry.id());
                    if (!java.util.Objects.equals(first.collectedAt(), entry.collectedAt())
                            && conflicts.size() < LIMIT) {
                        SourceRef here = input.locator().locate(from);
                        conflicts.add(new InputError(here.file(), here.location(), "source '" + entry.id()
                                + "' collected at " + entry.collectedAt() + " here and at " + first.collectedAt()
                                + " in " + locator.locate("/estate/sources/" + seen)
                                + ": two snapshots of one source do not merge (compare them with 'virtaudit diff')"));
                    } else {
                        addSkipped((ObjectNode) out.get(seen), entry);
                    }
                    continue;
                }
                if (entry != null && entry.id() != null) {
                    byId.put(entry.id(), out.size());
                    firstOf.put(entry.id(), entry);
                }
                locator.put("/estate/sources/" + out.size(), input.locator().locate(from));
                out.add(DocumentBinder.mapper().valueToTree(entry));
            }
        }
        return out;
    }

    /** Adds the rows a second entry of one source skipped that the first does not list (two CSV files of one name). */
    private static void addSkipped(ObjectNode first, EstateInfo.Source again) {
        if (again.skipped() == null || again.skipped().isEmpty()) {
            return;
        }
        ArrayNode rows = first.has("skipped") && first.get("skipped").isArray()
                ? (ArrayNode) first.get("skipped") : first.putArray("skipped");
        for (EstateInfo.SkippedRow row : again.skipped()) {
            JsonNode node = DocumentBinder.mapper().valueToTree(row);
            boolean listed = false;
            for (JsonNode known : rows) {
                listed |= known.equals(node);
            }
            if (!listed) {
                rows.add(node);
            }
        }
    }

    /** The first input that gives the field, or null. */
    private static SourcedDocument first(List<SourcedDocument> order, Function<EstateInfo, String> field) {
        return order.stream().filter(d -> d.document().estate() != null && field.apply(d.document().estate()) != null)
                .findFirst().orElse(null);
    }

    /** The input with the latest collection time (the first of equals), or null when none gives one. */
    private static SourcedDocument latest(List<SourcedDocument> inputs) {
        SourcedDocument latest = null;
        for (SourcedDocument d : inputs) {
            Instant at = d.document().estate() == null ? null : d.document().estate().collectedAt();
            if (at != null && (latest == null || at.isAfter(latest.document().estate().collectedAt()))) {
                latest = d;
            }
        }
        return latest;
    }

    private void take(ObjectNode target, String field, String value, SourcedDocument input) {
        target.put(field, value);
        locator.put("/estate/" + field, input.locator().locate("/estate/" + field));
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
        String field = field(to);
        if (SET_FIELDS.contains(field) && existing instanceof ArrayNode known && value instanceof ArrayNode added) {
            for (JsonNode item : added) {
                if (!contains(known, item)) {
                    known.add(item.deepCopy());
                }
            }
            return;
        }
        if (HINTS.contains(field)) {
            return;
        }
        if (to.matches("/vms/\\d+/backup/lastSuccess") && existing.isTextual() && value.isTextual()) {
            latestBackup(target, name, existing, value, to, from, input);
            return;
        }
        if (!same(existing, value) && conflicts.size() < LIMIT) {
            SourceRef first = locator.locate(to);
            SourceRef second = input.locator().locate(from);
            conflicts.add(new InputError(second.file(), second.location(), "conflicting values for " + describe(to)
                    + ": " + text(value) + " here, " + text(existing) + " in " + first));
        }
    }

    /**
     * backup.lastSuccess takes the latest known time: a backup tool's report and a vCenter attribute
     * may both carry it; {@code never} stands only where no input has a time.
     */
    private void latestBackup(ObjectNode target, String name, JsonNode existing, JsonNode value, String to,
                              String from, SourcedDocument input) {
        Instant known = backupTime(existing.asText());
        Instant added = backupTime(value.asText());
        if (added != null && (known == null || added.isAfter(known))) {
            target.set(name, value.deepCopy());
            locator.put(to, input.locator().locate(from));
        }
    }

    /** The time of a backup.lastSuccess value, null for never or a value the binder will refuse. */
    private static Instant backupTime(String text) {
        try {
            return "never".equalsIgnoreCase(text.strip()) ? null
                    : io.virtaudit.input.Times.parse(text);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The collection and field of a pointer to an object's top-level field, {@code vlans/hosts}; else "". */
    private static String field(String pointer) {
        String[] parts = pointer.substring(1).split("/");
        return parts.length == 3 ? parts[0] + "/" + parts[2] : "";
    }

    private static boolean contains(ArrayNode list, JsonNode item) {
        for (JsonNode known : list) {
            if (same(known, item)) {
                return true;
            }
        }
        return false;
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
