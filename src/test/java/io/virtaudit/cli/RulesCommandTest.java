package io.virtaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtaudit.TestEstates;
import io.virtaudit.rules.Policy;
import io.virtaudit.rules.RuleDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesCommandTest {

    static final Path RULES_DOC = Path.of("docs/rules.md");

    @TempDir
    Path dir;

    @Test
    void docsRulesMdIsTheOutputOfRulesDoc() throws IOException {
        var rules = TestEstates.builtIn();
        String generated = RuleDocument.markdown(rules.rules(), rules::thresholdsOf, Policy.defaults());
        assertThat(Files.readString(RULES_DOC))
                .as("docs/rules.md has drifted from the rules: run ./virtaudit rules doc -o docs/rules.md")
                .isEqualTo(generated);
    }

    @Test
    void rulesDocWritesMarkdownWithEveryRule() throws IOException {
        Path md = dir.resolve("rules.md");
        CliRun run = CliRun.of("rules", "doc", "-o", md.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        String text = Files.readString(md);
        for (var rule : TestEstates.builtIn().rules()) {
            assertThat(text).contains("### " + rule.id());
        }
        assertThat(text).contains("`datastoreUsedMedium` = 0.75");
    }

    @Test
    void rulesShowGivesEverythingAboutOneRuleWithThresholdsInEffect() {
        CliRun defaults = CliRun.of("rules", "show", "STO-010");
        assertThat(defaults.exitCode()).as(defaults.err()).isZero();
        assertThat(defaults.out()).startsWith("STO-010  Datastore nearly full")
                .contains("severity:    medium").contains("category:    storage").contains("subject:     lun")
                .contains("  datastoreUsedMedium = 0.75\n").contains("remediation:").contains("references:");
        CliRun strict = CliRun.of("rules", "show", "sto-010", "--policy", "sample-data/policy-strict.yaml");
        assertThat(strict.out()).contains("  datastoreUsedMedium = 0.7 (default 0.75)");
        CliRun overridden = CliRun.of("rules", "show", "TIM-001", "--policy", "sample-data/policy-strict.yaml");
        assertThat(overridden.out()).contains("severity:    critical (policy override of high)");
        CliRun disabled = CliRun.of("rules", "show", "CAP-002", "--policy", "sample-data/policy-strict.yaml");
        assertThat(disabled.out()).contains("status:      disabled by the policy");
    }

    @Test
    void rulesShowListsThresholdsReadInsideHelpersAndPerProduct() {
        CliRun backup = CliRun.of("rules", "show", "BKP-002");
        assertThat(backup.out()).doesNotContain("thresholds: none")
                .contains("  backupRpoOtherHours = 168\n", "  backupRpoPcHours = 24\n");
        CliRun ha = CliRun.of("rules", "show", "AVL-005");
        assertThat(ha.out()).contains("  haMinHosts = 2\n", "  haMinHostsQuorum = 3\n").doesNotContain("null");
        assertThat(CliRun.of("rules", "show", "CMP-001").out()).contains("thresholds:  none\n");
    }

    @Test
    void unknownRuleIdIsAnError() {
        CliRun run = CliRun.of("rules", "show", "TIM-040");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: rules show: unknown rule id 'TIM-040'; did you mean");
    }

    @Test
    void checkTakesAPolicyAndRefusesABadOne() throws IOException {
        Path json = dir.resolve("f.json");
        CliRun strict = CliRun.of("check", "sample-data/acme-estate.yaml", "--policy", "sample-data/policy-strict.yaml",
                "-o", json.toString());
        assertThat(strict.exitCode()).as(strict.err()).isZero();
        assertThat(Files.readString(json)).doesNotContain("\"CAP-002\"");
        Path bad = dir.resolve("bad-policy.yaml");
        Files.writeString(bad, "thresholds: {consolidatedVm: 5}\n");
        Path out = dir.resolve("g.json");
        CliRun run = CliRun.of("check", "sample-data/acme-estate.yaml", "--policy", bad.toString(), "-o", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: " + bad + ":/thresholds/consolidatedVm: unknown threshold 'consolidatedVm';"
                + " did you mean 'consolidatedVms'?\n");
        assertThat(out).doesNotExist();
    }
}
