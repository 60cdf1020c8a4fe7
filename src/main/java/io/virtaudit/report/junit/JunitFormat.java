package io.virtaudit.report.junit;

import io.virtaudit.report.ReportFormat;
import io.virtaudit.report.ReportSettings;
import io.virtaudit.report.Reporter;
import java.util.List;

/** The {@code junit} format: JUnit XML for CI servers; {@code .junit.xml} is its own, a plain {@code .xml} picks it too. */
public final class JunitFormat implements ReportFormat {

    @Override
    public String name() {
        return "junit";
    }

    @Override
    public List<String> extensions() {
        return List.of(".junit.xml", ".xml");
    }

    @Override
    public Reporter create(ReportSettings settings) {
        return new JunitReporter();
    }
}
