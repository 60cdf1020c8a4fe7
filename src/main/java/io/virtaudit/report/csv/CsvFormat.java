package io.virtaudit.report.csv;

import io.virtaudit.report.ReportFormat;
import io.virtaudit.report.ReportSettings;
import io.virtaudit.report.Reporter;
import java.util.List;

/** The {@code csv} format: one row per finding, for spreadsheets and scripts. */
public final class CsvFormat implements ReportFormat {

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public List<String> extensions() {
        return List.of(".csv");
    }

    @Override
    public Reporter create(ReportSettings settings) {
        return new CsvReporter();
    }
}
