package io.virtaudit.rules;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a policy file changes: the thresholds, which rules run, severity overrides, and which
 * custom attributes give backup facts. The
 * default policy ({@code policy/default-policy.yaml}) changes nothing.
 *
 * @param disabledRules      rule ids or globs ({@code AVL-*}) not to run
 * @param disabledCategories categories not to run ({@code management})
 * @param minimumSeverity    rules whose severity is below it do not run; null runs all
 * @param severityOverrides  per rule id: the severity every finding of that rule gets
 * @param backupAttributes   custom attributes that give VMs' backup facts, read before the rules run
 */
public record Policy(Thresholds thresholds, List<String> disabledRules, Set<String> disabledCategories,
                     Severity minimumSeverity, Map<String, Severity> severityOverrides,
                     BackupAttributeMapping backupAttributes) {

    public static Policy defaults() {
        return new Policy(Thresholds.defaults(), List.of(), Set.of(), null, Map.of(), BackupAttributeMapping.none());
    }

    /** Whether a rule runs under this policy. */
    public boolean enables(RuleMetadata rule) {
        if (disabledCategories.contains(rule.category())) {
            return false;
        }
        if (disabledRules.stream().anyMatch(glob -> Globs.matches(glob, rule.id()))) {
            return false;
        }
        return minimumSeverity == null || severityOf(rule).atLeast(minimumSeverity);
    }

    /** The rule's base severity under this policy: its override, or its own. */
    public Severity severityOf(RuleMetadata rule) {
        return severityOverrides.getOrDefault(rule.id(), rule.severity());
    }
}
