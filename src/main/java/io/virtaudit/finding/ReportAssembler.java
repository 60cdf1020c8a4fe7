package io.virtaudit.finding;

import io.virtaudit.model.Estate;
import io.virtaudit.rules.RuleMetadata;
import io.virtaudit.rules.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds the {@link Report} of a run from the estate, the rules evaluated and their findings. */
public final class ReportAssembler {

    public static final String TOOL_NAME = "virtaudit";

    private ReportAssembler() {
    }

    public static Report assemble(String version, List<Report.Pack> packs, Estate estate,
                                  List<RuleMetadata> rules, List<Finding> findings) {
        Map<String, Long> perRule = findings.stream()
                .collect(Collectors.groupingBy(Finding::ruleId, Collectors.counting()));
        Map<String, Integer> bySeverity = new LinkedHashMap<>();
        for (Severity severity : Severity.values()) {
            bySeverity.put(severity.wireName(), 0);
        }
        Map<String, Integer> byDomain = new TreeMap<>();
        Map<String, RuleMetadata> rulesById = rules.stream().collect(Collectors.toMap(RuleMetadata::id, Function.identity()));
        for (Finding f : findings) {
            bySeverity.merge(f.severity().wireName(), 1, Integer::sum);
            RuleMetadata rule = rulesById.get(f.ruleId());
            byDomain.merge(rule != null ? rule.domain() : f.ruleId().substring(0, 3), 1, Integer::sum);
        }
        int waived = (int) findings.stream().filter(f -> f.waiver() != null).count();
        Report.Summary summary = new Report.Summary(findings.size(), waived, bySeverity, byDomain, rules.size(),
                perRule.size(), null);
        Report.EstateSummary estateSummary = new Report.EstateSummary(estate.info().name(),
                estate.info().collectedAt(), estate.info().source(), estate.counts(), estate.referenceTime(),
                estate.referenceTimeAssumed(), estate.inputs());
        List<Report.RuleResult> results = rules.stream()
                .map(r -> new Report.RuleResult(r, perRule.getOrDefault(r.id(), 0L).intValue())).toList();
        return new Report(new Report.Tool(TOOL_NAME, version, packs), estateSummary, summary, findings, List.of(),
                Report.Waivers.none(), results);
    }
}
