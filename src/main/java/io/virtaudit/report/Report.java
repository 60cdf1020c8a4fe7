package io.virtaudit.report;

import io.virtaudit.finding.Finding;
import io.virtaudit.waiver.WaiverUse;
import io.virtaudit.model.Estate;
import io.virtaudit.model.EstateInfo;
import io.virtaudit.rules.RuleMetadata;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything a reporter writes: the tool, the estate, the summary, the sorted findings and the
 * rules evaluated, and the estate's objects for inventory sheets (null where a report is built
 * without them). Built once per run; every output format renders the same report.
 */
public record Report(Tool tool, EstateSummary estate, Summary summary, List<Finding> findings,
                     List<Finding> resolved, WaiverUse waivers, List<RuleResult> rules, Run run, Estate inventory) {

    /**
     * The run itself: its date (waiver expiry is judged against it) and the files that shaped it.
     *
     * @param baseline the previous findings file, or null
     * @param waivers  the waiver file, or null
     * @param policy   the policy file, or null for the default policy
     */
    public record Run(LocalDate date, String baseline, String waivers, String policy) {
    }

    /** The tool and the rule packs it ran. */
    public record Tool(String name, String version, List<Pack> rulePacks) {
    }

    /** A rule pack by id and version. */
    public record Pack(String id, String version) {
    }

    /**
     * The estate checked.
     *
     * @param collectedAt          as stated by the estate, else the latest of its sources', or null
     * @param referenceTime        the time age-based rules measured against
     * @param referenceTimeAssumed true when the run's own time stood in for a missing collectedAt
     * @param sources              the estate's sources, each with its own collection time and skipped rows;
     *                             empty when the estate does not record them
     */
    public record EstateSummary(String name, Instant collectedAt, String source, Map<String, Integer> counts,
                                Instant referenceTime, boolean referenceTimeAssumed, List<String> inputs,
                                List<EstateInfo.Source> sources) {

        public EstateSummary {
            sources = sources == null ? List.of() : List.copyOf(sources);
        }

        /** Rows of third-party exports the importers left out, over every source (DAT-002 reports them). */
        public int skippedRows() {
            return sources.stream().mapToInt(EstateInfo.Source::skippedCount).sum();
        }
    }

    /**
     * Counts over the findings.
     *
     * @param bySeverity         findings per severity (waived ones included), critical first, zero included
     * @param byDomain           findings per rule domain (CMP, AVL, …), sorted
     * @param score              the overall compliance score, 0–100
     * @param scoreByDomain      the score per rule domain, sorted
     * @param baselineBySeverity the baseline's findings per severity, or null without a baseline
     * @param changes            new, persisting and resolved counts, or null without a baseline
     */
    public record Summary(int findings, int waived, Map<String, Integer> bySeverity, Map<String, Integer> byDomain,
                          int rulesEvaluated, int rulesFailed, Double score, Map<String, Double> scoreByDomain,
                          Map<String, Integer> baselineBySeverity, Changes changes) {
    }

    /** Against a baseline: how many findings are new, persisting, and resolved. */
    public record Changes(int added, int persisting, int resolved) {
    }

    /**
     * One rule evaluated and how many findings it gave.
     *
     * @param thresholds the thresholds it reads, by name, with the values in effect
     */
    public record RuleResult(RuleMetadata rule, int findings, Map<String, String> thresholds) {
    }
}
