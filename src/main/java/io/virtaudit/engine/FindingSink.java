package io.virtaudit.engine;

import io.virtaudit.finding.Finding;
import io.virtaudit.finding.FindingStatus;
import io.virtaudit.finding.Subject;
import io.virtaudit.model.Estate;
import io.virtaudit.model.EstateObject;
import io.virtaudit.model.SourceRef;
import io.virtaudit.model.Wire;
import io.virtaudit.rules.MessageTemplate;
import io.virtaudit.rules.RuleMetadata;
import io.virtaudit.rules.Severity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The one way rules report (PMD's {@code ctx.addViolation}): a consequence names the subject and
 * the evidence; the sink fills id, title, severity, remediation and source from the rule's
 * metadata and the estate, and the message from the rule's {@code @message} template. Exposed to
 * DRL as the global {@code findings}.
 */
public final class FindingSink {

    private final Map<String, RuleMetadata> rulesById;
    private final Map<String, Severity> overrides;
    private final Estate estate;
    private final Set<Finding> findings = new LinkedHashSet<>();
    /** Each rule's parsed {@code @message}, parsed when the rule first reports (sessions are single-threaded). */
    private final Map<Rule, MessageTemplate> templates = new IdentityHashMap<>();

    FindingSink(Map<String, RuleMetadata> rulesById, Map<String, Severity> overrides, Estate estate) {
        this.rulesById = rulesById;
        this.overrides = overrides;
        this.estate = estate;
    }

    /** Starts a finding of the firing rule about an object of the estate. */
    public Draft on(RuleContext context, EstateObject subject) {
        return new Draft(metadata(context), context.getRule(), Subject.of(subject), estate.sourceOf(subject));
    }

    /** Starts a finding of the firing rule about the estate as a whole. */
    public Draft onEstate(RuleContext context) {
        String file = estate.inputs().isEmpty() ? "" : String.join(", ", estate.inputs());
        return new Draft(metadata(context), context.getRule(), Subject.ESTATE, new SourceRef(file, ""));
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

    private MessageTemplate template(Rule rule) {
        return templates.computeIfAbsent(rule, r -> {
            Object text = r.getMetaData().get("message");
            if (text == null) {
                throw new IllegalStateException("rule '" + r.getName() + "' reports with its @message, but has none");
            }
            return MessageTemplate.parse(String.valueOf(text));
        });
    }

    /** A finding being written by a consequence; {@link #report()} completes it. */
    public final class Draft {
        private final RuleMetadata rule;
        private final Rule kieRule;
        private final Subject subject;
        private final SourceRef source;
        private final Map<String, Object> evidence = new LinkedHashMap<>();
        /** The values the message may name: the evidence as given, and the mentions. */
        private final Map<String, Object> values = new HashMap<>();
        private Severity severity;

        private Draft(RuleMetadata rule, Rule kieRule, Subject subject, SourceRef source) {
            this.rule = rule;
            this.kieRule = kieRule;
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

        /**
         * The catalogue's "high if …" variants: this severity when the condition holds; an unknown
         * (null) condition leaves the severity as it is.
         */
        public Draft severityIf(Boolean condition, Severity variant) {
            if (Boolean.TRUE.equals(condition)) {
                severity = variant;
            }
            return this;
        }

        /** {@link #severityIf(Boolean, Severity)} with the severity's wire name, as packs wrote it before. */
        public Draft severityIf(boolean condition, String wireName) {
            if (condition) {
                severity = Wire.parse(Severity.class, wireName);
            }
            return this;
        }

        /** Adds one piece of evidence; enumerations are written by their wire names. The message may name it. */
        public Draft evidence(String key, Object value) {
            evidence.put(key, plain(value));
            values.put(key, value);
            return this;
        }

        /** Adds pieces of evidence, as names and values in turn: {@code evidence("host", $h.id(), "paths", $n)}. */
        public Draft evidence(String key, Object value, Object... more) {
            evidence(key, value);
            for (int i = 0; i < pairs(more); i += 2) {
                evidence((String) more[i], more[i + 1]);
            }
            return this;
        }

        /**
         * Gives the message a value that is not evidence (a count or a condition that only shapes the
         * sentence), as names and values in turn.
         */
        public Draft mention(String key, Object value, Object... more) {
            values.put(key, value);
            for (int i = 0; i < pairs(more); i += 2) {
                values.put((String) more[i], more[i + 1]);
            }
            return this;
        }

        private int pairs(Object[] more) {
            if (more.length % 2 != 0) {
                throw new IllegalArgumentException("names and values come in pairs; '" + more[more.length - 1]
                        + "' has no value");
            }
            for (int i = 0; i < more.length; i += 2) {
                if (!(more[i] instanceof String)) {
                    throw new IllegalArgumentException("expected a name where '" + more[i] + "' is");
                }
            }
            return more.length;
        }

        /**
         * Records the finding with the rule's {@code @message}, its placeholders filled from the
         * evidence, the mentions and {@code subject} (the subject's id).
         */
        public void report() {
            values.putIfAbsent("subject", subject.id());
            report(template(kieRule).render(values));
        }

        /** Records the finding with this message; a policy's override sets the final severity. */
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
