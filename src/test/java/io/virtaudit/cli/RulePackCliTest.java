package io.virtaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import io.virtaudit.engine.DecisionTableSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulePackCliTest {

    @TempDir
    Path dir;

    private static final String HEADER = """
            package acme.extra
            import io.virtaudit.model.*
            global io.virtaudit.engine.FindingSink findings
            """;

    private static final String RULE = """
            rule "Host name must carry the site prefix"
                @id("ACM-001") @title("Host name must carry the site prefix") @severity("low")
                @category("naming") @subject("host") @remediation("Rename the host.")
                @reference("ACME naming standard") @seed("S7")
            when
                $h : Host( id not matches "ams-.*" )
            then
                findings.on(kcontext, $h).evidence("id", $h.id()).report($h.id() + " lacks the ams- prefix");
            end
            """;

    private Path lab() throws IOException {
        Path lab = dir.resolve("lab.yaml");
        Files.writeString(lab, CheckCommandTest.LAB);
        return lab;
    }

    @Test
    void anExtraPackAddsItsRulesAndIsListed() throws IOException {
        Path pack = Files.createDirectories(dir.resolve("acme-pack"));
        Files.writeString(pack.resolve("naming.drl"), HEADER + RULE);
        Path json = dir.resolve("f.json");
        CliRun run = CliRun.of("check", lab().toString(), "--rules", pack.toString(), "-o", json.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(json.toFile());
        assertThat(doc.at("/tool/rulePacks/1/id").asText()).isEqualTo("acme-pack");
        assertThat(doc.get("findings").findValuesAsText("ruleId")).contains("ACM-001");
        assertThat(CliRun.of("rules", "list", "--rules", pack.toString()).out()).contains("ACM-001   low       ACM     Host name");
    }

    @Test
    void aPackThatDoesNotCompileNamesFileAndLine() throws IOException {
        Path pack = Files.createDirectories(dir.resolve("broken"));
        Files.writeString(pack.resolve("broken.drl"), HEADER + RULE.replace("$h : Host(", "$h : Hots("));
        CliRun run = CliRun.of("check", lab().toString(), "--rules", pack.toString(), "-o", dir.resolve("r.json").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: " + pack + "/broken.drl:").contains("does not compile")
                .doesNotContain("\tat ");
        assertThat(run.err().lines().findFirst().orElseThrow()).matches("error: .*broken\\.drl:\\d+:\\d+: .*");
        assertThat(dir.resolve("r.json")).doesNotExist();
    }

    @Test
    void aBrokenPackIsReportedBeforeABrokenEstateThoughTheyAreReadTogether() throws IOException {
        Path pack = Files.createDirectories(dir.resolve("broken"));
        Files.writeString(pack.resolve("broken.drl"), HEADER + RULE.replace("$h : Host(", "$h : Hots("));
        Path estate = dir.resolve("bad.yaml");
        Files.writeString(estate, "hosts:\n  - id: [not, a, scalar]\n");
        CliRun run = CliRun.of("check", estate.toString(), "--rules", pack.toString(), "-o", dir.resolve("r.json").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: " + pack + "/broken.drl:").doesNotContain("bad.yaml");
        assertThat(dir.resolve("r.json")).doesNotExist();
    }

    @Test
    void aRuleWithIncompleteMetadataIsRefused() throws IOException {
        Path pack = Files.createDirectories(dir.resolve("nometa"));
        Files.writeString(pack.resolve("n.drl"), HEADER + RULE.replace("@remediation(\"Rename the host.\")", ""));
        CliRun run = CliRun.of("check", lab().toString(), "--rules", pack.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("n.drl:rule \"Host name must carry the site prefix\": missing metadata @remediation");
    }

    @Test
    void aRuleDeclaresTheThresholdsItReadsAndRulesShowListsThemWithTheirValues() throws IOException {
        Path pack = Files.createDirectories(dir.resolve("declared"));
        Files.writeString(pack.resolve("d.drl"), HEADER + RULE.replace("@seed(\"S7\")",
                "@seed(\"S7\") @thresholds(\"maintenanceDays; vcpuPerCore\")"));
        Path policy = dir.resolve("policy.yaml");
        Files.writeString(policy, "policyVersion: 1\nthresholds:\n  vcpuPerCore: 3\n");
        CliRun run = CliRun.of("rules", "show", "ACM-001", "--rules", pack.toString(), "--policy", policy.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("  maintenanceDays = 7\n", "  vcpuPerCore = 3 (default 4)\n");
    }

    @Test
    void aPackRulesControlsAreShownAndAMalformedTokenIsRefused() throws IOException {
        Path pack = Files.createDirectories(dir.resolve("controls"));
        Files.writeString(pack.resolve("c.drl"), HEADER + RULE.replace("@seed(\"S7\")",
                "@seed(\"S7\") @controls(\"ACME-SEC:4.2 CIS-ESXi-8:2.6?\")"));
        CliRun show = CliRun.of("rules", "show", "ACM-001", "--rules", pack.toString());
        assertThat(show.exitCode()).as(show.err()).isZero();
        assertThat(show.out()).contains("controls:    ACME-SEC:4.2 CIS-ESXi-8:2.6?\n");
        Files.writeString(pack.resolve("c.drl"), HEADER + RULE.replace("@seed(\"S7\")",
                "@seed(\"S7\") @controls(\"STIG ESXI-80-000124\")"));
        CliRun run = CliRun.of("check", lab().toString(), "--rules", pack.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("c.drl:rule \"Host name must carry the site prefix\": @controls tokens"
                + " [STIG, ESXI-80-000124] are not SCHEME:ID");
    }

    @Test
    void aRuleDeclaringAnUnknownThresholdIsRefused() throws IOException {
        Path pack = Files.createDirectories(dir.resolve("undeclared"));
        Files.writeString(pack.resolve("u.drl"), HEADER + RULE.replace("@seed(\"S7\")",
                "@seed(\"S7\") @thresholds(\"vcpuPerCores\")"));
        CliRun run = CliRun.of("check", lab().toString(), "--rules", pack.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("u.drl:rule \"Host name must carry the site prefix\": @thresholds names"
                + " unknown thresholds [vcpuPerCores]");
    }

    @Test
    void aPackCannotReuseABuiltInId() throws IOException {
        Path pack = Files.createDirectories(dir.resolve("clash"));
        Files.writeString(pack.resolve("c.drl"), HEADER + RULE.replace("ACM-001", "TIM-001"));
        CliRun run = CliRun.of("check", lab().toString(), "--rules", pack.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("rule id TIM-001 is already used");
    }

    @Test
    void aDecisionTableWithTheWrongNameIsRefused() throws IOException {
        Path pack = Files.createDirectories(dir.resolve("tables"));
        Files.write(pack.resolve("vendors.xlsx"), new byte[] {1, 2, 3});
        CliRun run = CliRun.of("check", lab().toString(), "--rules", pack.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("vendors.xlsx: a decision table must be named *.drl.xlsx");
    }

    @Test
    void aDecisionTablePackAddsOneRulePerRowUnderOneId() throws IOException {
        Path pack = Files.createDirectories(dir.resolve("tables"));
        String meta = "METADATA";
        new DecisionTableSheet()
                .ruleSet("acme.tables", "io.virtaudit.model.*", "io.virtaudit.engine.FindingSink findings")
                .row("RuleTable Banned products")
                .row("NAME", meta, meta, meta, meta, meta, meta, meta, meta, "CONDITION", "ACTION")
                .row("", "", "", "", "", "", "", "", "", "$h : Host", "")
                .row("", "id(\"$param\")", "title(\"$param\")", "severity(\"$param\")", "category(\"$param\")",
                        "subject(\"$param\")", "remediation(\"$param\")", "reference(\"$param\")", "seed(\"$param\")",
                        "product == Product.$param", "findings.on(kcontext, $h).report($h.id() + \" runs $param\");")
                .row("name", "id", "title", "severity", "category", "subject", "remediation", "reference", "seed",
                        "product", "message")
                .row("VirtualBox banned", "ACM-002", "Desktop hypervisor in the data centre", "medium", "compute", "host",
                        "Replace it.", "ACME standard", "S1", "VIRTUALBOX", "a desktop hypervisor")
                .row("Parallels banned", "ACM-002", "Desktop hypervisor in the data centre", "medium", "compute", "host",
                        "Replace it.", "ACME standard", "S1", "PARALLELS", "a desktop hypervisor")
                .write(pack.resolve("banned.drl.xlsx"));
        Path json = dir.resolve("f.json");
        CliRun run = CliRun.of("check", lab().toString(), "--rules", pack.toString(), "-o", json.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode doc = new ObjectMapper().readTree(json.toFile());
        JsonNode acm = null;
        for (JsonNode f : doc.get("findings")) {
            if (f.get("ruleId").asText().equals("ACM-002")) {
                acm = f;
            }
        }
        assertThat(acm).isNotNull();
        assertThat(acm.at("/subject/id").asText()).isEqualTo("h1");
        assertThat(acm.get("severity").asText()).isEqualTo("medium");
        assertThat(acm.get("message").asText()).isEqualTo("h1 runs a desktop hypervisor");
        assertThat(CliRun.of("rules", "list", "--rules", pack.toString()).out().lines()
                .filter(l -> l.startsWith("ACM-002"))).hasSize(1);
    }

    @Test
    void rulesListShowsTheBuiltInCatalogue() {
        CliRun run = CliRun.of("rules", "list");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("TIM-004   high      TIM     Timing-sensitive VM on a full-virtualisation host")
                .contains("AVL-006").contains("STO-004").contains("DAT-001");
    }
}
