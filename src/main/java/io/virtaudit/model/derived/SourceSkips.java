package io.virtaudit.model.derived;

import io.virtaudit.model.EstateInfo;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows an importer left out of one source (DAT-002): how many per tab or file, and the first
 * of them with their reasons. One fact per source that skipped any row.
 *
 * @param source the source's id (a vCenter, a CSV file)
 * @param file   the input the rows were in
 * @param count  how many rows were left out
 * @param byTab  the count per tab ({@code vInfo}) or CSV file ({@code vms.csv}), in the order first met
 * @param first  the first few, as {@code vInfo!10 no Host}
 */
public record SourceSkips(String source, String file, int count, Map<String, Integer> byTab, List<String> first) {

    /** How many skipped rows a finding names one by one. */
    static final int NAMED = 5;

    /** The fact of a source, or null when it skipped no row (or did not record). */
    public static SourceSkips of(EstateInfo.Source source) {
        if (source.skippedCount() == 0) {
            return null;
        }
        Map<String, Integer> byTab = new LinkedHashMap<>();
        List<String> first = new ArrayList<>();
        for (EstateInfo.SkippedRow row : source.skipped()) {
            byTab.merge(tabOf(row.at()), 1, Integer::sum);
            if (first.size() < NAMED) {
                first.add(row.at() + " " + row.reason());
            }
        }
        String file = source.file() != null ? source.file() : source.id();
        return new SourceSkips(source.id(), file, source.skippedCount(), Collections.unmodifiableMap(byTab),
                List.copyOf(first));
    }

    /** The tab of {@code vInfo!10}, or the file of {@code vms.csv:14}. */
    static String tabOf(String at) {
        int bang = at.lastIndexOf('!');
        if (bang > 0) {
            return at.substring(0, bang);
        }
        int colon = at.lastIndexOf(':');
        return colon > 0 ? at.substring(0, colon) : at;
    }

    /** The count per tab in words: {@code 1 vInfo row, 2 vHost rows}. */
    public String rowsByTab() {
        List<String> counts = new ArrayList<>();
        byTab.forEach((tab, n) -> counts.add(n + " " + tab + (n == 1 ? " row" : " rows")));
        return String.join(", ", counts);
    }

    /** The first rows with their reasons: {@code vInfo!10 no Host; vInfo!12 no Host}. */
    public String firstRows() {
        return String.join("; ", first);
    }

    /** More rows were skipped than {@link #first()} names. */
    public boolean more() {
        return count > first.size();
    }
}
