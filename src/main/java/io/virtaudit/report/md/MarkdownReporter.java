package io.virtaudit.report.md;

import io.virtaudit.finding.Finding;
import io.virtaudit.finding.FindingStatus;
import io.virtaudit.report.Report;
import io.virtaudit.report.Reporter;
import io.virtaudit.rules.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A summary short enough to paste into a change ticket: counts, score, and against a baseline what
 * the change introduced and resolved; without one, the findings by severity, at most
 * {@value #MAX_LISTED} listed.
 */
public final class MarkdownReporter implements Reporter {

    /** The most findings one list shows; the rest are counted. */
    static final int MAX_LISTED = 50;

    @Override
    public String format() {
        return "md";
    }

    @Override
    public String defaultFileName() {
        return "virtaudit-report.md";
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        out.write(render(report).getBytes(StandardCharsets.UTF_8));
    }

    static String render(Report report) {
        StringBuilder md = new StringBuilder();
        md.append("# virtaudit: ").append(MarkdownText.of(estateName(report)));
        if (report.run() != null && report.run().date() != null) {
            md.append(", ").append(report.run().date());
        }
        md.append("\n\n");
        CountsTable.append(md, report);
        md.append('\n').append(scoreLine(report)).append("\n");
        if (report.summary().changes() != null) {
            changes(md, report);
        } else {
            bySeverity(md, report);
        }
        return md.toString();
    }

    private static String estateName(Report report) {
        return report.estate() == null || report.estate().name() == null ? "estate" : report.estate().name();
    }

    private static String scoreLine(Report report) {
        Report.Summary summary = report.summary();
        String score = summary.score() == null ? "n/a" : String.format(Locale.ROOT, "%.1f", summary.score());
        StringBuilder line = new StringBuilder("Score: **").append(score).append("** / 100; ")
                .append(summary.rulesEvaluated()).append(" rules evaluated, ").append(summary.rulesFailed())
                .append(" with findings");
        if (report.run() != null && report.run().baseline() != null) {
            line.append("; baseline: ").append(MarkdownText.of(report.run().baseline()));
        }
        return line.toString();
    }

    /** Against a baseline: what the change brought in, what it fixed, and how much was already there. */
    private static void changes(StringBuilder md, Report report) {
        List<Finding> introduced = report.findings().stream()
                .filter(f -> f.status() == FindingStatus.NEW && !f.waived()).toList();
        md.append("\n## Introduced (").append(introduced.size()).append(")\n\n");
        list(md, introduced, MAX_LISTED, "none");
        md.append("\n## Resolved (").append(report.resolved().size()).append(")\n\n");
        list(md, report.resolved(), MAX_LISTED, "none");
        List<Finding> open = report.findings().stream()
                .filter(f -> f.status() == FindingStatus.PERSISTING && !f.waived()).toList();
        long waived = report.findings().stream().filter(Finding::waived).count();
        md.append("\n## Still open\n\n");
        md.append("- ").append(open.size()).append(" persisting").append(perSeverity(open)).append('\n');
        md.append("- ").append(waived).append(" waived\n");
    }

    /** Without a baseline: every finding by severity, up to the limit. */
    private static void bySeverity(StringBuilder md, Report report) {
        md.append("\n## Findings\n");
        if (report.findings().isEmpty()) {
            md.append("\nnone\n");
            return;
        }
        int room = MAX_LISTED;
        for (Severity severity : Severity.values()) {
            List<Finding> ofSeverity = report.findings().stream().filter(f -> f.severity() == severity).toList();
            if (ofSeverity.isEmpty() || room == 0) {
                continue;
            }
            md.append("\n### ").append(title(severity)).append(" (").append(ofSeverity.size()).append(")\n\n");
            int shown = Math.min(room, ofSeverity.size());
            list(md, ofSeverity.subList(0, shown), shown, "none");
            room -= shown;
        }
        int more = report.findings().size() - MAX_LISTED;
        if (more > 0) {
            md.append("\n… and ").append(more).append(" more\n");
        }
    }

    private static void list(StringBuilder md, List<Finding> findings, int limit, String empty) {
        if (findings.isEmpty()) {
            md.append(empty).append('\n');
            return;
        }
        findings.stream().limit(limit).forEach(f -> md.append(bullet(f)).append('\n'));
        if (findings.size() > limit) {
            md.append("- … and ").append(findings.size() - limit).append(" more\n");
        }
    }

    /** {@code - **RULE-ID** type id (name): message}, the name only where it differs from the id. */
    static String bullet(Finding f) {
        StringBuilder line = new StringBuilder("- **").append(MarkdownText.of(f.ruleId())).append("** ")
                .append(f.subject().type().wireName()).append(' ').append(MarkdownText.of(f.subject().id()));
        String name = f.subject().name();
        if (name != null && !name.equals(f.subject().id())) {
            line.append(" (").append(MarkdownText.of(name)).append(')');
        }
        line.append(": ").append(MarkdownText.of(f.message()));
        if (f.waived()) {
            line.append(" (waived)");
        }
        return line.toString();
    }

    private static String perSeverity(List<Finding> findings) {
        List<String> parts = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            long n = findings.stream().filter(f -> f.severity() == severity).count();
            if (n > 0) {
                parts.add(n + " " + severity.wireName());
            }
        }
        return parts.isEmpty() ? "" : ": " + String.join(", ", parts);
    }

    private static String title(Severity severity) {
        String name = severity.wireName();
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
