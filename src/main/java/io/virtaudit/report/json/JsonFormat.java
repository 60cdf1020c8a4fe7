package io.virtaudit.report.json;

import io.virtaudit.report.ReportFormat;
import io.virtaudit.report.ReportSettings;
import io.virtaudit.report.Reporter;
import java.util.List;

/** The {@code json} format: {@code findings.json}, for pipelines and as a later baseline. */
public final class JsonFormat implements ReportFormat {

    @Override
    public String name() {
        return "json";
    }

    @Override
    public List<String> extensions() {
        return List.of(".json");
    }

    @Override
    public Reporter create(ReportSettings settings) {
        return new JsonReporter();
    }
}
