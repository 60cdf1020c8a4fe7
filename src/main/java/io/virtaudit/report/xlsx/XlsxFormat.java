package io.virtaudit.report.xlsx;

import io.virtaudit.report.ReportFormat;
import io.virtaudit.report.ReportSettings;
import io.virtaudit.report.Reporter;
import java.util.List;

/** The {@code xlsx} format: the assessment workbook, over the built-in template or the run's {@code --template}. */
public final class XlsxFormat implements ReportFormat {

    @Override
    public String name() {
        return "xlsx";
    }

    @Override
    public List<String> extensions() {
        return List.of(".xlsx");
    }

    @Override
    public Reporter create(ReportSettings settings) {
        return settings.template() == null ? new XlsxReporter() : new XlsxReporter(settings.template());
    }
}
