package io.virtaudit.engine;

import io.virtaudit.input.InputException;
import io.virtaudit.model.Cluster;
import io.virtaudit.model.Estate;
import io.virtaudit.model.Host;
import io.virtaudit.model.Lun;
import io.virtaudit.model.Manager;
import io.virtaudit.model.MultipathConfig;
import io.virtaudit.model.PortGroup;
import io.virtaudit.model.Vlan;
import io.virtaudit.model.Vm;
import io.virtaudit.model.derived.LunMultipath;
import io.virtaudit.model.derived.MultipathLink;
import io.virtaudit.model.derived.VmPlacement;
import io.virtaudit.rules.Policy;
import io.virtaudit.rules.RuleMetadata;
import java.time.Duration;
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
    private final EvaluationLimits limits;
    private final RunTimings timings;

    /** An engine with the default limits, proportional to the estate. */
    public DroolsRuleEngine(CompiledRules rules, Policy policy) {
        this(rules, policy, EvaluationLimits.DEFAULT, RunTimings.recording());
    }

    /** An engine stopped after {@code firingLimit} firings or ten minutes, whatever the estate. */
    public DroolsRuleEngine(CompiledRules rules, Policy policy, long firingLimit) {
        this(rules, policy, EvaluationLimits.fixed(firingLimit, Duration.ofMinutes(10)), RunTimings.recording());
    }

    /** An engine that records its phases (derive, insert, fire, collect) in {@code timings}. */
    public DroolsRuleEngine(CompiledRules rules, Policy policy, EvaluationLimits limits, RunTimings timings) {
        this.rules = rules;
        this.policy = policy;
        this.limits = limits;
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
            List<Object> derived = timings.time("derive facts", () -> DerivedFacts.of(estate,
                    () -> FieldCatalog.gaps(estate, needs)));
            timings.run("insert facts", () -> insert(session, estate, derived));
            long facts = estateSize(estate) + derived.size();
            long firingLimit = Math.min(Integer.MAX_VALUE, limits.firingsFor(facts));
            Duration timeLimit = limits.timeFor(facts);
            RunawayTimer timer = RunawayTimer.start(session, timeLimit);
            int fired;
            try {
                fired = timings.time("fire rules", () -> session.fireAllRules(
                        match -> enabledIds.contains(String.valueOf(match.getRule().getMetaData().get("id"))),
                        (int) firingLimit));
            } finally {
                timer.cancel();
            }
            if (timer.expired()) {
                throw runaway(firings, "the rules ran longer than " + seconds(timeLimit)
                        + " (the evaluation time limit, " + facts + " facts)");
            }
            if (fired >= firingLimit) {
                throw runaway(firings, "rules fired " + firingLimit + " times without end (the firing limit, "
                        + facts + " facts)");
            }
        } catch (ConsequenceException e) {
            throw failure(e);
        } finally {
            session.dispose();
        }
        return new Evaluation(timings.time("sort findings", sink::findings), enabled);
    }

    /**
     * Inserts the estate's objects, then the derived facts; a collection whose type no pattern of the
     * packs can match is left out: the built-in pack reads VMs and multipath entries through their
     * placements and links, and 100,000s of facts that no rule sees would cost memory and time.
     */
    private void insert(KieSession session, Estate estate, List<Object> derived) {
        MatchedTypes matched = MatchedTypes.of(rules.kieBase());
        insert(session, matched, Cluster.class, estate.clusters());
        insert(session, matched, Host.class, estate.hosts());
        insert(session, matched, Vm.class, estate.vms());
        insert(session, matched, Lun.class, estate.luns());
        insert(session, matched, MultipathConfig.class, estate.multipath());
        insert(session, matched, Vlan.class, estate.vlans());
        insert(session, matched, PortGroup.class, estate.portGroups());
        insert(session, matched, Manager.class, estate.managers());
        session.insert(estate.info());
        derived.forEach(session::insert);
    }

    private static void insert(KieSession session, MatchedTypes matched, Class<?> type, List<?> facts) {
        if (matched.matches(type)) {
            facts.forEach(session::insert);
        }
    }

    /** The estate's objects and its info: the measure the evaluation's limits grow with, with the derived facts. */
    private static long estateSize(Estate estate) {
        return 1L + estate.clusters().size() + estate.hosts().size() + estate.vms().size() + estate.luns().size()
                + estate.multipath().size() + estate.vlans().size() + estate.portGroups().size() + estate.managers().size();
    }

    private static String seconds(Duration duration) {
        return String.format(java.util.Locale.ROOT, "%.0f s", duration.toMillis() / 1000.0);
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

    private InputException runaway(Map<String, int[]> firings, String what) {
        String rule = firings.entrySet().stream().max(Map.Entry.comparingByValue((a, b) -> Integer.compare(a[0], b[0])))
                .map(Map.Entry::getKey).orElse("?");
        return new InputException(fileOf(rule), "rule \"" + rule + "\"", what + "; this rule fired most");
    }

    private InputException failure(ConsequenceException e) {
        String rule = e.getMatch() == null ? "?" : e.getMatch().getRule().getName();
        List<Object> objects = e.getMatch() == null ? List.of() : e.getMatch().getObjects();
        String subject = objects.stream().map(DroolsRuleEngine::subjectOf)
                .filter(o -> o instanceof io.virtaudit.model.EstateObject)
                .map(o -> (io.virtaudit.model.EstateObject) o)
                .map(o -> o.subjectType().wireName() + " " + o.subjectId()).findFirst().orElse("the estate");
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return new InputException(fileOf(rule), "rule \"" + rule + "\"",
                "the rule failed on " + subject + ": " + cause, e);
    }

    /** The object of the estate a fact of a match is about: for a resolved fact, the one it resolves. */
    private static Object subjectOf(Object fact) {
        if (fact instanceof VmPlacement placement) {
            return placement.vm();
        }
        if (fact instanceof MultipathLink link) {
            return link.multipath();
        }
        return fact instanceof LunMultipath entries ? entries.lun() : fact;
    }

    private String fileOf(String ruleName) {
        return rules.rules().stream().filter(r -> r.ruleName().equals(ruleName)).findFirst()
                .map(RuleMetadata::sourceFile).orElse("rule pack");
    }
}
