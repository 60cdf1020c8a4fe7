package io.virtaudit.report.junit;

import io.virtaudit.finding.Finding;
import io.virtaudit.finding.Report;
import io.virtaudit.rules.RuleMetadata;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a report reads as a test run: one suite per rule domain, one test case per rule and subject
 * with findings, and one passing case per rule without any, so CI dashboards count rules that hold.
 */
final class TestSuites {

    /** The name of the case of a rule that found nothing. */
    static final String ALL_SUBJECTS = "all subjects";

    /** One domain's cases, in the order of the report's rules. */
    record Suite(String domain, List<Case> cases) {

        int failures() {
            return (int) cases.stream().filter(Case::failed).count();
        }

        int skipped() {
            return (int) cases.stream().filter(Case::skipped).count();
        }
    }

    /** One rule on one subject; no findings means the rule held everywhere. */
    record Case(String ruleId, String name, List<Finding> findings) {

        /** Failed when any finding is not waived. */
        boolean failed() {
            return findings.stream().anyMatch(f -> !f.waived());
        }

        /** Skipped when every finding is waived. */
        boolean skipped() {
            return !findings.isEmpty() && findings.stream().allMatch(Finding::waived);
        }
    }

    private TestSuites() {
    }

    /** The suites of a report, by domain in alphabetical order. */
    static List<Suite> of(Report report) {
        Map<String, Map<String, List<Finding>>> byRule = new LinkedHashMap<>();
        for (Finding f : report.findings()) {
            byRule.computeIfAbsent(f.ruleId(), id -> new LinkedHashMap<>())
                    .computeIfAbsent(f.subject().type().wireName() + " " + f.subject().id(), s -> new ArrayList<>())
                    .add(f);
        }
        Map<String, List<Case>> byDomain = new TreeMap<>();
        for (Report.RuleResult result : report.rules()) {
            RuleMetadata rule = result.rule();
            List<Case> cases = byDomain.computeIfAbsent(rule.domain(), d -> new ArrayList<>());
            Map<String, List<Finding>> subjects = byRule.remove(rule.id());
            if (subjects == null) {
                cases.add(new Case(rule.id(), ALL_SUBJECTS, List.of()));
            } else {
                subjects.forEach((name, findings) -> cases.add(new Case(rule.id(), name, findings)));
            }
        }
        // findings of rules the report does not list still count: their domain is their id's prefix
        byRule.forEach((ruleId, subjects) -> subjects.forEach((name, findings) -> byDomain
                .computeIfAbsent(domainOf(ruleId), d -> new ArrayList<>()).add(new Case(ruleId, name, findings))));
        return byDomain.entrySet().stream().map(e -> new Suite(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    private static String domainOf(String ruleId) {
        int dash = ruleId.indexOf('-');
        return dash < 0 ? ruleId : ruleId.substring(0, dash);
    }
}
