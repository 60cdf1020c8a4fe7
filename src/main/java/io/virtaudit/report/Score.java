package io.virtaudit.report;

import io.virtaudit.finding.Finding;
import io.virtaudit.model.Estate;
import io.virtaudit.model.SubjectType;
import io.virtaudit.rules.RuleMetadata;
import io.virtaudit.rules.Severity;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The compliance score: for each rule, the share of the objects it judges (every object of its
 * subject type) that pass it, i.e. have no unwaived finding of it; weighted by the rule's
 * severity (critical 10, high 5, medium 3, low 1, info 0) and averaged per domain and overall,
 * as a percentage with one decimal. A rule over a type the estate has none of does not count.
 */
public record Score(double overall, Map<String, Double> byDomain) {

    private static final Map<Severity, Integer> WEIGHTS = Map.of(Severity.CRITICAL, 10, Severity.HIGH, 5,
            Severity.MEDIUM, 3, Severity.LOW, 1, Severity.INFO, 0);

    public static Score of(Estate estate, List<RuleMetadata> rules, List<Finding> findings) {
        Map<String, Set<String>> failing = new HashMap<>();
        for (Finding f : findings) {
            if (!f.waived()) {
                failing.computeIfAbsent(f.ruleId(), k -> new HashSet<>()).add(f.subject().type() + "/" + f.subject().id());
            }
        }
        Map<String, double[]> domains = new TreeMap<>();
        double[] total = new double[2];
        for (RuleMetadata rule : rules) {
            int population = population(estate, rule.subject());
            int weight = WEIGHTS.get(rule.severity());
            if (population == 0 || weight == 0) {
                continue;
            }
            int failed = Math.min(population, failing.getOrDefault(rule.id(), Set.of()).size());
            double pass = 1.0 - (double) failed / population;
            double[] domain = domains.computeIfAbsent(rule.domain(), k -> new double[2]);
            domain[0] += weight * pass;
            domain[1] += weight;
            total[0] += weight * pass;
            total[1] += weight;
        }
        Map<String, Double> byDomain = new TreeMap<>();
        domains.forEach((d, v) -> byDomain.put(d, percent(v)));
        return new Score(percent(total), byDomain);
    }

    private static double percent(double[] sums) {
        return sums[1] == 0 ? 100.0 : Math.round(sums[0] / sums[1] * 1000.0) / 10.0;
    }

    private static int population(Estate estate, SubjectType type) {
        return switch (type) {
            case ESTATE -> 1;
            case CLUSTER -> estate.clusters().size();
            case HOST -> estate.hosts().size();
            case VM -> (int) estate.vms().stream().filter(v -> !v.isTemplateVm() && !v.isAgent()).count();
            case LUN -> estate.luns().size();
            case MULTIPATH -> estate.multipath().size();
            case VLAN -> estate.vlans().size();
            case PORT_GROUP -> estate.portGroups().size();
            case MANAGER -> estate.managers().size();
        };
    }
}
