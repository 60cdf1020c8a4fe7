package io.virtaudit.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.virtaudit.TestEstates;
import io.virtaudit.finding.Finding;
import io.virtaudit.input.InputException;
import io.virtaudit.model.Estate;
import io.virtaudit.rules.Policy;
import io.virtaudit.rules.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A consequence reports through the rule's {@code @message}: evidence and mentions fill it, only
 * evidence is evidence; packs written for {@code report(String)} keep working; a template the
 * engine cannot read is refused when the pack loads, naming file and rule.
 */
class FindingSinkMessageTest {

    @TempDir
    Path dir;

    private static final String HEADER = """
            package acme.messages
            import io.virtaudit.model.*
            import io.virtaudit.rules.Severity
            global io.virtaudit.engine.FindingSink findings
            """;

    private static final String META = "@id(\"ACM-%s\") @title(\"t\") @severity(\"low\") @category(\"c\") @subject(\"host\")"
            + " @remediation(\"r\") @reference(\"x\") @seed(\"S1\")";

    private CompiledRules pack(String rules) throws IOException {
        Path pack = Files.createDirectories(dir.resolve("acme"));
        Files.writeString(pack.resolve("acme.drl"), HEADER + rules);
        return RuleCompiler.compile(List.of(RulePackReader.directory(pack, "acme")));
    }

    private static List<Finding> run(CompiledRules rules) {
        Estate lab = TestEstates.load(Path.of("sample-data/lab.yaml"));
        return new DroolsRuleEngine(rules, Policy.defaults()).evaluate(lab).findings();
    }

    @Test
    void theMessageIsTheTemplateFilledFromEvidenceMentionsAndSubject() throws IOException {
        List<Finding> findings = run(pack("""
                rule "Templated"
                    %s
                    @message("{subject} in {cluster} has {memoryGb:%%.0f} GiB in {sockets} socket{sockets=1?|s}{note? ({note})}")
                when
                    $h : Host( id == "h1" )
                then
                    findings.on(kcontext, $h).severityIf((Boolean) null, Severity.CRITICAL).severityIf(true, Severity.HIGH)
                        .evidence("cluster", $h.cluster(), "memoryGb", $h.memoryGb(), "sockets", $h.cpu().sockets())
                        .mention("note", "a lab").report();
                end
                """.formatted(META.formatted("001"))));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("h1 in cl1 has 64 GiB in 1 socket (a lab)");
            assertThat(f.severity()).isEqualTo(Severity.HIGH);
            assertThat(f.evidence()).as("mentions are not evidence; a whole double is written as a whole number")
                    .isEqualTo(Map.of("cluster", "cl1", "memoryGb", 64L, "sockets", 1));
            assertThat(List.copyOf(f.evidence().keySet())).containsExactly("cluster", "memoryGb", "sockets");
        });
    }

    @Test
    void aPackWrittenForReportWithATextKeepsWorking() throws IOException {
        List<Finding> findings = run(pack("""
                rule "Old style"
                    %s
                when
                    $h : Host( id == "h1" )
                then
                    findings.on(kcontext, $h).severityIf(true, "medium").evidence("nics", $h.nics())
                        .report($h.id() + " says it the old way");
                end
                """.formatted(META.formatted("002"))));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("h1 says it the old way");
            assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
        });
    }

    @Test
    void aTemplateThatCannotBeReadIsRefusedWhenThePackLoads() {
        InputException e = assertThrows(InputException.class, () -> pack("""
                rule "Broken"
                    %s
                    @message("{subject} has {nics")
                when
                    $h : Host()
                then
                    findings.on(kcontext, $h).report();
                end
                """.formatted(META.formatted("003"))));
        assertThat(e.errors()).singleElement().satisfies(error -> assertThat(error.render()).isEqualTo(
                "acme/acme.drl:rule \"Broken\": @message: the placeholder at character 15 ('{nics'): it is not closed with }"));
    }

    @Test
    void reportingWithoutAMessageNamesTheRule() throws IOException {
        CompiledRules rules = pack("""
                rule "Silent"
                    %s
                when
                    $h : Host( id == "h1" )
                then
                    findings.on(kcontext, $h).report();
                end
                """.formatted(META.formatted("004")));
        InputException e = assertThrows(InputException.class, () -> run(rules));
        assertThat(e.errors().get(0).render()).contains("rule \"Silent\"", "host h1",
                "rule 'Silent' reports with its @message, but has none");
    }

    @Test
    void evidenceAndMentionsComeInPairs() throws IOException {
        CompiledRules rules = pack("""
                rule "Odd"
                    %s
                    @message("{subject}")
                when
                    $h : Host( id == "h1" )
                then
                    findings.on(kcontext, $h).evidence("a", 1, "b").report();
                end
                """.formatted(META.formatted("005")));
        InputException e = assertThrows(InputException.class, () -> run(rules));
        assertThat(e.errors().get(0).render()).contains("names and values come in pairs; 'b' has no value");
    }
}
