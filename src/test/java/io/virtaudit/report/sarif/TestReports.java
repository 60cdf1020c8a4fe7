package io.virtaudit.report.sarif;

import io.virtaudit.waiver.WaiverUse;
import io.virtaudit.finding.Finding;
import io.virtaudit.finding.FindingStatus;
import io.virtaudit.report.Report;
import io.virtaudit.finding.Subject;
import io.virtaudit.model.SourceRef;
import io.virtaudit.model.SubjectType;
import io.virtaudit.rules.RuleMetadata;
import io.virtaudit.rules.Severity;
import io.virtaudit.finding.Waiver;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Hand-built reports for the sarif, junit, csv and md reporter tests: seven rules (one without
 * findings), seven findings (one waived, subject names that try formula and Markdown injection),
 * and, with a baseline, one resolved finding.
 */
public final class TestReports {

    public static final Instant COLLECTED = Instant.parse("2026-11-20T08:00:00Z");
    public static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 24);
    public static final String FORMULA_NAME = "=HYPERLINK(\"http://example.invalid\",\"click\")";
    public static final String MARKDOWN_NAME = "*evil*|<script>";
    public static final Waiver WAIVER = new Waiver("BKP-001", "nobk", null, "rebuilt nightly", "CAB-2026-114",
            LocalDate.of(2027, 3, 31), "CHG-1234", new SourceRef("waivers.yaml", "/waivers/0"));

    public static final RuleMetadata CMP = rule("CMP-001", "Host CPU over-committed", Severity.CRITICAL, "compute",
            SubjectType.HOST);
    public static final RuleMetadata TIM = rule("TIM-004", "Timing-sensitive VM on a full-virtualisation host",
            Severity.HIGH, "time", SubjectType.VM);
    public static final RuleMetadata STO = rule("STO-001", "LUN without a second path", Severity.HIGH, "storage",
            SubjectType.LUN);
    public static final RuleMetadata NET = rule("NET-002", "VM on an unknown VLAN", Severity.MEDIUM, "network",
            SubjectType.VM);
    public static final RuleMetadata BKP = rule("BKP-001", "VM without a backup", Severity.MEDIUM, "backup",
            SubjectType.VM);
    public static final RuleMetadata AVL = rule("AVL-003", "Cluster without admission control", Severity.LOW,
            "availability", SubjectType.CLUSTER);
    public static final RuleMetadata DAT = rule("DAT-001", "Data gaps", Severity.INFO, "data", SubjectType.ESTATE);
    /** Rules in the order the engine would list them (not sorted), STO-001 without findings. */
    public static final List<RuleMetadata> RULES = List.of(CMP, TIM, STO, NET, BKP, AVL, DAT);

    private TestReports() {
    }

    /** Against a baseline: new, persisting (one waived) and one resolved finding. */
    public static Report withBaseline() {
        return report(findings(true), List.of(resolvedLun()), true);
    }

    /** The same findings without a baseline: all new, none resolved. */
    public static Report withoutBaseline() {
        return report(findings(false), List.of(), false);
    }

    /** A report over any findings; the summary is computed from them. */
    public static Report report(List<Finding> findings, List<Finding> resolved, boolean baseline) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Finding.ORDER);
        Map<String, Integer> perRule = new TreeMap<>();
        Map<String, Integer> byDomain = new TreeMap<>();
        for (Finding f : sorted) {
            perRule.merge(f.ruleId(), 1, Integer::sum);
            byDomain.merge(f.ruleId().substring(0, 3), 1, Integer::sum);
        }
        List<Report.RuleResult> rules = RULES.stream()
                .map(r -> new Report.RuleResult(r, perRule.getOrDefault(r.id(), 0), Map.of())).toList();
        int waived = (int) sorted.stream().filter(Finding::waived).count();
        Report.Changes changes = null;
        Map<String, Integer> before = null;
        if (baseline) {
            int added = (int) sorted.stream().filter(f -> f.status() == FindingStatus.NEW).count();
            changes = new Report.Changes(added, sorted.size() - added, resolved.size());
            List<Finding> previous = new ArrayList<>(sorted.stream()
                    .filter(f -> f.status() == FindingStatus.PERSISTING).toList());
            previous.addAll(resolved);
            before = bySeverity(previous);
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("clusters", 3);
        counts.put("hosts", 12);
        counts.put("vms", 150);
        counts.put("luns", 20);
        counts.put("multipath", 60);
        counts.put("vlans", 8);
        return new Report(
                new Report.Tool("virtaudit", "1.0.0", List.of(new Report.Pack("core", "1"))),
                new Report.EstateSummary("ACME Production", COLLECTED, "lab.yaml", counts, COLLECTED, false,
                        List.of("lab.yaml", "inventory.csv"), null),
                new Report.Summary(sorted.size(), waived, bySeverity(sorted), byDomain, rules.size(), perRule.size(),
                        71.4, Map.of("TIM", 60.0), before, changes),
                sorted, resolved,
                waived == 0 ? WaiverUse.none()
                        : new WaiverUse(List.of(new WaiverUse.Applied(WAIVER, waived)), List.of(), List.of()),
                rules,
                new Report.Run(RUN_DATE, baseline ? "previous/findings.json" : null, "waivers.yaml", null), null);
    }

    public static Finding finding(RuleMetadata rule, Subject subject, String message, Map<String, Object> evidence,
                                  SourceRef source, FindingStatus status) {
        return new Finding(rule.id(), rule.title(), rule.severity(), rule.category(), subject, message, evidence,
                rule.remediation(), rule.references(), source, status, null);
    }

    private static List<Finding> findings(boolean baseline) {
        FindingStatus persisting = baseline ? FindingStatus.PERSISTING : FindingStatus.NEW;
        Map<String, Object> timEvidence = new LinkedHashMap<>();
        timEvidence.put("host", "h1");
        timEvidence.put("virtualization", "full");
        return List.of(
                finding(CMP, new Subject(SubjectType.HOST, "h1", "@esx01"), "h1 runs 4.5 vCPU per core",
                        Map.of("ratio", 4.5), new SourceRef("lab.yaml", "/hosts/0"), FindingStatus.NEW),
                finding(TIM, new Subject(SubjectType.VM, "trade01", "+trade01"),
                        "trade01 is timing-sensitive and runs on h1 (virtualbox, full virtualisation)", timEvidence,
                        new SourceRef("inventory.csv", "12:5"), persisting),
                finding(TIM, new Subject(SubjectType.VM, "trade02", "-trade02"),
                        "trade02 is timing-sensitive and runs on h1", timEvidence,
                        new SourceRef("inventory.csv", "13"), FindingStatus.NEW),
                finding(NET, new Subject(SubjectType.VM, "web01", FORMULA_NAME), "web01 is on VLAN 999",
                        Map.of("vlan", 999), new SourceRef("lab.yaml", "/vms/3"), FindingStatus.NEW),
                finding(BKP, new Subject(SubjectType.VM, "nobk", "\tnobk"), "nobk has no backup job",
                        Map.of(), new SourceRef("lab.yaml", "/vms/4"), persisting).with(persisting, WAIVER),
                finding(AVL, new Subject(SubjectType.CLUSTER, "c1", MARKDOWN_NAME),
                        "c1 has admission control off & 3 <hosts>", Map.of("admissionControl", "off"),
                        new SourceRef("lab.yaml", "/clusters/0"), FindingStatus.NEW),
                finding(DAT, Subject.ESTATE, "12 hosts lack ntpServers", Map.of("field", "host.ntpServers"),
                        new SourceRef("lab.yaml", ""), FindingStatus.NEW));
    }

    private static Finding resolvedLun() {
        return finding(STO, new Subject(SubjectType.LUN, "lun7", "lun7"), "lun7 has one path", Map.of("paths", 1),
                new SourceRef("previous.yaml", "/luns/6"), FindingStatus.RESOLVED);
    }

    private static Map<String, Integer> bySeverity(List<Finding> findings) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Severity severity : Severity.values()) {
            counts.put(severity.wireName(), 0);
        }
        findings.forEach(f -> counts.merge(f.severity().wireName(), 1, Integer::sum));
        return counts;
    }

    private static RuleMetadata rule(String id, String title, Severity severity, String category,
                                     SubjectType subject) {
        // CMP-001 names two controls, the others none, so the writers show both cases
        List<String> controls = id.equals("CMP-001") ? List.of("NIST-800-53:CM-6", "CIS-ESXi-8:2.6?") : List.of();
        return new RuleMetadata(id, title, severity, category, subject, "Fix " + id + ".",
                List.of("KB 1318", "https://example.org/kb/" + id), "S1 S6", List.of(), List.of(), controls, "core", "rules/core.drl",
                id + " rule");
    }
}
