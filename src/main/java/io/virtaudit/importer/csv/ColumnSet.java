package io.virtaudit.importer.csv;

import io.virtaudit.input.Suggestions;
import io.virtaudit.importer.ValueRange;
import io.virtaudit.model.BackupTime;
import io.virtaudit.model.HardwareVersion;
import io.virtaudit.model.Limit;
import io.virtaudit.model.LicenseExpiry;
import io.virtaudit.model.LicenseTotal;
import io.virtaudit.model.VlanRange;
import io.virtaudit.model.Wire;
import java.lang.reflect.ParameterizedType;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The columns an inventory file may have, read off the model records so that the CSV columns
 * can never drift from the estate format: every scalar field, nested fields by dotted path, lists
 * of scalars, and one column per key of a map field ({@code labels.<key>},
 * {@code customAttributes.<key>}).
 */
final class ColumnSet {

    private static final Map<InventoryFile, ColumnSet> CACHE = new EnumMap<>(InventoryFile.class);

    private final Map<String, Column> byLowerName = new LinkedHashMap<>();
    /** The map fields, by their dotted names: each takes {@code <name>.<key>} columns. */
    private final List<String> maps = new ArrayList<>();

    private ColumnSet() {
    }

    /** The columns of one kind of file. */
    static synchronized ColumnSet of(InventoryFile file) {
        return CACHE.computeIfAbsent(file, ColumnSet::build);
    }

    private static ColumnSet build(InventoryFile file) {
        ColumnSet set = new ColumnSet();
        if (file.isChild()) {
            for (String key : file.keyColumns()) {
                set.add(new Column(key, List.of(), Column.Kind.OWNER, String.class, false, null));
            }
        }
        set.addFields(file.rowType(), List.of());
        return set;
    }

    /** The column a header names (case-insensitive), if this file has it. */
    Optional<Column> find(String header) {
        String lower = header.toLowerCase(Locale.ROOT);
        Column column = byLowerName.get(lower);
        if (column != null) {
            return Optional.of(column);
        }
        for (String map : maps) {
            String prefix = map.toLowerCase(Locale.ROOT) + ".";
            if (lower.startsWith(prefix) && !header.substring(prefix.length()).isBlank()) {
                return Optional.of(Column.mapEntry(map, header.substring(prefix.length()).trim()));
            }
        }
        return Optional.empty();
    }

    /** The known column closest to a misspelt one, if any is close. */
    Optional<String> closest(String header) {
        return Suggestions.closest(header, names());
    }

    /** Every column name, in the order of the model's fields. */
    List<String> names() {
        List<String> names = new ArrayList<>();
        byLowerName.values().forEach(c -> names.add(c.name()));
        maps.forEach(map -> names.add(map + ".<key>"));
        return names;
    }

    private void add(Column column) {
        byLowerName.put(column.name().toLowerCase(Locale.ROOT), column);
    }

    private void addFields(Class<?> recordType, List<String> prefix) {
        for (RecordComponent component : recordType.getRecordComponents()) {
            List<String> path = new ArrayList<>(prefix);
            // a component whose Java name is a keyword carries its document name (PortGroup's switch)
            JsonProperty renamed = component.getAccessor().getAnnotation(JsonProperty.class);
            path.add(renamed != null ? renamed.value() : component.getName());
            addField(component.getType(), component.getGenericType(), List.copyOf(path),
                    ValueRange.of(recordType, component.getName()));
        }
    }

    private void addField(Class<?> type, Type generic, List<String> path, ValueRange range) {
        String name = String.join(".", path);
        boolean list = List.class.isAssignableFrom(type);
        Column.Kind value = valueKind(list ? elementType(generic) : type);
        if (value != null) {
            add(new Column(name, path, value, list ? elementType(generic) : type, list, range));
            return;
        }
        if (Map.class.isAssignableFrom(type)) {
            maps.add(name);
        } else if (List.class.isAssignableFrom(type)) {
            Class<?> element = elementType(generic);
            if (element.isRecord()) {
                add(new Column(name, path, Column.Kind.OBJECT_LIST, element, true, null));
            } else {
                add(new Column(name, path, kindOf(element), element, true, range));
            }
        } else if (type.isRecord() && type != BackupTime.class && type != Limit.class && type != HardwareVersion.class) {
            addFields(type, path);
        } else {
            add(new Column(name, path, kindOf(type), type, false, range));
        }
    }

    private static Class<?> elementType(Type generic) {
        if (generic instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        throw new IllegalStateException("list field without an element type: " + generic);
    }

    /** The kind of a value written as a record ({@code 200-299}, {@code unlimited}), or null for any other type. */
    private static Column.Kind valueKind(Class<?> type) {
        if (type == VlanRange.class) {
            return Column.Kind.VLAN_RANGE;
        }
        if (type == LicenseTotal.class) {
            return Column.Kind.LICENSE_TOTAL;
        }
        if (type == LicenseExpiry.class) {
            return Column.Kind.LICENSE_EXPIRY;
        }
        return null;
    }

    private static Column.Kind kindOf(Class<?> type) {
        if (type == String.class) {
            return Column.Kind.TEXT;
        }
        if (type == Integer.class || type == int.class) {
            return Column.Kind.WHOLE;
        }
        if (type == Double.class || type == double.class) {
            return Column.Kind.NUMBER;
        }
        if (type == Boolean.class || type == boolean.class) {
            return Column.Kind.BOOLEAN;
        }
        if (type == Instant.class) {
            return Column.Kind.TIME;
        }
        if (type == BackupTime.class) {
            return Column.Kind.BACKUP_TIME;
        }
        if (type == Limit.class) {
            return Column.Kind.LIMIT;
        }
        if (type == HardwareVersion.class) {
            return Column.Kind.HARDWARE_VERSION;
        }
        if (type.isEnum() && Wire.class.isAssignableFrom(type)) {
            return Column.Kind.CHOICE;
        }
        throw new IllegalStateException("no CSV reading for field type " + type.getName());
    }
}
