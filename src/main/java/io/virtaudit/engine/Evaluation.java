package io.virtaudit.engine;

import io.virtaudit.finding.Finding;
import io.virtaudit.rules.RuleMetadata;
import java.util.List;

/** The outcome of one evaluation: sorted findings and the rules that were evaluated. */
public record Evaluation(List<Finding> findings, List<RuleMetadata> rulesEvaluated) {
}
