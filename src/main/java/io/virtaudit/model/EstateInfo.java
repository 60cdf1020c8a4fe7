package io.virtaudit.model;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The estate's header: its name, when its facts were collected, and from what.
 *
 * @param sources one entry per collection that fed the document (an RVTools export of one
 *                vCenter, a CMDB extract); null when the document does not say
 */
public record EstateInfo(String name, Instant collectedAt, String source, List<Source> sources) {

    /**
     * One collection that fed the estate.
     *
     * @param manager the management server it was taken from; null: none or unknown
     * @param file    the input's file name as given, without the directory of the machine that read it
     * @param skipped the rows an importer left out; empty: none; null: not recorded
     */
    public record Source(String id, SourceKind kind, String manager, Instant collectedAt, String tool,
                         String file, List<SkippedRow> skipped) {

        /** The number of rows left out, 0 when none or not recorded. */
        public int skippedCount() {
            return skipped == null ? 0 : skipped.size();
        }
    }

    /**
     * A row of a third-party export an importer left out, and why.
     *
     * @param at     where: {@code vInfo!10} in a workbook, {@code vms.csv:14} in a CSV file
     * @param reason one line, e.g. {@code no Host}
     */
    public record SkippedRow(String at, String reason) {
    }

    /** The latest collection time of the sources, or null when none gives one. */
    public Instant latestSourceTime() {
        return sources == null ? null : sources.stream().map(Source::collectedAt).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
    }
}
