package io.virtaudit.importer.csv;

import io.virtaudit.importer.ValueRange;
import java.util.ArrayList;
import java.util.List;

/**
 * One column of an inventory CSV: its name as the header spells it in the format, the path of
 * the field it fills inside the row's object, and how a cell is read.
 *
 * @param name the field path with dots ({@code cpu.sockets})
 * @param path the same path as object keys ({@code [cpu, sockets]})
 * @param kind how a cell of this column is read
 * @param type for {@link Kind#CHOICE}, the enumeration
 * @param list whether the cell holds a {@code ;}-separated list of such values
 * @param range for a number, the values the estate format takes; null when any
 */
record Column(String name, List<String> path, Kind kind, Class<?> type, boolean list, ValueRange range) {

    /** How a cell is read. */
    enum Kind {
        TEXT, WHOLE, NUMBER, BOOLEAN, TIME, BACKUP_TIME, CHOICE,
        /** A number, or {@code none} for explicitly unlimited. */
        LIMIT,
        /** A hardware version: {@code 19} or {@code vmx-19}. */
        HARDWARE_VERSION,
        /** A list of objects kept in a file of its own: the column takes only {@code none}. */
        OBJECT_LIST,
        /** In a child file: the key of the object the row belongs to. */
        OWNER,
        /** A VLAN id or a range of them: {@code 100}, {@code 200-299}. */
        VLAN_RANGE,
        /** A whole number, or {@code unlimited}. */
        LICENSE_TOTAL,
        /** A time, or {@code never}. */
        LICENSE_EXPIRY
    }

    /** A column that fills one key of a map field: {@code labels.site}, {@code customAttributes.Owner}. */
    static Column mapEntry(String map, String key) {
        List<String> path = new ArrayList<>(List.of(map.split("\\.")));
        path.add(key);
        return new Column(map + "." + key, List.copyOf(path), Kind.TEXT, String.class, false, null);
    }
}
