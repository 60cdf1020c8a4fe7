package io.virtaudit.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.virtaudit.TestEstates;
import io.virtaudit.engine.CompiledRules;
import io.virtaudit.engine.DroolsRuleEngine;
import io.virtaudit.engine.RuleCompiler;
import io.virtaudit.engine.RulePackReader;
import io.virtaudit.importer.InputException;
import io.virtaudit.rules.Policy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    @Test
    void aRuleThatFiresWithoutEndIsStoppedAndNamed() throws IOException {
        CompiledRules rules = pack("loop", """
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
        InputException e = assertThrows(InputException.class, () -> new DroolsRuleEngine(rules, Policy.defaults(), 20_000)
                .evaluate(TestEstates.load(Path.of("sample-data/lab.yaml"))));
        assertThat(e.errors()).hasSize(1);
        assertThat(e.errors().get(0).render()).isEqualTo("loop/loop.drl:rule \"Count for ever\": rules fired 20000 times"
                + " without end (the firing limit); this rule fired most");
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
