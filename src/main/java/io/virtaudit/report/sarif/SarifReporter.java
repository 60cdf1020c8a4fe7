package io.virtaudit.report.sarif;

import io.virtaudit.finding.Finding;
import io.virtaudit.report.Report;
import io.virtaudit.report.JsonDocuments;
import io.virtaudit.report.Reporter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0, the format code-scanning dashboards read: one run whose driver lists every rule
 * evaluated and whose results are the findings, waived ones as accepted external suppressions and,
 * against a baseline, resolved ones as absent results.
 */
public final class SarifReporter implements Reporter {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    @Override
    public String format() {
        return "sarif";
    }

    @Override
    public String defaultFileName() {
        return "virtaudit-report.sarif";
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        JsonDocuments.write(document(report), out);
    }

    /** The SARIF log as ordered maps. */
    static Map<String, Object> document(Report report) {
        return new SarifObject()
                .with("$schema", SCHEMA)
                .with("version", "2.1.0")
                .with("runs", List.of(run(report)));
    }

    private static SarifObject run(Report report) {
        Map<String, Integer> ruleIndex = new HashMap<>();
        List<Object> rules = new ArrayList<>();
        SarifTaxonomies taxonomies = new SarifTaxonomies(report.rules());
        for (Report.RuleResult result : report.rules()) {
            ruleIndex.putIfAbsent(result.rule().id(), rules.size());
            SarifObject descriptor = SarifRule.descriptor(result.rule());
            if (!result.rule().controls().isEmpty()) {
                descriptor.with("relationships", taxonomies.relationships(result.rule().controls()));
            }
            rules.add(descriptor);
        }
        boolean withBaseline = report.summary().changes() != null;
        List<Object> results = new ArrayList<>();
        for (Finding f : report.findings()) {
            results.add(SarifResult.of(f, ruleIndex.get(f.ruleId()), withBaseline));
        }
        if (withBaseline) {
            for (Finding f : report.resolved()) {
                results.add(SarifResult.of(f, ruleIndex.get(f.ruleId()), true));
            }
        }
        SarifObject run = new SarifObject()
                .with("tool", new SarifObject().with("driver", driver(report, rules)));
        if (!taxonomies.taxonomies().isEmpty()) {
            run.with("taxonomies", taxonomies.taxonomies());
        }
        return run
                .with("invocations", List.of(new SarifObject().with("executionSuccessful", true)))
                .with("columnKind", "unicodeCodePoints")
                .with("results", results)
                .with("properties", runProperties(report));
    }

    private static SarifObject driver(Report report, List<Object> rules) {
        return new SarifObject()
                .with("name", report.tool().name())
                .with("version", report.tool().version())
                .with("rules", rules)
                .with("properties", new SarifObject().with("rulePacks", report.tool().rulePacks().stream()
                        .map(p -> new SarifObject().with("id", p.id()).with("version", p.version())).toList()));
    }

    private static SarifObject runProperties(Report report) {
        Report.Summary summary = report.summary();
        return new SarifObject()
                .with("estate", report.estate().name())
                .with("collectedAt", report.estate().collectedAt())
                .with("runDate", report.run().date() == null ? null : report.run().date().toString())
                .with("baseline", report.run().baseline())
                .with("score", summary.score())
                .with("bySeverity", summary.bySeverity());
    }
}
