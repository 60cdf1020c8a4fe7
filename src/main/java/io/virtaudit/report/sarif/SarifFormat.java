package io.virtaudit.report.sarif;

import io.virtaudit.report.ReportFormat;
import io.virtaudit.report.ReportSettings;
import io.virtaudit.report.Reporter;
import java.util.List;

/** The {@code sarif} format: SARIF 2.1.0 for code-scanning dashboards. */
public final class SarifFormat implements ReportFormat {

    @Override
    public String name() {
        return "sarif";
    }

    @Override
    public List<String> extensions() {
        return List.of(".sarif", ".sarif.json");
    }

    @Override
    public Reporter create(ReportSettings settings) {
        return new SarifReporter();
    }
}
