package io.virtaudit.finding;

import io.virtaudit.rules.RuleMetadata;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything a reporter writes: the tool, the estate, the summary, the sorted findings and the
 * rules evaluated. Built once per run; every output format renders the same report.
 */
public record Report(Tool tool, EstateSummary estate, Summary summary, List<Finding> findings,
                     List<Finding> resolved, Waivers waivers, List<RuleResult> rules) {

    /** The tool and the rule packs it ran. */
    public record Tool(String name, String version, List<Pack> rulePacks) {
    }

    /** A rule pack by id and version. */
    public record Pack(String id, String version) {
    }

    /**
     * The estate checked.
     *
     * @param collectedAt          as stated by the estate, or null
     * @param referenceTime        the time age-based rules measured against
     * @param referenceTimeAssumed true when the run's own time stood in for a missing collectedAt
     */
    public record EstateSummary(String name, Instant collectedAt, String source, Map<String, Integer> counts,
                                Instant referenceTime, boolean referenceTimeAssumed, List<String> inputs) {
    }

    /**
     * Counts over the findings.
     *
     * @param bySeverity every severity, critical first, zero included
     * @param byDomain   findings per rule domain (CMP, AVL, …), sorted
     * @param score      the compliance score, null until it is defined
     */
    public record Summary(int findings, int waived, Map<String, Integer> bySeverity, Map<String, Integer> byDomain,
                          int rulesEvaluated, int rulesFailed, Double score) {
    }

    /** Waivers applied, expired and unused (waiver support arrives with the workflow issue). */
    public record Waivers(List<Object> applied, List<Object> expired, List<Object> unused) {
        public static Waivers none() {
            return new Waivers(List.of(), List.of(), List.of());
        }
    }

    /** One rule evaluated and how many findings it gave. */
    public record RuleResult(RuleMetadata rule, int findings) {
    }
}
