package io.virtaudit.report.xlsx;

import io.virtaudit.waiver.WaiverUse;
import io.virtaudit.finding.Finding;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A report whose every text from the data holds what XML 1.0 cannot (NUL, BEL, ESC and other C0
 * controls, U+FFFE, U+FFFF, lone surrogates) and escape sequences a terminal obeys, with subject
 * ids that a hyperlink or sheet reference could choke on ({@code '}, {@code #}, {@code ]}, longer
 * than a cell holds).
 */
final class HostileReport {

    /** Every kind of character XML 1.0 cannot hold, in an escape sequence and alone. */
    static final String BAD = "\u0000\u0001\u0007\u0008\u000b\u000c\u000e\u001b[2J\u001b]0;title\u0007\u001f"
            + "\uFFFE\uFFFF\uD800x\uDC00";
    static final String ESTATE = "ACME " + BAD;
    static final String QUOTED_HOST = "h1'#]!A1 'Hosts'!A2";
    static final String BAD_VM = "vm" + BAD;
    static final String LONG_VM = "v".repeat(40_000);
    static final String CLUSTER_NAME = "prod" + BAD;
    static final String MESSAGE = "over-committed " + BAD;
    static final RuleMetadata CMP = ReportFixture.rule("CMP-001", "Host CPU over-committed " + BAD, Severity.CRITICAL,
            "compute", SubjectType.HOST);
    static final RuleMetadata TIM = ReportFixture.rule("TIM-004", "Timing " + BAD, Severity.HIGH, "time",
            SubjectType.VM);
    static final RuleMetadata NET = ReportFixture.rule("NET-002", "VLAN " + BAD, Severity.MEDIUM, "network",
            SubjectType.VM);
    static final RuleMetadata AVL = ReportFixture.rule("AVL-003", "Admission " + BAD, Severity.LOW, "availability",
            SubjectType.CLUSTER);

    private HostileReport() {
    }

    static Estate estate(Instant collected) {
        Cluster c1 = new Cluster("c1", CLUSTER_NAME, new Cluster.Ha(true, null, null, null, null, null), true, null,
                Map.of("owner" + BAD, "ops" + BAD));
        Host h1 = host(QUOTED_HOST, "esx" + BAD);
        Host h2 = host("h2", "esx02");
        Vm bad = vm(BAD_VM, QUOTED_HOST);
        Vm long1 = vm(LONG_VM, "h2");
        Lun lun = new Lun("lun" + BAD, "ds" + BAD, null, null, 1000.0, 250.0, null, null, List.of(QUOTED_HOST),
                Map.of());
        MultipathConfig path = new MultipathConfig(QUOTED_HOST, "lun" + BAD, List.of(), null, null, null, null,
                Map.of());
        Vlan vlan = new Vlan(100, "vlan" + BAD, List.of(), 1500, List.of(QUOTED_HOST), Map.of());
        Map<Estate.SubjectKey, SourceRef> sources = new HashMap<>();
        List<EstateObject> all = List.of(c1, h1, h2, bad, long1, lun, path, vlan);
        for (int i = 0; i < all.size(); i++) {
            EstateObject o = all.get(i);
            sources.put(new Estate.SubjectKey(o.subjectType(), o.subjectId()),
                    new SourceRef("lab" + BAD + ".yaml", "/x/" + i));
        }
        return new Estate(new EstateInfo(ESTATE, collected, "source " + BAD, null), collected, false, List.of(c1),
                List.of(h1, h2), List.of(bad, long1), List.of(lun), List.of(path), List.of(vlan), List.of(), List.of(), sources,
                List.of("lab" + BAD + ".yaml"));
    }

    static Report report() {
        return report(ReportFixture.COLLECTED);
    }

    /** The report on the hostile estate, collected at {@code collected}. */
    static Report report(Instant collected) {
        Estate estate = estate(collected);
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("key" + BAD, "value" + BAD);
        Waiver waiver = new Waiver("NET-002", LONG_VM, null, "accepted " + BAD, "CAB" + BAD, LocalDate.of(2027, 1, 31),
                "CHG" + BAD, new SourceRef("waivers" + BAD + ".yaml", "/waivers/0"));
        List<Finding> findings = List.of(
                ReportFixture.finding(CMP, new Subject(SubjectType.HOST, QUOTED_HOST, "esx" + BAD), MESSAGE,
                        Map.of("ratio", 4.5)),
                ReportFixture.finding(TIM, new Subject(SubjectType.VM, BAD_VM, BAD_VM), "timing " + BAD, evidence),
                ReportFixture.finding(NET, new Subject(SubjectType.VM, LONG_VM, LONG_VM), "vlan " + BAD, Map.of())
                        .with(io.virtaudit.finding.FindingStatus.NEW, waiver),
                ReportFixture.finding(AVL, new Subject(SubjectType.CLUSTER, "c1", CLUSTER_NAME), "ha " + BAD,
                        Map.of()));
        Report plain = ReportFixture.report(findings, estate);
        List<Report.RuleResult> rules = new ArrayList<>();
        for (RuleMetadata rule : List.of(CMP, TIM, NET, AVL)) {
            rules.add(new Report.RuleResult(rule, 1, Map.of("limit" + BAD, "3" + BAD)));
        }
        Report.EstateSummary summary = new Report.EstateSummary(ESTATE, collected, "source " + BAD, estate.counts(),
                collected, false, estate.inputs(), null);
        return new Report(new Report.Tool("virtaudit", "1.0.0", List.of(new Report.Pack("core" + BAD, "1"))),
                summary, plain.summary(), findings, List.of(),
                new WaiverUse(List.of(new WaiverUse.Applied(waiver, 1)), List.of(), List.of()), rules,
                new Report.Run(LocalDate.of(2026, 11, 24), null, "waivers" + BAD + ".yaml", "policy" + BAD),
                estate);
    }

    private static Host host(String id, String name) {
        return new Host(id, name, "c1", null, null, null, new Host.Cpu("Xeon" + BAD, null, 2, 16, true), 512.0, 4, 2,
                2, List.of("ntp" + BAD), null, true, List.of(), null, null, null, null, null, null,
                Map.of());
    }

    private static Vm vm(String id, String host) {
        return new Vm(id, id, host, "Windows " + BAD, null, 4, 16.0, null, null, false, null, null, true, null,
                List.of(), List.of("ds" + BAD), List.of(100), null, "ops" + BAD, null, Map.of(), null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
