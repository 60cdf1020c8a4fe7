package io.virtaudit.engine;

import io.virtaudit.rules.RuleMetadata;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kie.api.KieBase;

/**
 * Rule packs compiled into one KieBase (thread-safe, built once per run) with the metadata of
 * every rule, sorted by id, and the thresholds each rule reads.
 *
 * @param thresholds per rule id, the names of the {@code thresholds} global it reads, sorted
 */
public record CompiledRules(KieBase kieBase, List<RuleMetadata> rules, List<RulePack> packs,
                            Map<String, List<String>> thresholds) {

    public Map<String, RuleMetadata> byId() {
        return rules.stream().collect(Collectors.toMap(RuleMetadata::id, Function.identity()));
    }

    /** The thresholds a rule reads; empty for rules that read none. */
    public List<String> thresholdsOf(String ruleId) {
        return thresholds.getOrDefault(ruleId, List.of());
    }
}
