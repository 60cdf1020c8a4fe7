package io.virtaudit.report.xlsx;

import io.virtaudit.finding.Finding;
import io.virtaudit.finding.FindingStatus;
import io.virtaudit.report.Report;
import io.virtaudit.model.SubjectType;
import io.virtaudit.rules.RuleMetadata;
import io.virtaudit.finding.Waiver;
import io.virtaudit.ooxml.SharedStrings;
import io.virtaudit.waiver.Waivers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The list sheets about findings and rules: Rules, Findings, Remediation plan, Waivers and Changes,
 * with links from each finding to its rule and to its subject's inventory row.
 */
final class FindingLists {

    private final Report report;
    private final EstateIndex estate;
    private final Sheets sheets;
    private final Map<String, String> ruleRows = new HashMap<>();
    /** The sheets whose last rows went without their links. */
    private final List<ListSheet.Unlinked> unlinked = new ArrayList<>();

    FindingLists(Report report, EstateIndex estate, Sheets sheets) {
        this.report = report;
        this.estate = estate;
        this.sheets = sheets;
    }

    /**
     * Adds to {@code table}, the estate's words, those the findings list repeats, in an order the
     * report fixes: subject types, statuses and the cluster groups, then the id, title and
     * remediation of each rule with findings, in the report's order.
     */
    static void words(Report report, SharedStrings table) {
        boolean managers = report.inventory() != null && !report.inventory().managers().isEmpty();
        for (SubjectType type : SubjectType.values()) {
            if (type == SubjectType.MANAGER && !managers) {
                continue; // an estate without managers keeps the strings table it had before they came
            }
            table.add(CellValues.content(type));
        }
        for (FindingStatus status : FindingStatus.values()) {
            table.add(CellValues.content(status));
        }
        EstateIndex.GROUPS.forEach(table::add);
        for (Report.RuleResult result : report.rules()) {
            if (result.findings() > 0) {
                RuleMetadata rule = result.rule();
                table.add(CellValues.content(rule.id()));
                table.add(CellValues.content(rule.title()));
                table.add(CellValues.content(rule.remediation()));
            }
        }
    }

    /** The catalogue as run: every rule evaluated, its findings and the thresholds in effect. */
    void rules() {
        ListSheet sheet = sheets.list(WorkbookLayout.RULES, report.rules().size());
        for (Report.RuleResult result : report.rules()) {
            RuleMetadata rule = result.rule();
            ListSheet.Position at = sheet.append(Arrays.asList(rule.id(), rule.severity(), rule.category(),
                    rule.title(), rule.subject(), result.findings(),
                    result.thresholds() == null || result.thresholds().isEmpty() ? null : result.thresholds(),
                    rule.remediation(), rule.references(), rule.seed(), rule.pack()));
            ruleRows.put(rule.id(), at.location());
        }
        finish(sheet);
    }

    /** One row per finding, in report order; call after {@link #rules()} and the inventory sheets. */
    void findings(InventorySheets inventory) {
        ListSheet sheet = sheets.list(WorkbookLayout.FINDINGS, report.findings().size());
        for (Finding f : report.findings()) {
            sheet.append(Arrays.asList(f.severity(), f.ruleId(), f.title(), f.subject().type(), f.subject().id(),
                    f.subject().name(), estate.clusterOf(f.subject()), f.message(), evidence(f),
                    f.remediation(), f.source() == null ? null : f.source().toString(), f.status(),
                    f.waiver() == null ? null : Waivers.label(f.waiver())),
                    ruleRows.get(f.ruleId()), inventory.locationOf(f.subject().type(), f.subject().id()));
        }
        finish(sheet);
    }

    /** One row per rule with findings, riskiest first. */
    void remediation(FindingCounts counts) {
        List<FindingCounts.RuleFindings> plan = counts.plan();
        ListSheet sheet = sheets.list(WorkbookLayout.REMEDIATION, plan.size());
        int priority = 0;
        for (FindingCounts.RuleFindings p : plan) {
            sheet.append(Arrays.asList(++priority, p.severity(), p.ruleId, p.title, p.subjectType, p.tally.open(),
                    p.tally.waived, p.remediation, p.references, p.examples()), ruleRows.get(p.ruleId));
        }
        finish(sheet);
    }

    /** Waivers applied, expired and unused: the auditor's view of the accepted risks. */
    void waivers() {
        var waivers = report.waivers();
        ListSheet sheet = sheets.list(WorkbookLayout.WAIVERS,
                waivers.applied().size() + waivers.expired().size() + waivers.unused().size());
        report.waivers().applied().forEach(a -> sheet.append(waiverRow("applied", a.waiver(), a.findings())));
        report.waivers().expired().forEach(w -> sheet.append(waiverRow("expired", w, 0)));
        report.waivers().unused().forEach(w -> sheet.append(waiverRow("unused", w, 0)));
        finish(sheet);
    }

    /** New, resolved and persisting findings against the baseline. */
    void changes() {
        List<Finding> ordered = new ArrayList<>();
        report.findings().stream().filter(f -> f.status() == FindingStatus.NEW).forEach(ordered::add);
        ordered.addAll(report.resolved());
        report.findings().stream().filter(f -> f.status() == FindingStatus.PERSISTING).forEach(ordered::add);
        ListSheet sheet = sheets.list(WorkbookLayout.CHANGES, ordered.size());
        for (Finding f : ordered) {
            sheet.append(Arrays.asList(f.status(), f.severity(), f.ruleId(), f.title(), f.subject().type(),
                    f.subject().id(), f.message()), ruleRows.get(f.ruleId()));
        }
        finish(sheet);
    }

    /**
     * The sheets whose last rows went without their links, because their first rows took all the
     * links Excel allows on a sheet; once the lists are written.
     */
    List<ListSheet.Unlinked> unlinked() {
        return List.copyOf(unlinked);
    }

    private void finish(ListSheet sheet) {
        sheet.finish();
        unlinked.addAll(sheet.unlinked());
    }

    private static List<Object> waiverRow(String status, Waiver w, int findings) {
        return Arrays.asList(status, w.rule(), w.subject(), w.subjectType(), w.justification(), w.approvedBy(),
                w.expires(), w.reference(), findings, w.source() == null ? null : w.source().toString());
    }

    private static String evidence(Finding f) {
        return f.evidence() == null || f.evidence().isEmpty() ? null : CellValues.text(f.evidence());
    }
}
