package io.virtaudit.report.md;

import io.virtaudit.report.ReportFormat;
import io.virtaudit.report.ReportSettings;
import io.virtaudit.report.Reporter;
import java.util.List;

/** The {@code md} format: a summary to paste into a change ticket. */
public final class MarkdownFormat implements ReportFormat {

    @Override
    public String name() {
        return "md";
    }

    @Override
    public List<String> extensions() {
        return List.of(".md");
    }

    @Override
    public Reporter create(ReportSettings settings) {
        return new MarkdownReporter();
    }
}
