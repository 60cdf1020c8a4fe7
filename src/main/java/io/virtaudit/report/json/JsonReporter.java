package io.virtaudit.report.json;

import io.virtaudit.finding.Finding;
import io.virtaudit.finding.Report;
import io.virtaudit.report.JsonDocuments;
import io.virtaudit.report.Reporter;
import io.virtaudit.waiver.Waiver;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code findings.json}, field for field as the contract in cli-and-outputs.md shows it. */
public final class JsonReporter implements Reporter {

    @Override
    public String format() {
        return "json";
    }

    @Override
    public String defaultFileName() {
        return "virtaudit-report.json";
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        JsonDocuments.write(document(report), out);
    }

    /** The report as ordered maps, so field order is the contract's and output is byte-stable. */
    public static Map<String, Object> document(Report report) {
        Map<String, Object> doc = new LinkedHashMap<>();
        Map<String, Object> tool = new LinkedHashMap<>();
        tool.put("name", report.tool().name());
        tool.put("version", report.tool().version());
        tool.put("rulePacks", report.tool().rulePacks().stream()
                .map(p -> ordered("id", p.id(), "version", p.version())).toList());
        doc.put("tool", tool);
        Map<String, Object> estate = new LinkedHashMap<>();
        estate.put("name", report.estate().name());
        estate.put("collectedAt", report.estate().collectedAt());
        estate.put("counts", report.estate().counts());
        doc.put("estate", estate);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("findings", report.summary().findings());
        summary.put("waived", report.summary().waived());
        summary.put("bySeverity", report.summary().bySeverity());
        summary.put("rulesEvaluated", report.summary().rulesEvaluated());
        summary.put("rulesFailed", report.summary().rulesFailed());
        summary.put("score", report.summary().score());
        summary.put("scoreByDomain", report.summary().scoreByDomain());
        if (report.summary().changes() != null) {
            summary.put("baseline", ordered("file", report.run().baseline(),
                    "bySeverity", report.summary().baselineBySeverity()));
            summary.put("changes", ordered("new", report.summary().changes().added(),
                    "persisting", report.summary().changes().persisting(),
                    "resolved", report.summary().changes().resolved()));
        }
        doc.put("summary", summary);
        doc.put("findings", report.findings().stream().map(JsonReporter::finding).toList());
        doc.put("resolved", report.resolved().stream().map(JsonReporter::finding).toList());
        doc.put("waivers", ordered(
                "applied", report.waivers().applied().stream()
                        .map(a -> { Map<String, Object> w = waiver(a.waiver()); w.put("findings", a.findings()); return w; }).toList(),
                "expired", report.waivers().expired().stream().map(JsonReporter::waiver).toList(),
                "unused", report.waivers().unused().stream().map(JsonReporter::waiver).toList()));
        if (report.run().waivers() != null) {
            doc.put("run", ordered("date", report.run().date().toString(), "waivers", report.run().waivers()));
        }
        return doc;
    }

    private static Map<String, Object> finding(Finding f) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ruleId", f.ruleId());
        out.put("title", f.title());
        out.put("severity", f.severity().wireName());
        out.put("category", f.category());
        out.put("subject", ordered("type", f.subject().type().wireName(), "id", f.subject().id(),
                "name", f.subject().name()));
        out.put("message", f.message());
        out.put("evidence", f.evidence());
        out.put("remediation", f.remediation());
        out.put("references", f.references());
        out.put("source", f.source() == null ? null
                : ordered("file", f.source().file(), "location", f.source().location()));
        out.put("status", f.status().wireName());
        out.put("waiver", f.waiver() == null ? null : waiver(f.waiver()));
        return out;
    }

    private static Map<String, Object> waiver(Waiver w) {
        return ordered("rule", w.rule(), "subject", w.subject(), "subjectType", w.subjectType(),
                "justification", w.justification(), "approvedBy", w.approvedBy(), "expires", w.expires().toString(),
                "reference", w.reference(), "source", w.source() == null ? null : w.source().toString());
    }

    private static Map<String, Object> ordered(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

}
