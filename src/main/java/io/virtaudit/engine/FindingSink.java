package io.virtaudit.engine;

import io.virtaudit.finding.Finding;
import io.virtaudit.finding.FindingStatus;
import io.virtaudit.finding.Subject;
import io.virtaudit.model.Estate;
import io.virtaudit.model.EstateObject;
import io.virtaudit.model.SourceRef;
import io.virtaudit.model.Wire;
import io.virtaudit.rules.RuleMetadata;
import io.virtaudit.rules.Severity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The one way rules report (PMD's {@code ctx.addViolation}): a consequence names the subject,
 * the message and the evidence; the sink fills id, title, severity, remediation and source from
 * the rule's metadata and the estate. Exposed to DRL as the global {@code findings}.
 */
public final class FindingSink {

    private final Map<String, RuleMetadata> rulesById;
    private final Map<String, Severity> overrides;
    private final Estate estate;
    private final Set<Finding> findings = new LinkedHashSet<>();

    FindingSink(Map<String, RuleMetadata> rulesById, Map<String, Severity> overrides, Estate estate) {
        this.rulesById = rulesById;
        this.overrides = overrides;
        this.estate = estate;
    }

    /** Starts a finding of the firing rule about an object of the estate. */
    public Draft on(RuleContext context, EstateObject subject) {
        return new Draft(metadata(context), Subject.of(subject), estate.sourceOf(subject));
    }

    /** Starts a finding of the firing rule about the estate as a whole. */
    public Draft onEstate(RuleContext context) {
        String file = estate.inputs().isEmpty() ? "" : String.join(", ", estate.inputs());
        return new Draft(metadata(context), Subject.ESTATE, new SourceRef(file, ""));
    }

    List<Finding> findings() {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Finding.ORDER);
        return sorted;
    }

    private RuleMetadata metadata(RuleContext context) {
        Object id = context.getRule().getMetaData().get("id");
        RuleMetadata metadata = rulesById.get(String.valueOf(id));
        if (metadata == null) {
            throw new IllegalStateException("rule '" + context.getRule().getName() + "' has no known @id");
        }
        return metadata;
    }

    /** A finding being written by a consequence; {@link #report(String)} completes it. */
    public final class Draft {
        private final RuleMetadata rule;
        private final Subject subject;
        private final SourceRef source;
        private final Map<String, Object> evidence = new LinkedHashMap<>();
        private Severity severity;

        private Draft(RuleMetadata rule, Subject subject, SourceRef source) {
            this.rule = rule;
            this.subject = subject;
            this.source = source;
            this.severity = rule.severity();
        }

        /** The catalogue's ↑crit: one level higher when the condition holds. */
        public Draft escalateIf(boolean condition) {
            if (condition) {
                severity = severity.escalate();
            }
            return this;
        }

        /** The catalogue's "high if …" variants: this severity (a wire name) when the condition holds. */
        public Draft severityIf(boolean condition, String wireName) {
            if (condition) {
                severity = Wire.parse(Severity.class, wireName);
            }
            return this;
        }

        /** Adds one piece of evidence; enumerations are written by their wire names. */
        public Draft evidence(String key, Object value) {
            evidence.put(key, plain(value));
            return this;
        }

        /** Records the finding with its message; a policy's override sets the final severity. */
        public void report(String message) {
            Severity finalSeverity = overrides.getOrDefault(rule.id(), severity);
            findings.add(new Finding(rule.id(), rule.title(), finalSeverity, rule.category(), subject, message,
                    Collections.unmodifiableMap(new LinkedHashMap<>(evidence)), rule.remediation(),
                    rule.references(), source, FindingStatus.NEW, null));
        }

        private Object plain(Object value) {
            if (value instanceof Wire w) {
                return w.wireName();
            }
            if (value instanceof Collection<?> c) {
                return c.stream().map(this::plain).toList();
            }
            if (value instanceof Double d && d == Math.rint(d) && !d.isInfinite()) {
                return d.longValue();
            }
            if (value instanceof Double d) {
                return Math.round(d * 100.0) / 100.0;
            }
            return value;
        }
    }
}
