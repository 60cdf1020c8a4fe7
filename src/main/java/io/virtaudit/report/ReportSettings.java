package io.virtaudit.report;

import java.nio.file.Path;

/**
 * What a run tells the report formats beyond the report itself.
 *
 * @param template the Excel template the workbook is written over ({@code --template}), or null for
 *                 the built-in one; formats other than xlsx ignore it
 */
public record ReportSettings(Path template) {

    /** The defaults: the built-in template. */
    public static ReportSettings defaults() {
        return new ReportSettings(null);
    }
}
