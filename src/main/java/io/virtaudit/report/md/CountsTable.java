package io.virtaudit.report.md;

import io.virtaudit.finding.Finding;
import io.virtaudit.finding.FindingStatus;
import io.virtaudit.report.Report;
import io.virtaudit.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** The findings per severity as a Markdown table, with the baseline's columns when there is one. */
final class CountsTable {

    private CountsTable() {
    }

    static void append(StringBuilder md, Report report) {
        boolean baseline = report.summary().changes() != null;
        List<String> header = new ArrayList<>(List.of("severity", "findings", "waived"));
        if (baseline) {
            header.addAll(List.of("before", "new", "persisting", "resolved"));
        }
        row(md, header);
        md.append("|---").append("|---:".repeat(header.size() - 1)).append("|\n");
        int[] totals = new int[header.size() - 1];
        for (Severity severity : Severity.values()) {
            int[] counts = counts(report, severity, baseline);
            List<String> cells = new ArrayList<>(List.of(severity.wireName()));
            for (int i = 0; i < counts.length; i++) {
                totals[i] += counts[i];
                cells.add(String.valueOf(counts[i]));
            }
            row(md, cells);
        }
        List<String> total = new ArrayList<>(List.of("**total**"));
        for (int value : totals) {
            total.add("**" + value + "**");
        }
        row(md, total);
    }

    private static int[] counts(Report report, Severity severity, boolean baseline) {
        Predicate<Finding> ofSeverity = f -> f.severity() == severity;
        int findings = count(report.findings(), ofSeverity);
        int waived = count(report.findings(), ofSeverity.and(Finding::waived));
        if (!baseline) {
            return new int[] {findings, waived};
        }
        Map<String, Integer> before = report.summary().baselineBySeverity();
        return new int[] {findings, waived,
            before == null ? 0 : before.getOrDefault(severity.wireName(), 0),
            count(report.findings(), ofSeverity.and(f -> f.status() == FindingStatus.NEW)),
            count(report.findings(), ofSeverity.and(f -> f.status() == FindingStatus.PERSISTING)),
            count(report.resolved(), ofSeverity)};
    }

    private static int count(List<Finding> findings, Predicate<Finding> which) {
        return (int) findings.stream().filter(which).count();
    }

    private static void row(StringBuilder md, List<String> cells) {
        md.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }
}
