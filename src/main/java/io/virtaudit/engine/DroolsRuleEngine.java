package io.virtaudit.engine;

import io.virtaudit.importer.InputException;
import io.virtaudit.model.Estate;
import io.virtaudit.rules.Policy;
import io.virtaudit.rules.RuleMetadata;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Global;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Runs compiled rule packs over an estate in one KieSession (sessions are not thread-safe, the
 * KieBase is): inserts every object, the thresholds and the data gaps, fires, collects findings.
 */
public final class DroolsRuleEngine implements RuleEngine {

    /** Globals the built-in pack uses; packs declare the ones they need. */
    public static final String FINDINGS_GLOBAL = "findings";
    public static final String THRESHOLDS_GLOBAL = "thresholds";
    public static final String REFERENCE_TIME_GLOBAL = "referenceTime";

    private final CompiledRules rules;
    private final Policy policy;
    private final long firingLimit;
    private final RunTimings timings;

    public DroolsRuleEngine(CompiledRules rules, Policy policy, long firingLimit) {
        this(rules, policy, firingLimit, RunTimings.recording());
    }

    /** An engine that records its phases (derive, insert, fire, collect) in {@code timings}. */
    public DroolsRuleEngine(CompiledRules rules, Policy policy, long firingLimit, RunTimings timings) {
        this.rules = rules;
        this.policy = policy;
        this.firingLimit = firingLimit;
        this.timings = timings;
    }

    @Override
    public Evaluation evaluate(Estate estate) {
        List<RuleMetadata> enabled = rules.rules().stream().filter(policy::enables).toList();
        Set<String> enabledIds = new HashSet<>();
        enabled.forEach(r -> enabledIds.add(r.id()));
        FindingSink sink = new FindingSink(rules.byId(), policy.severityOverrides(), estate);
        KieSession session = rules.kieBase().newKieSession();
        Map<String, int[]> firings = new HashMap<>();
        try {
            setGlobals(session, sink, estate);
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    firings.computeIfAbsent(event.getMatch().getRule().getName(), k -> new int[1])[0]++;
                }
            });
            Set<String> needs = new HashSet<>();
            enabled.forEach(r -> needs.addAll(r.needs()));
            List<Object> derived = timings.time("derive facts", () -> {
                List<Object> facts = new java.util.ArrayList<>(DerivedFacts.of(estate));
                facts.addAll(FieldCatalog.gaps(estate, needs));
                return facts;
            });
            timings.run("insert facts", () -> insert(session, estate, derived));
            int fired = timings.time("fire rules", () -> session.fireAllRules(
                    match -> enabledIds.contains(String.valueOf(match.getRule().getMetaData().get("id"))),
                    (int) Math.min(Integer.MAX_VALUE, firingLimit)));
            if (fired >= firingLimit) {
                throw runaway(firings);
            }
        } catch (ConsequenceException e) {
            throw failure(e);
        } finally {
            session.dispose();
        }
        return new Evaluation(timings.time("sort findings", sink::findings), enabled);
    }

    private static void insert(KieSession session, Estate estate, List<Object> derived) {
        estate.clusters().forEach(session::insert);
        estate.hosts().forEach(session::insert);
        estate.vms().forEach(session::insert);
        estate.luns().forEach(session::insert);
        estate.multipath().forEach(session::insert);
        estate.vlans().forEach(session::insert);
        session.insert(estate.info());
        derived.forEach(session::insert);
    }

    private void setGlobals(KieSession session, FindingSink sink, Estate estate) {
        Set<String> declared = new HashSet<>();
        for (KiePackage kiePackage : rules.kieBase().getKiePackages()) {
            for (Global global : kiePackage.getGlobalVariables()) {
                declared.add(global.getName());
            }
        }
        if (declared.contains(FINDINGS_GLOBAL)) {
            session.setGlobal(FINDINGS_GLOBAL, sink);
        }
        if (declared.contains(THRESHOLDS_GLOBAL)) {
            session.setGlobal(THRESHOLDS_GLOBAL, policy.thresholds());
        }
        if (declared.contains(REFERENCE_TIME_GLOBAL)) {
            session.setGlobal(REFERENCE_TIME_GLOBAL, estate.referenceTime());
        }
    }

    private InputException runaway(Map<String, int[]> firings) {
        String rule = firings.entrySet().stream().max(Map.Entry.comparingByValue((a, b) -> Integer.compare(a[0], b[0])))
                .map(Map.Entry::getKey).orElse("?");
        return new InputException(fileOf(rule), "rule \"" + rule + "\"",
                "rules fired " + firingLimit + " times without end (the firing limit); this rule fired most");
    }

    private InputException failure(ConsequenceException e) {
        String rule = e.getMatch() == null ? "?" : e.getMatch().getRule().getName();
        List<Object> objects = e.getMatch() == null ? List.of() : e.getMatch().getObjects();
        String subject = objects.stream().filter(o -> o instanceof io.virtaudit.model.EstateObject)
                .map(o -> (io.virtaudit.model.EstateObject) o)
                .map(o -> o.subjectType().wireName() + " " + o.subjectId()).findFirst().orElse("the estate");
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return new InputException(fileOf(rule), "rule \"" + rule + "\"",
                "the rule failed on " + subject + ": " + cause, e);
    }

    private String fileOf(String ruleName) {
        return rules.rules().stream().filter(r -> r.ruleName().equals(ruleName)).findFirst()
                .map(RuleMetadata::sourceFile).orElse("rule pack");
    }
}
