package io.virtaudit.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.virtaudit.TestEstates;
import io.virtaudit.engine.CompiledRules;
import io.virtaudit.engine.DroolsRuleEngine;
import io.virtaudit.engine.EvaluationLimits;
import io.virtaudit.engine.RunTimings;
import io.virtaudit.engine.RuleCompiler;
import io.virtaudit.engine.RulePackReader;
import io.virtaudit.input.InputException;
import io.virtaudit.rules.Policy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule packs are code: a runaway rule is stopped and named, an exception names rule and subject. */
class RulePackSafetyTest {

    @TempDir
    Path dir;

    private static final String HEADER = """
            package acme.unsafe
            import io.virtaudit.model.*
            global io.virtaudit.engine.FindingSink findings
            declare Tick
                n : long
            end
            """;

    private static final String META = "@id(\"ACM-%s\") @title(\"t\") @severity(\"low\") @category(\"c\") @subject(\"vm\")"
            + " @remediation(\"r\") @reference(\"x\") @seed(\"S1\")";

    private CompiledRules pack(String name, String rules) throws IOException {
        Path pack = Files.createDirectories(dir.resolve(name));
        Files.writeString(pack.resolve(name + ".drl"), HEADER + rules);
        return RuleCompiler.compile(List.of(RulePackReader.directory(pack, name)));
    }

    private CompiledRules loop() throws IOException {
        return pack("loop", """
                rule "Count for ever"
                    %s
                when
                    $t : Tick()
                then
                    insert(new Tick($t.getN() + 1));
                end
                rule "Start counting"
                    %s
                when
                    Vm()
                then
                    insert(new Tick(0));
                end
                """.formatted(META.formatted("901"), META.formatted("902")));
    }

    @Test
    void aRuleThatFiresWithoutEndIsStoppedAndNamed() throws IOException {
        CompiledRules rules = loop();
        InputException e = assertThrows(InputException.class, () -> new DroolsRuleEngine(rules, Policy.defaults(), 20_000)
                .evaluate(TestEstates.load(Path.of("sample-data/lab.yaml"))));
        assertThat(e.errors()).hasSize(1);
        assertThat(e.errors().get(0).render()).matches("loop/loop\\.drl:rule \"Count for ever\": rules fired 20000 times"
                + " without end \\(the firing limit, \\d+ facts\\); this rule fired most");
    }

    @Test
    void theDefaultFiringLimitGrowsWithTheEstateSoASmallEstatesRunawayStopsAtOnce() throws IOException {
        CompiledRules rules = loop();
        var lab = TestEstates.load(Path.of("sample-data/lab.yaml"));
        InputException e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(InputException.class,
                () -> new DroolsRuleEngine(rules, Policy.defaults()).evaluate(lab)));
        String message = e.errors().get(0).render();
        assertThat(message).contains("rule \"Count for ever\": rules fired ").contains("(the firing limit, ");
        long facts = Long.parseLong(message.replaceAll(".*the firing limit, (\\d+) facts.*", "$1"));
        assertThat(facts).isBetween(1L, 1_000L);
        assertThat(message).contains("rules fired " + EvaluationLimits.DEFAULT.firingsFor(facts) + " times");
    }

    @Test
    void aRunawayIsStoppedByTheTimeLimitWhenTheFiringLimitIsFarAway() throws IOException {
        CompiledRules rules = loop();
        var lab = TestEstates.load(Path.of("sample-data/lab.yaml"));
        EvaluationLimits limits = EvaluationLimits.fixed(Integer.MAX_VALUE - 1L, Duration.ofSeconds(1));
        InputException e = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThrows(InputException.class,
                () -> new DroolsRuleEngine(rules, Policy.defaults(), limits, RunTimings.recording()).evaluate(lab)));
        assertThat(e.errors().get(0).render()).startsWith("loop/loop.drl:rule \"Count for ever\": the rules ran longer"
                + " than 1 s (the evaluation time limit, ").endsWith("facts); this rule fired most");
    }

    @Test
    void theLimitsGrowWithTheFactsAndSaturate() {
        EvaluationLimits limits = EvaluationLimits.DEFAULT;
        assertThat(limits.firingsFor(0)).isEqualTo(100_000);
        assertThat(limits.firingsFor(300_000)).isEqualTo(3_100_000);
        assertThat(limits.timeFor(300_000)).isEqualTo(Duration.ofSeconds(25));
        assertThat(limits.firingsFor(Long.MAX_VALUE / 2)).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void anExceptionInARuleNamesTheRuleAndTheSubject() throws IOException {
        CompiledRules rules = pack("boom", """
                rule "Divide by the vCPUs"
                    %s
                when
                    $vm : Vm()
                then
                    int share = 100 / ($vm.vcpus() == null ? 0 : $vm.vcpus());
                end
                """.formatted(META.formatted("903")));
        InputException e = assertThrows(InputException.class, () -> new DroolsRuleEngine(rules, Policy.defaults(), 20_000)
                .evaluate(TestEstates.load(Path.of("sample-data/lab.yaml"))));
        assertThat(e.errors().get(0).render()).startsWith("boom/boom.drl:rule \"Divide by the vCPUs\": the rule failed on vm trade01:")
                .contains("ArithmeticException");
    }
}
