package io.virtaudit.report.xlsx;

import io.virtaudit.finding.Finding;
import io.virtaudit.report.Report;
import io.virtaudit.model.SubjectType;
import io.virtaudit.rules.RuleMetadata;
import io.virtaudit.rules.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The findings counted the ways the workbook shows them: per subject (inventory sheets), per
 * cluster (the summary's chart) and per rule (the remediation plan). One pass over the findings.
 */
final class FindingCounts {

    /** How many subjects a remediation row names before "… and N more". */
    static final int EXAMPLES = 8;

    /** Counts: one per severity, critical first, then the total, then how many are waived. */
    static final class Tally {
        /** Critical first; one array for every tally, as {@code values()} copies its array on each call. */
        static final Severity[] SEVERITIES = Severity.values();

        final int[] bySeverity = new int[SEVERITIES.length];
        int total;
        int waived;

        /** More critical findings first, then more high ones, and so on; then more findings in all. */
        static final Comparator<Tally> MOST_SEVERE_FIRST = (a, b) -> {
            for (int i = 0; i < SEVERITIES.length; i++) {
                if (a.bySeverity[i] != b.bySeverity[i]) {
                    return Integer.compare(b.bySeverity[i], a.bySeverity[i]);
                }
            }
            return Integer.compare(b.total, a.total);
        };

        void add(Finding f) {
            bySeverity[f.severity().ordinal()]++;
            total++;
            if (f.waived()) {
                waived++;
            }
        }

        /** Adds another tally's counts to this one. */
        void add(Tally other) {
            for (int i = 0; i < bySeverity.length; i++) {
                bySeverity[i] += other.bySeverity[i];
            }
            total += other.total;
            waived += other.waived;
        }

        /** The most severe finding's severity, or null without findings. */
        Severity worst() {
            for (Severity severity : SEVERITIES) {
                if (bySeverity[severity.ordinal()] > 0) {
                    return severity;
                }
            }
            return null;
        }

        int open() {
            return total - waived;
        }
    }

    /** A rule with findings: one row of the remediation plan, one of the summary's top risks. */
    static final class RuleFindings {
        final String ruleId;
        final RuleMetadata rule;
        final String title;
        final SubjectType subjectType;
        final String remediation;
        final List<String> references;
        final Tally tally = new Tally();
        private final Set<String> subjects = new LinkedHashSet<>();

        RuleFindings(Finding first, RuleMetadata rule) {
            this.ruleId = first.ruleId();
            this.rule = rule;
            this.title = first.title();
            this.subjectType = first.subject().type();
            this.remediation = first.remediation();
            this.references = first.references();
        }

        void add(Finding f) {
            tally.add(f);
            subjects.add(f.subject().name() == null ? f.subject().id() : f.subject().name());
        }

        /** How many distinct subjects the rule's findings are about. */
        int subjectCount() {
            return subjects.size();
        }

        Severity severity() {
            return tally.worst();
        }

        /** The first subjects by name, with how many more there are. */
        String examples() {
            String named = String.join(", ", subjects.stream().limit(EXAMPLES).toList());
            return subjects.size() > EXAMPLES ? named + " … and " + (subjects.size() - EXAMPLES) + " more" : named;
        }

        /** "Title (ID): 3 hosts (a, b, c). What to do: …", as the summary tells a top risk. */
        String risk() {
            String affected = subjectType == SubjectType.ESTATE ? "the estate as a whole"
                    : subjectCount() + " " + Nouns.subjects(subjectType, subjectCount()) + " (" + examples() + ")";
            String fix = remediation == null || remediation.isBlank() ? "" : " What to do: " + remediation.strip();
            return title + " (" + ruleId + "): " + affected + "." + fix;
        }
    }

    /** Most severe first, then most open findings, then rule id. */
    static final Comparator<RuleFindings> RISK = Comparator.comparing(RuleFindings::severity)
            .thenComparing(p -> -p.tally.open())
            .thenComparing(p -> p.ruleId);

    /** The tally of an object without findings; never added to. */
    private static final Tally NONE = new Tally();

    private final Map<SubjectType, Map<String, Tally>> bySubject = new EnumMap<>(SubjectType.class);
    private final Map<String, Tally> byCluster = new LinkedHashMap<>();
    private final Map<String, RuleFindings> byRule = new LinkedHashMap<>();

    FindingCounts(Report report, EstateIndex estate) {
        Map<String, RuleMetadata> rules = new HashMap<>();
        report.rules().forEach(r -> rules.put(r.rule().id(), r.rule()));
        estate.clusters().forEach(c -> byCluster.put(c.displayName(), new Tally()));
        for (Finding f : report.findings()) {
            bySubject.computeIfAbsent(f.subject().type(), t -> new HashMap<>())
                    .computeIfAbsent(f.subject().id(), k -> new Tally()).add(f);
            String cluster = estate.clusterOf(f.subject());
            if (cluster != null) {
                byCluster.computeIfAbsent(cluster, k -> new Tally()).add(f);
            }
            byRule.computeIfAbsent(f.ruleId(), id -> new RuleFindings(f, rules.get(id))).add(f);
        }
    }

    /** The findings about one object; an object without findings gets an empty tally. */
    Tally of(SubjectType type, String id) {
        Tally tally = bySubject.getOrDefault(type, Map.of()).get(id);
        return tally == null ? NONE : tally;
    }

    /** Findings per cluster name: the estate's clusters in order, then the other buckets that have findings. */
    Map<String, Tally> byCluster() {
        return byCluster;
    }

    /** The rules with findings, riskiest first. */
    List<RuleFindings> plan() {
        List<RuleFindings> plan = new ArrayList<>(byRule.values());
        plan.sort(RISK);
        return plan;
    }
}
