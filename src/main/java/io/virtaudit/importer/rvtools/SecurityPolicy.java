package io.virtaudit.importer.rvtools;

import static io.virtaudit.importer.rvtools.Column.*;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.virtaudit.importer.rvtools.EstateTree.Entry;
import io.virtaudit.model.SourceRef;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The security cells of a vSwitch, vPort or dvPort row, read once ({@code True} = Accept): a
 * field is present when its cell is not blank, its value null when the cell is unreadable (and
 * already warned about).
 */
record SecurityPolicy(Map<String, Boolean> values, SourceRef ref) {

    /** The estate's security fields and the columns that hold them. */
    private static final Map<String, Column> FIELDS = fields();

    private static Map<String, Column> fields() {
        Map<String, Column> columns = new LinkedHashMap<>();
        columns.put("allowPromiscuous", PROMISCUOUS);
        columns.put("allowMacChanges", MAC_CHANGES);
        columns.put("allowForgedTransmits", FORGED_TRANSMITS);
        return columns;
    }

    static SecurityPolicy of(Cells c) {
        Map<String, Boolean> values = new HashMap<>();
        FIELDS.forEach((field, column) -> {
            if (c.text(column) != null) {
                values.put(field, c.bool(column));
            }
        });
        return new SecurityPolicy(values, c.ref());
    }

    /**
     * Writes the effective policy: this row's cell, else (blank) the inherited row's (a standard
     * port group's switch; null for none), each field with the row it came from. An unreadable cell
     * leaves its field unknown rather than taking the inherited value, which it may override.
     */
    void write(Entry entry, SecurityPolicy inherited) {
        ObjectNode security = null;
        for (String field : FIELDS.keySet()) {
            SecurityPolicy from = values.containsKey(field) ? this
                    : inherited != null && inherited.values.containsKey(field) ? inherited : null;
            Boolean value = from == null ? null : from.values.get(field);
            if (value == null) {
                continue;
            }
            if (security == null) {
                security = entry.node().putObject("security");
            }
            security.put(field, value);
            entry.from("/security/" + field, from.ref);
        }
    }
}
