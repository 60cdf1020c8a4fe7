package io.virtaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rules list --framework} lists a framework's controls with their rules; {@code check --framework} runs only those rules. */
class FrameworkOptionTest {

    private static final Path ACME = Path.of("sample-data/acme-estate.yaml");

    @TempDir
    Path dir;

    @Test
    void rulesListShowsEachControlWithTheRulesBehindIt() {
        CliRun run = CliRun.of("rules", "list", "--framework", "cis-esxi-8");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().findFirst().orElseThrow()).startsWith("CONTROL").endsWith("RULES");
        assertThat(run.out()).containsPattern("(?m)^CIS-ESXi-8:2\\.6 +TIM-001, TIM-002, TIM-003$")
                .containsPattern("(?m)^CIS-ESXi-8:3\\.20 +SEC-014$").doesNotContain("CIS-ESXi-7");
    }

    @Test
    void checkRunsOnlyTheFrameworksRules() throws IOException {
        Path json = dir.resolve("stig.json");
        CliRun run = CliRun.of("check", ACME.toString(), "--framework", "stig", "-o", json.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(json.toFile());
        Set<String> fired = new TreeSet<>();
        doc.at("/findings").forEach(f -> fired.add(f.get("ruleId").asText()));
        assertThat(fired).contains("SEC-009", "SEC-013", "TIM-009").doesNotContain("DAT-001", "CMP-002", "CAP-002");
        doc.at("/findings").forEach(f -> assertThat(f.get("controls").toString()).contains("STIG"));
    }

    @Test
    void anUnknownFrameworkIsAnInputError() {
        CliRun run = CliRun.of("check", ACME.toString(), "--framework", "hipaa");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: --framework: no rule names a control of framework 'hipaa'; the rules name ");
        CliRun list = CliRun.of("rules", "list", "--framework", "hipaa");
        assertThat(list.exitCode()).isEqualTo(2);
        assertThat(list.err()).contains("no rule names a control of framework 'hipaa'");
    }
}
