package io.virtaudit.report;

import io.virtaudit.finding.FindingStatus;
import io.virtaudit.finding.Finding;
import io.virtaudit.model.Estate;
import io.virtaudit.rules.RuleMetadata;
import io.virtaudit.rules.Severity;
import io.virtaudit.waiver.Baseline;
import io.virtaudit.waiver.WaiverSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds the {@link Report} of a run from the estate, the rules evaluated and their findings,
 * applying the waivers and the baseline of the run.
 */
public final class ReportAssembler {

    public static final String TOOL_NAME = "virtaudit";

    /**
     * What the auditor's workflow adds to a run.
     *
     * @param runDate      the date waivers are judged against
     * @param waivers      the accepted risks (empty without --waivers)
     * @param waiversFile  the waiver file, or null
     * @param baseline     the previous findings, or null
     * @param policyFile   the policy file, or null for the default policy
     * @param thresholds   per rule id, the thresholds it reads with the values in effect
     */
    public record Workflow(LocalDate runDate, WaiverSet waivers, String waiversFile, Baseline baseline,
                           String policyFile, Function<String, Map<String, String>> thresholds) {
        public static Workflow plain(LocalDate runDate) {
            return new Workflow(runDate, WaiverSet.none(), null, null, null, id -> Map.of());
        }
    }

    private ReportAssembler() {
    }

    public static Report assemble(String version, List<Report.Pack> packs, Estate estate,
                                  List<RuleMetadata> rules, List<Finding> evaluated, Workflow workflow) {
        WaiverSet.Outcome waived = workflow.waivers().apply(evaluated, workflow.runDate());
        List<Finding> findings = waived.findings();
        List<Finding> resolved = List.of();
        Report.Changes changes = null;
        Map<String, Integer> baselineBySeverity = null;
        if (workflow.baseline() != null) {
            Baseline.Outcome compared = workflow.baseline().compare(findings);
            findings = compared.findings();
            resolved = compared.resolved();
            int added = (int) findings.stream().filter(f -> f.status() == FindingStatus.NEW).count();
            changes = new Report.Changes(added, findings.size() - added, resolved.size());
            baselineBySeverity = bySeverity(workflow.baseline().findings());
        }
        Map<String, RuleMetadata> rulesById = rules.stream().collect(Collectors.toMap(RuleMetadata::id, Function.identity()));
        Map<String, Integer> byDomain = new TreeMap<>();
        Map<String, Long> perRule = new TreeMap<>();
        for (Finding f : findings) {
            RuleMetadata rule = rulesById.get(f.ruleId());
            byDomain.merge(rule != null ? rule.domain() : f.ruleId().replaceAll("-.*", ""), 1, Integer::sum);
            perRule.merge(f.ruleId(), 1L, Long::sum);
        }
        int waivedCount = (int) findings.stream().filter(Finding::waived).count();
        Score score = Score.of(estate, rules, findings);
        Report.Summary summary = new Report.Summary(findings.size(), waivedCount, bySeverity(findings), byDomain,
                rules.size(), perRule.size(), score.overall(), score.byDomain(), baselineBySeverity, changes);
        Instant collectedAt = estate.info().collectedAt() != null ? estate.info().collectedAt()
                : estate.info().latestSourceTime();
        Report.EstateSummary estateSummary = new Report.EstateSummary(estate.info().name(), collectedAt,
                estate.info().source(), estate.counts(), estate.referenceTime(), estate.referenceTimeAssumed(),
                estate.inputs(), estate.info().sources());
        List<Report.RuleResult> results = rules.stream()
                .map(r -> new Report.RuleResult(r, perRule.getOrDefault(r.id(), 0L).intValue(),
                        workflow.thresholds().apply(r.id()))).toList();
        Report.Run run = new Report.Run(workflow.runDate(),
                workflow.baseline() == null ? null : workflow.baseline().file(), workflow.waiversFile(),
                workflow.policyFile());
        return new Report(new Report.Tool(TOOL_NAME, version, packs), estateSummary, summary, findings, resolved,
                waived.waivers(), results, run, estate);
    }

    /** Findings per severity, critical first, zero included. */
    static Map<String, Integer> bySeverity(List<Finding> findings) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Severity severity : Severity.values()) {
            counts.put(severity.wireName(), 0);
        }
        findings.forEach(f -> counts.merge(f.severity().wireName(), 1, Integer::sum));
        return counts;
    }
}
