package io.virtaudit.importer.csv;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.virtaudit.model.SourceRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One CSV file of an inventory read as estate objects: the header is checked against the fields
 * of the file's collection, then each row becomes an object (or, in a child file, an item of its
 * owner's list) in the tree.
 */
final class InventoryTable {

    private final InventoryFile kind;
    private final String file;
    private final CsvProblems problems;

    private InventoryTable(InventoryFile kind, String file, CsvProblems problems) {
        this.kind = kind;
        this.file = file;
        this.problems = problems;
    }

    /** Adds the rows of {@code table}, read from {@code file}, to the tree; problems are gathered. */
    static void load(InventoryFile kind, CsvTable table, String file, InventoryTree tree, CsvProblems problems) {
        new InventoryTable(kind, file, problems).load(table, tree);
    }

    private void load(CsvTable table, InventoryTree tree) {
        Optional<List<Column>> columns = columns(table.header());
        if (columns.isEmpty()) {
            return;
        }
        tree.declare(kind);
        for (CsvTable.Row row : table.rows()) {
            if (kind.isChild()) {
                child(row, columns.get(), tree);
            } else {
                object(row, columns.get(), tree);
            }
        }
    }

    /** The column of each header cell, or nothing when the header has problems (reported). */
    private Optional<List<Column>> columns(CsvTable.Row header) {
        ColumnSet known = ColumnSet.of(kind);
        int before = problems.count();
        List<Column> columns = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String name = header.cells().get(i).trim();
            Optional<Column> column = name.isEmpty() ? Optional.empty() : known.find(name);
            if (name.isEmpty()) {
                problems.add(file, header.line(), "column " + (i + 1) + " has no name");
            } else if (column.isEmpty()) {
                problems.add(file, header.line(), unknownColumn(name, known));
            } else {
                Integer first = seen.putIfAbsent(column.get().name().toLowerCase(Locale.ROOT), i);
                if (first != null) {
                    problems.add(file, header.line(), "duplicate column '" + name + "' (columns " + (first + 1)
                            + " and " + (i + 1) + ")");
                }
            }
            columns.add(column.orElse(null));
        }
        for (String key : kind.keyColumns()) {
            if (problems.count() == before && !seen.containsKey(key.toLowerCase(Locale.ROOT))) {
                problems.add(file, header.line(), "missing column '" + key + "': every " + keyPurpose());
            }
        }
        return problems.count() == before ? Optional.of(columns) : Optional.empty();
    }

    private String unknownColumn(String name, ColumnSet known) {
        String message = "unknown column '" + name + "'";
        if (name.contains(";")) {
            return message + ": columns are separated by commas, this header uses ';' (save the sheet as CSV"
                    + " with commas, and separate list items with ';')";
        }
        Optional<String> closest = known.closest(name);
        if (closest.isPresent()) {
            return message + "; did you mean '" + closest.get() + "'?";
        }
        return message + " (" + kind.fileName() + " takes " + String.join(", ", known.names()) + ")";
    }

    private String keyPurpose() {
        String keys = String.join(" and ", kind.keyColumns());
        return kind.isChild()
                ? kind.rowNoun() + " row names its " + kind.owner().rowNoun() + " by " + keys
                : kind.rowNoun() + " needs its " + keys;
    }

    /**
     * A row of a parent file: one object. A row without its key, or repeating an earlier row's key,
     * is skipped; a cell that cannot be read leaves its field unknown (a CSV inventory is an export of
     * someone's CMDB, read with the forgiveness of an RVTools export).
     */
    private void object(CsvTable.Row row, List<Column> columns, InventoryTree tree) {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < row.cells().size(); i++) {
            JsonNode value = value(columns.get(i), row.cells().get(i), row.line());
            if (value != null) {
                put(object, columns.get(i).path(), value);
            }
        }
        for (String key : kind.keyColumns()) {
            if (!object.has(key)) {
                problems.skip(file, row.line(), "no " + key);
                return;
            }
        }
        tree.addObject(kind, object, new SourceRef(file, String.valueOf(row.line())))
                .ifPresent(first -> problems.skip(file, row.line(), "repeats line " + first.location() + " ("
                        + String.join(" ", kind.keyColumns().stream().map(k -> k + " " + object.get(k).asText()).toList()) + ")"));
    }

    /** A row of a child file (a snapshot, a path): one item of its owner's list, or skipped. */
    private void child(CsvTable.Row row, List<Column> columns, InventoryTree tree) {
        ObjectNode item = JsonNodeFactory.instance.objectNode();
        Map<String, String> owner = new HashMap<>();
        for (int i = 0; i < row.cells().size(); i++) {
            Column column = columns.get(i);
            JsonNode value = value(column, row.cells().get(i), row.line());
            if (value == null) {
                continue;
            }
            if (column.kind() == Column.Kind.OWNER) {
                owner.put(column.name(), value.asText());
            } else {
                put(item, column.path(), value);
            }
        }
        List<String> ownerKey = new ArrayList<>();
        for (String key : kind.keyColumns()) {
            if (!owner.containsKey(key)) {
                problems.skip(file, row.line(), "no " + key);
                return;
            }
            ownerKey.add(owner.get(key));
        }
        if (item.isEmpty()) {
            problems.skip(file, row.line(), "names its " + kind.owner().rowNoun() + " but gives nothing of the "
                    + kind.rowNoun());
            return;
        }
        tree.addChild(kind, ownerKey, item, new SourceRef(file, String.valueOf(row.line())))
                .ifPresent(problem -> problems.skip(file, row.line(), problem));
    }

    /** The cell's value, or null when it is empty or cannot be read (then a warning names its column). */
    private JsonNode value(Column column, String cell, int line) {
        try {
            return CellReader.read(column, cell);
        } catch (CellReader.BadCell e) {
            problems.warn(file, line, column.name() + ": " + e.getMessage());
            return null;
        }
    }

    private static void put(ObjectNode object, List<String> path, JsonNode value) {
        ObjectNode parent = object;
        for (String key : path.subList(0, path.size() - 1)) {
            JsonNode next = parent.get(key);
            parent = next instanceof ObjectNode o ? o : parent.putObject(key);
        }
        parent.set(path.get(path.size() - 1), value);
    }
}
