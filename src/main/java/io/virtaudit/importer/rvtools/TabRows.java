package io.virtaudit.importer.rvtools;

import io.virtaudit.input.InputNames;
import io.virtaudit.input.InputException;
import io.virtaudit.model.SourceRef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of one tab, holding only the columns virtaudit reads (a 100k-VM vInfo keeps a few
 * strings per row, not the sheet), each row with the line it came from; and, for a tab with a
 * {@link Span}, the columns of that span by their headers as written.
 */
final class TabRows {

    /**
     * Columns known by their place, not their name: every column after {@code after} up to the nearest
     * of {@code ends} that follows it (vInfo's custom attributes: between Annotation and Datacenter,
     * or Cluster or Host in an export without Datacenter), else to the end of the header; plus the
     * {@code named} ones wherever they are. Without {@code after} it is the named columns only. Blank
     * headers and the columns the tab reads by name are left out.
     */
    record Span(Column after, List<Column> ends, List<Column> named) {
    }

    /**
     * One data row: its 1-based spreadsheet row (or CSV line) and its cells, in {@link #positions}
     * order.
     *
     * @param computed every cell with text holds a formula: a totals row a consultant added
     */
    record Row(int line, String[] cells, boolean computed) {
    }

    /** One row's cells as a reader streams them, by 0-based column; blank cells may be absent. */
    interface RowText {
        /** One past the last column that has a cell. */
        int width();

        /** The cell's text, null when it is blank or absent. */
        String at(int column);

        /** Whether every cell is empty or spaces. */
        boolean blank();

        /** Whether every cell with text holds a formula's result (a CSV file has no formulas). */
        default boolean computed() {
            return false;
        }

        /** A row given as every cell in order, as a CSV record is. */
        static RowText of(List<String> cells) {
            return new RowText() {
                @Override
                public int width() {
                    return cells.size();
                }

                @Override
                public String at(int column) {
                    return column < cells.size() ? cells.get(column) : null;
                }

                @Override
                public boolean blank() {
                    return cells.stream().allMatch(c -> c == null || c.isBlank());
                }
            };
        }
    }

    private final Tab tab;
    private final String file;
    private final String sheet;
    private final Map<Column, Integer> positions;
    private final int[] sourceIndex;
    private final List<Row> rows;
    /** The span's headers as written, its cells following the named columns' in each row; null: no span found. */
    private final String[] spanHeaders;

    private TabRows(Tab tab, String file, String sheet, Map<Column, Integer> positions, int[] sourceIndex,
                    List<Row> rows, String[] spanHeaders) {
        this.tab = tab;
        this.file = file;
        this.sheet = sheet;
        this.positions = positions;
        this.sourceIndex = sourceIndex;
        this.rows = rows;
        this.spanHeaders = spanHeaders;
    }

    /** A tab with no rows, for tabs the export does not have. */
    static TabRows absent(Tab tab) {
        return new TabRows(tab, "", null, Map.of(), new int[0], List.of(), null);
    }

    Tab tab() {
        return tab;
    }

    List<Row> rows() {
        return Collections.unmodifiableList(rows);
    }

    /** The same tab holding only these of its rows (those that describe objects: {@link RowScreen}). */
    TabRows withRows(List<Row> kept) {
        return new TabRows(tab, file, sheet, positions, sourceIndex, List.copyOf(kept), spanHeaders);
    }

    /** Where a row came from, as {@code estate.sources[].skipped} records it: {@code vInfo!10}, {@code RVTools_tabvInfo.csv:10}. */
    String at(Row row) {
        return sheet == null ? InputNames.fileName(file) + ":" + row.line() : sheet + "!" + row.line();
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

    /**
     * The row's cells of the span by header as written, trimmed, in the header's order; an empty
     * cell is left out (of two columns with one header, the first filled one counts). Null without a span.
     */
    Map<String, String> span(Row row) {
        if (spanHeaders == null) {
            return null;
        }
        Map<String, String> values = new LinkedHashMap<>();
        int first = positions.size();
        for (int i = 0; i < spanHeaders.length; i++) {
            String value = row.cells()[first + i];
            if (value != null && !value.isBlank()) {
                values.putIfAbsent(spanHeaders[i], value.strip());
            }
        }
        return values;
    }

    /** Where one cell of the span came from, as {@link #ref(Row, Column)}; the row when the header is not in it. */
    SourceRef ref(Row row, String spanHeader) {
        int first = positions.size();
        for (int i = 0; spanHeaders != null && i < spanHeaders.length; i++) {
            if (spanHeaders[i].equals(spanHeader) && sheet != null) {
                return new SourceRef(file, sheet + "!" + CellRef.letters(sourceIndex[first + i]) + row.line());
            }
        }
        return ref(row);
    }

    /** Where a row came from: {@code vInfo!233} in a workbook, line {@code 233} of a CSV file. */
    SourceRef ref(Row row) {
        return ref(row.line());
    }

    SourceRef ref(int line) {
        return new SourceRef(file, sheet == null ? String.valueOf(line) : sheet + "!" + line);
    }

    /**
     * Where one cell came from, for errors about its value: {@code vInfo!E233} in a workbook, line
     * {@code 233} of a CSV file; the row when the tab lacks the column.
     */
    SourceRef ref(Row row, Column column) {
        Integer at = positions.get(column);
        if (sheet == null || at == null) {
            return ref(row);
        }
        return new SourceRef(file, sheet + "!" + CellRef.letters(sourceIndex[at]) + row.line());
    }

    /**
     * Collects a tab as a reader streams it: the first non-empty row is the header, matched against
     * the tab's columns; the following rows keep only the matched cells.
     */
    static final class Builder {
        private final Tab tab;
        private final String file;
        private final String sheet;
        private final ReadBudget budget;
        private final List<Row> rows = new ArrayList<>();
        private Map<Column, Integer> positions;
        private int[] sourceIndex;
        private String[] spanHeaders;
        /** By 0-based column, whether a data row's cell is kept; null until the header is read. */
        private boolean[] kept;
        /** The header's line and the required columns it lacks: an error only once a data row comes. */
        private int headerLine;
        private List<String> missing = List.of();

        /**
         * @param file   the file named in locations: the workbook, or the tab's CSV file
         * @param sheet  the sheet name for a workbook, null for a CSV file (locations are then lines)
         * @param budget the export's row limits, which every kept row counts against
         */
        Builder(Tab tab, String file, String sheet, ReadBudget budget) {
            this.tab = tab;
            this.file = file;
            this.sheet = sheet;
            this.budget = budget;
        }

        /** The tab's name as the export spells it, for messages. */
        String tabName() {
            return sheet == null ? tab.sheetName() : sheet;
        }

        /** Takes one row of cells. */
        void row(int line, RowText cells) {
            if (cells.blank()) {
                return;
            }
            if (positions == null) {
                header(line, cells);
                return;
            }
            if (!missing.isEmpty()) {
                // a tab with rows needs its key columns; an empty one (real exports leave tabs of
                // features nobody uses with a partial header) is ignored, whatever its header
                throw new InputException(file, ref(headerLine), "missing required column"
                        + (missing.size() == 1 ? " '" + missing.get(0) + "'" : "s '" + String.join("', '", missing) + "'"));
            }
            budget.row(file, ref(line), tabName(), rows.size() + 1);
            String[] kept = new String[sourceIndex.length];
            for (int i = 0; i < sourceIndex.length; i++) {
                kept[i] = cells.at(sourceIndex[i]);
            }
            rows.add(new Row(line, kept, cells.computed()));
        }

        private void header(int line, RowText cells) {
            List<String> normalized = new ArrayList<>(cells.width());
            for (int i = 0; i < cells.width(); i++) {
                normalized.add(Column.normalize(cells.at(i)));
            }
            Map<Column, Integer> found = new HashMap<>();
            List<Integer> indexes = new ArrayList<>();
            List<String> lacking = new ArrayList<>();
            for (Column column : tab.columns()) {
                int at = find(normalized, column);
                if (at < 0) {
                    if (tab.required().contains(column)) {
                        lacking.add(column.name());
                    }
                    continue;
                }
                found.put(column, indexes.size());
                indexes.add(at);
            }
            positions = found;
            spanHeaders = span(cells, normalized, indexes);
            sourceIndex = indexes.stream().mapToInt(Integer::intValue).toArray();
            kept = new boolean[Arrays.stream(sourceIndex).max().orElse(-1) + 1];
            Arrays.stream(sourceIndex).forEach(i -> kept[i] = true);
            headerLine = line;
            missing = List.copyOf(lacking);
        }

        /** Appends the span's columns to {@code indexes} and gives their headers as written, or null when there is none. */
        private String[] span(RowText cells, List<String> normalized, List<Integer> indexes) {
            Span span = tab.span();
            if (span == null) {
                return null;
            }
            int after = find(normalized, span.after());
            List<Integer> kept = new ArrayList<>();
            if (after >= 0) {
                int end = normalized.size();
                for (Column column : span.ends()) {
                    int at = find(normalized, column);
                    if (at > after && at < end) {
                        end = at;
                    }
                }
                for (int i = after + 1; i < end; i++) {
                    kept.add(i);
                }
            }
            for (Column column : span.named()) {
                int at = find(normalized, column);
                if (at >= 0 && !kept.contains(at)) {
                    kept.add(at);
                }
            }
            if (after < 0 && kept.isEmpty()) {
                return null;
            }
            List<String> headers = new ArrayList<>();
            for (int i : kept) {
                if (!normalized.get(i).isEmpty() && !known(normalized.get(i))) {
                    headers.add(cells.at(i).strip());
                    indexes.add(i);
                }
            }
            return headers.toArray(String[]::new);
        }

        /** Whether a header is a column the tab reads by name (vInfo's Backup status and Last backup are RVTools' own). */
        private boolean known(String normalized) {
            return tab.columns().stream().anyMatch(c -> c.matchesName(normalized) || c.matchesAlias(normalized));
        }

        /**
         * Whether a row's cell at this 0-based column is kept: every cell until the header is read, then
         * those of matched columns; a reader need not make the text of any other cell.
         */
        boolean keeps(int column) {
            return kept == null || column < kept.length && kept[column];
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
            return new TabRows(tab, file, sheet, positions, sourceIndex, rows, spanHeaders);
        }
    }
}
