package io.virtaudit.report.junit;

import io.virtaudit.finding.Finding;
import io.virtaudit.report.Report;
import io.virtaudit.rules.RuleMetadata;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a report reads as a test run: one suite per rule domain, one test case per finding (CI
 * servers keep one failure per case, so the failure count is the number of unwaived findings),
 * and one passing case per rule without any, so CI dashboards count rules that hold.
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

    /**
     * One finding of a rule, named after its subject (and its message where the rule reports the
     * subject more than once), or a rule that held everywhere when {@code finding} is null.
     */
    record Case(String ruleId, String name, Finding finding) {

        boolean failed() {
            return finding != null && !finding.waived();
        }

        boolean skipped() {
            return finding != null && finding.waived();
        }
    }

    private TestSuites() {
    }

    /** The suites of a report, by domain in alphabetical order. */
    static List<Suite> of(Report report) {
        Map<String, List<Finding>> byRule = new LinkedHashMap<>();
        for (Finding f : report.findings()) {
            byRule.computeIfAbsent(f.ruleId(), id -> new ArrayList<>()).add(f);
        }
        Map<String, List<Case>> byDomain = new TreeMap<>();
        for (Report.RuleResult result : report.rules()) {
            RuleMetadata rule = result.rule();
            List<Case> cases = byDomain.computeIfAbsent(rule.domain(), d -> new ArrayList<>());
            List<Finding> findings = byRule.remove(rule.id());
            if (findings == null) {
                cases.add(new Case(rule.id(), ALL_SUBJECTS, null));
            } else {
                cases.addAll(cases(rule.id(), findings));
            }
        }
        // findings of rules the report does not list still count: their domain is their id's prefix
        byRule.forEach((ruleId, findings) -> byDomain.computeIfAbsent(domainOf(ruleId), d -> new ArrayList<>())
                .addAll(cases(ruleId, findings)));
        return byDomain.entrySet().stream().map(e -> new Suite(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    /**
     * A case per finding of one rule, each name unique within the rule: the subject, then its
     * message where the rule reports the subject more than once, then a number where even the
     * messages repeat. The report's order is stable, so the names are too.
     */
    private static List<Case> cases(String ruleId, List<Finding> findings) {
        Map<String, Integer> perSubject = new HashMap<>();
        findings.forEach(f -> perSubject.merge(subjectName(f), 1, Integer::sum));
        Map<String, Integer> seen = new HashMap<>();
        List<Case> cases = new ArrayList<>();
        for (Finding f : findings) {
            String name = subjectName(f);
            if (perSubject.get(name) > 1) {
                name = name + ": " + f.message();
            }
            int n = seen.merge(name, 1, Integer::sum);
            cases.add(new Case(ruleId, n == 1 ? name : name + " #" + n, f));
        }
        return cases;
    }

    private static String subjectName(Finding f) {
        return f.subject().type().wireName() + " " + f.subject().id();
    }

    private static String domainOf(String ruleId) {
        int dash = ruleId.indexOf('-');
        return dash < 0 ? ruleId : ruleId.substring(0, dash);
    }
}
