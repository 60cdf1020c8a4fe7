package io.virtaudit.cli;

import io.virtaudit.finding.Finding;
import io.virtaudit.report.Report;
import io.virtaudit.report.VisibleText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What {@code check} prints: the counts, the reports written, and the findings when none was asked.
 * Every value from the data goes through {@link VisibleText}, so an escape sequence in a name is
 * shown, not obeyed by the terminal.
 */
final class ConsoleSummary {

    private static final int MAX_LINES = 40;

    private ConsoleSummary() {
    }

    static void print(Report report, List<Path> written, PrintWriter out) {
        String counts = report.summary().bySeverity().entrySet().stream()
                .filter(e -> e.getValue() > 0).map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", "));
        out.println(VisibleText.of(report.estate().name()) + ": " + report.summary().findings() + " findings"
                + (counts.isEmpty() ? "" : " (" + counts + ")") + " from " + report.summary().rulesEvaluated()
                + " rules, " + report.summary().rulesFailed() + " of them failed");
        if (written.isEmpty()) {
            List<Finding> findings = report.findings();
            findings.stream().limit(MAX_LINES).forEach(f -> out.printf("%-8s  %-7s  %s %s: %s%n",
                    f.severity().wireName(), VisibleText.of(f.ruleId()), f.subject().type().wireName(),
                    VisibleText.of(f.subject().id()), VisibleText.of(f.message())));
            if (findings.size() > MAX_LINES) {
                out.println("… and " + (findings.size() - MAX_LINES) + " more: write a report with -o report.xlsx");
            }
        }
        for (Path path : written) {
            out.println("wrote " + VisibleText.of(path.toString()));
        }
    }
}
