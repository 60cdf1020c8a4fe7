package io.virtaudit.engine;

import io.virtaudit.rules.RuleMetadata;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kie.api.KieBase;

/**
 * Rule packs compiled into one KieBase (thread-safe, built once per run) with the metadata of
 * every rule, sorted by id.
 */
public record CompiledRules(KieBase kieBase, List<RuleMetadata> rules, List<RulePack> packs) {

    public Map<String, RuleMetadata> byId() {
        return rules.stream().collect(Collectors.toMap(RuleMetadata::id, Function.identity()));
    }

    /** The thresholds a rule declares it reads ({@code @thresholds}); empty for an unknown id. */
    public List<String> thresholdsOf(String ruleId) {
        return rules.stream().filter(r -> r.id().equals(ruleId)).findFirst().map(RuleMetadata::thresholds)
                .orElse(List.of());
    }
}
