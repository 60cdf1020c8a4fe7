package io.virtaudit.importer.rvtools;

import io.virtaudit.importer.InputException;
import io.virtaudit.model.SourceRef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of one tab, holding only the columns virtaudit reads (a 100k-VM vInfo keeps a few
 * strings per row, not the sheet), each row with the line it came from.
 */
final class TabRows {

    /** One data row: its 1-based spreadsheet row (or CSV line) and its cells, in {@link #positions} order. */
    record Row(int line, String[] cells) {
    }

    private final Tab tab;
    private final String file;
    private final String sheet;
    private final Map<Column, Integer> positions;
    private final List<Row> rows;

    private TabRows(Tab tab, String file, String sheet, Map<Column, Integer> positions, List<Row> rows) {
        this.tab = tab;
        this.file = file;
        this.sheet = sheet;
        this.positions = positions;
        this.rows = rows;
    }

    /** A tab with no rows, for tabs the export does not have. */
    static TabRows absent(Tab tab) {
        return new TabRows(tab, "", null, Map.of(), List.of());
    }

    Tab tab() {
        return tab;
    }

    List<Row> rows() {
        return Collections.unmodifiableList(rows);
    }

    /** Whether the export has this tab at all. */
    boolean present() {
        return !file.isEmpty();
    }

    /** Whether the tab has the column: a missing column leaves its fields unknown. */
    boolean has(Column column) {
        return positions.containsKey(column);
    }

    /** The cell, trimmed; null when empty or the column is missing. */
    String text(Row row, Column column) {
        Integer at = positions.get(column);
        if (at == null) {
            return null;
        }
        String value = row.cells()[at];
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** Where a row came from: {@code vInfo!233} in a workbook, line {@code 233} of a CSV file. */
    SourceRef ref(Row row) {
        return ref(row.line());
    }

    SourceRef ref(int line) {
        return new SourceRef(file, sheet == null ? String.valueOf(line) : sheet + "!" + line);
    }

    /**
     * Collects a tab as a reader streams it: the first non-empty row is the header, matched against
     * the tab's columns; the following rows keep only the matched cells.
     */
    static final class Builder {
        private final Tab tab;
        private final String file;
        private final String sheet;
        private final List<Row> rows = new ArrayList<>();
        private Map<Column, Integer> positions;
        private int[] sourceIndex;

        /**
         * @param file  the file named in locations: the workbook, or the tab's CSV file
         * @param sheet the sheet name for a workbook, null for a CSV file (locations are then lines)
         */
        Builder(Tab tab, String file, String sheet) {
            this.tab = tab;
            this.file = file;
            this.sheet = sheet;
        }

        /** Takes one row of cells (null or empty for blank cells). */
        void row(int line, List<String> cells) {
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                return;
            }
            if (positions == null) {
                header(line, cells);
                return;
            }
            String[] kept = new String[sourceIndex.length];
            for (int i = 0; i < sourceIndex.length; i++) {
                int at = sourceIndex[i];
                kept[i] = at < cells.size() ? cells.get(at) : null;
            }
            rows.add(new Row(line, kept));
        }

        private void header(int line, List<String> cells) {
            List<String> normalized = cells.stream().map(Column::normalize).toList();
            Map<Column, Integer> found = new HashMap<>();
            List<Integer> indexes = new ArrayList<>();
            for (Column column : tab.columns()) {
                int at = find(normalized, column);
                if (at < 0) {
                    if (tab.required().contains(column)) {
                        throw new InputException(file, ref(line), "missing required column '" + column.name() + "'");
                    }
                    continue;
                }
                found.put(column, indexes.size());
                indexes.add(at);
            }
            positions = found;
            sourceIndex = indexes.stream().mapToInt(Integer::intValue).toArray();
        }

        private static int find(List<String> headers, Column column) {
            for (int i = 0; i < headers.size(); i++) {
                if (column.matchesName(headers.get(i))) {
                    return i;
                }
            }
            for (int i = 0; i < headers.size(); i++) {
                if (column.matchesAlias(headers.get(i))) {
                    return i;
                }
            }
            return -1;
        }

        private String ref(int line) {
            return sheet == null ? String.valueOf(line) : sheet + "!" + line;
        }

        /** The tab, or null when it had no rows at all (not even a header). */
        TabRows build() {
            if (positions == null) {
                return null;
            }
            return new TabRows(tab, file, sheet, positions, rows);
        }
    }
}
