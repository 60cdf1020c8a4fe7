package io.virtaudit.cli;

import io.virtaudit.finding.Finding;
import io.virtaudit.finding.Report;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** What {@code check} prints: the counts, the reports written, and the findings when none was asked. */
final class ConsoleSummary {

    private static final int MAX_LINES = 40;

    private ConsoleSummary() {
    }

    static void print(Report report, List<Path> written, PrintWriter out) {
        String counts = report.summary().bySeverity().entrySet().stream()
                .filter(e -> e.getValue() > 0).map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", "));
        out.println(report.estate().name() + ": " + report.summary().findings() + " findings"
                + (counts.isEmpty() ? "" : " (" + counts + ")") + " from " + report.summary().rulesEvaluated()
                + " rules, " + report.summary().rulesFailed() + " of them failed");
        if (written.isEmpty()) {
            List<Finding> findings = report.findings();
            findings.stream().limit(MAX_LINES).forEach(f -> out.printf("%-8s  %-7s  %s %s: %s%n",
                    f.severity().wireName(), f.ruleId(), f.subject().type().wireName(), f.subject().id(), f.message()));
            if (findings.size() > MAX_LINES) {
                out.println("… and " + (findings.size() - MAX_LINES) + " more: write a report with -o report.xlsx");
            }
        }
        for (Path path : written) {
            out.println("wrote " + path);
        }
    }
}
