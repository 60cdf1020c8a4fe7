package io.virtaudit.report.xlsx;

import io.virtaudit.waiver.WaiverUse;
import io.virtaudit.finding.Finding;
import io.virtaudit.generate.EstateGenerator;
import io.virtaudit.finding.FindingStatus;
import io.virtaudit.report.Report;
import io.virtaudit.finding.Subject;
import io.virtaudit.model.Cluster;
import io.virtaudit.model.Estate;
import io.virtaudit.model.EstateInfo;
import io.virtaudit.model.EstateObject;
import io.virtaudit.model.Host;
import io.virtaudit.model.Lun;
import io.virtaudit.model.MultipathConfig;
import io.virtaudit.model.SourceRef;
import io.virtaudit.model.SubjectType;
import io.virtaudit.model.Vlan;
import io.virtaudit.model.Vm;
import io.virtaudit.rules.RuleMetadata;
import io.virtaudit.rules.Severity;
import io.virtaudit.finding.Waiver;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Hand-built reports for the workbook tests: a small estate with one finding of each severity. */
final class ReportFixture {

    static final Instant COLLECTED = Instant.parse("2026-11-20T08:00:00Z");
    static final String LONG_MESSAGE = "checksum mismatch on path ".repeat(1_600);
    static final String FORMULA_NAME = "=HYPERLINK(\"http://example.invalid\",\"click\")";

    static final RuleMetadata CMP = rule("CMP-001", "Host CPU over-committed", Severity.CRITICAL, "compute",
            SubjectType.HOST);
    static final RuleMetadata TIM = rule("TIM-004", "Timing-sensitive VM on a full-virtualisation host",
            Severity.HIGH, "time", SubjectType.VM);
    static final RuleMetadata NET = rule("NET-002", "VM on an unknown VLAN", Severity.MEDIUM, "network",
            SubjectType.VM);
    static final RuleMetadata AVL = rule("AVL-003", "Cluster without admission control", Severity.LOW,
            "availability", SubjectType.CLUSTER);
    static final RuleMetadata DAT = rule("DAT-001", "Data gaps", Severity.INFO, "data", SubjectType.ESTATE);
    static final RuleMetadata STO = rule("STO-001", "LUN without a second path", Severity.HIGH, "storage",
            SubjectType.LUN);

    private ReportFixture() {
    }

    /** The estate: cluster c1 (prod) with hosts h1, h2; VMs trade01, trade02, web01; a LUN, a path, a VLAN. */
    static Estate estate() {
        Cluster c1 = new Cluster("c1", "prod", new Cluster.Ha(true, null, null, null, null, null), true, null, Map.of());
        Host h1 = host("h1", "esx01", "c1");
        Host h2 = host("h2", "esx02", "c1");
        Vm trade01 = vm("trade01", "h1");
        Vm trade02 = vm("trade02", "h1");
        Vm web01 = vm("web01", "h2");
        Lun lun = new Lun("lun1", "ds-prod", null, null, 1000.0, 250.0, null, null, List.of("h1", "h2"), Map.of());
        MultipathConfig path = new MultipathConfig("h1", "lun1", List.of(), null, null, null, null, Map.of());
        Vlan vlan = new Vlan(100, "prod", List.of(), 1500, List.of("h1"), Map.of());
        Map<Estate.SubjectKey, SourceRef> sources = new HashMap<>();
        List<EstateObject> all = List.of(c1, h1, h2, trade01, trade02, web01, lun, path, vlan);
        for (int i = 0; i < all.size(); i++) {
            EstateObject o = all.get(i);
            sources.put(new Estate.SubjectKey(o.subjectType(), o.subjectId()), new SourceRef("lab.yaml", "/x/" + i));
        }
        return new Estate(new EstateInfo("ACME Production", COLLECTED, "lab.yaml", null), COLLECTED, false, List.of(c1),
                List.of(h1, h2), List.of(trade01, trade02, web01), List.of(lun), List.of(path), List.of(vlan), List.of(),
                List.of(), sources, List.of("lab.yaml"));
    }

    static Report report() {
        return report(true);
    }

    /** A generated estate of {@code vms} VMs, written to {@code dir}: its file. */
    static Path generatedEstate(Path dir, int vms) throws IOException {
        Path file = dir.resolve("estate-" + vms + ".json");
        new EstateGenerator(vms, 3).write(file);
        return file;
    }

    /** A report on {@code estate} with findings of four severities on every seventh object of each list. */
    static Report generated(Estate estate) {
        List<RuleMetadata> rules = List.of(CMP, STO, NET, AVL);
        List<Finding> findings = new ArrayList<>();
        List<EstateObject> objects = Stream.of(estate.hosts(), estate.luns(), estate.vlans(), estate.clusters(),
                estate.vms(), estate.multipath()).flatMap(List::stream).map(EstateObject.class::cast).toList();
        for (int i = 0; i < objects.size(); i += 7) {
            findings.add(finding(rules.get(i % rules.size()), Subject.of(objects.get(i)), "finding " + i, Map.of()));
        }
        return report(findings, estate);
    }

    /** The report, with or without the estate's objects (hand-built reports may lack them). */
    static Report report(boolean withInventory) {
        Map<String, Object> timEvidence = new LinkedHashMap<>();
        timEvidence.put("host", "h1");
        timEvidence.put("virtualization", "full");
        List<Finding> findings = List.of(
                finding(CMP, new Subject(SubjectType.HOST, "h1", "esx01"), "h1 runs 4.5 vCPU per core",
                        Map.of("ratio", 4.5)),
                finding(TIM, new Subject(SubjectType.VM, "trade01", "trade01"),
                        "trade01 is timing-sensitive and runs on h1 (virtualbox, full virtualisation)", timEvidence),
                finding(TIM, new Subject(SubjectType.VM, "trade02", "trade02"),
                        "trade02 is timing-sensitive and runs on h1", timEvidence),
                finding(NET, new Subject(SubjectType.VM, "web01", FORMULA_NAME), "web01 is on VLAN 999",
                        Map.of("vlan", 999)),
                finding(AVL, new Subject(SubjectType.CLUSTER, "c1", "prod"), LONG_MESSAGE, Map.of()),
                finding(DAT, Subject.ESTATE, "12 hosts lack ntpServers", Map.of("field", "host.ntpServers")));
        return report(findings, withInventory ? estate() : null);
    }

    static Report report(List<Finding> findings, Estate inventory) {
        Map<String, Integer> bySeverity = new LinkedHashMap<>();
        for (Severity severity : Severity.values()) {
            bySeverity.put(severity.wireName(), 0);
        }
        Map<String, Integer> byDomain = new java.util.TreeMap<>();
        Map<String, Integer> perRule = new HashMap<>();
        for (Finding f : findings) {
            bySeverity.merge(f.severity().wireName(), 1, Integer::sum);
            byDomain.merge(f.ruleId().substring(0, 3), 1, Integer::sum);
            perRule.merge(f.ruleId(), 1, Integer::sum);
        }
        int waived = (int) findings.stream().filter(Finding::waived).count();
        Map<String, Integer> counts = inventory != null ? inventory.counts() : estate().counts();
        List<Report.RuleResult> rules = new ArrayList<>();
        Stream.of(CMP, TIM, STO, NET, AVL, DAT).forEach(r -> rules.add(new Report.RuleResult(r,
                perRule.getOrDefault(r.id(), 0), r == CMP ? Map.of("vcpuPerCore", "3.0") : Map.of())));
        return new Report(
                new Report.Tool("virtaudit", "1.0.0", List.of(new Report.Pack("core", "1"))),
                new Report.EstateSummary("ACME Production", COLLECTED, "lab.yaml", counts, COLLECTED, false,
                        List.of("lab.yaml"), null),
                new Report.Summary(findings.size(), waived, bySeverity, byDomain, 6, perRule.size(), 80.0,
                        Map.of("TIM", 60.0, "CMP", 90.0), null, null),
                findings, List.of(), WaiverUse.none(), rules,
                new Report.Run(LocalDate.of(2026, 11, 24), null, null, null), inventory);
    }

    /** The same report against a baseline: one finding resolved, the rest persisting. */
    static Report withBaseline(Report plain) {
        Report.Summary s = plain.summary();
        Finding resolved = plain.findings().get(0).with(FindingStatus.RESOLVED, null);
        List<Finding> persisting = plain.findings().stream().map(f -> f.with(FindingStatus.PERSISTING, f.waiver()))
                .toList();
        return new Report(plain.tool(), plain.estate(), new Report.Summary(s.findings(), s.waived(),
                s.bySeverity(), s.byDomain(), s.rulesEvaluated(), s.rulesFailed(), s.score(), s.scoreByDomain(),
                s.bySeverity(), new Report.Changes(0, s.findings(), 1)), persisting, List.of(resolved),
                plain.waivers(), plain.rules(), new Report.Run(plain.run().date(), "previous.json", null, null),
                plain.inventory());
    }

    /** The report with the TIM finding on trade02 waived, and one waiver unused. */
    static Report withWaivers(Report plain) {
        Waiver waiver = new Waiver("TIM-004", "trade02", null, "lab box", "CAB-1", LocalDate.of(2027, 1, 31),
                "CHG-1", new SourceRef("waivers.yaml", "/waivers/0"));
        Waiver unused = new Waiver("NET-*", "nothing", null, "obsolete", "CAB-2", LocalDate.of(2027, 1, 31), null,
                new SourceRef("waivers.yaml", "/waivers/1"));
        List<Finding> findings = plain.findings().stream()
                .map(f -> f.subject().id().equals("trade02") ? f.with(f.status(), waiver) : f).toList();
        Report waived = report(findings, plain.inventory());
        return new Report(waived.tool(), waived.estate(), waived.summary(), waived.findings(), waived.resolved(),
                new WaiverUse(List.of(new WaiverUse.Applied(waiver, 1)), List.of(), List.of(unused)),
                waived.rules(), new Report.Run(LocalDate.of(2026, 11, 24), null, "waivers.yaml", null),
                waived.inventory());
    }

    static RuleMetadata rule(String id, String title, Severity severity, String category, SubjectType subject) {
        return new RuleMetadata(id, title, severity, category, subject, "Fix " + id + ".",
                List.of("KB 1318", "RFC 5905"), "seed-" + id, List.of(), List.of(), List.of(), "core",
                "rules/core.drl", id + " rule");
    }

    static Finding finding(RuleMetadata rule, Subject subject, String message, Map<String, Object> evidence) {
        return new Finding(rule.id(), rule.title(), rule.severity(), rule.category(), subject, message, evidence,
                rule.remediation(), rule.references(), new SourceRef("lab.yaml", "/vms/0"), FindingStatus.NEW, null);
    }

    private static Host host(String id, String name, String cluster) {
        return new Host(id, name, cluster, null, null, null, new Host.Cpu("Xeon", null, 2, 16, true), 512.0, 4, 2,
                2, List.of("ntp1"), null, true, List.of(), null, null, null, null, null, null,
                Map.of());
    }

    private static Vm vm(String id, String host) {
        return new Vm(id, id, host, "Windows Server 2022", null, 4, 16.0, null, null, false, null, null, true, null,
                List.of(), List.of("ds-prod"), List.of(100), null, "ops", null, Map.of(), null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
