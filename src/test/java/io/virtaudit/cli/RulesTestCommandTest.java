package io.virtaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * {@code virtaudit rules test}: a pack's fixtures run through the command line, the built-in pack's
 * and one written to a temporary folder, with the verdict lines, the summary and the exit codes.
 */
class RulesTestCommandTest {

    private static final String HEADER = """
            package acme.extra
            import io.virtaudit.model.*
            global io.virtaudit.engine.FindingSink findings
            """;

    private static final String PREFIX_RULE = """
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

    private static final String ESTATE = """
                  formatVersion: 1
                  estate: {name: fixture, collectedAt: 2026-11-20T08:00:00Z}
                  hosts:
                    - {id: esx01, hypervisor: {product: esxi}}
                    - {id: ams-esx02, hypervisor: {product: esxi}}
            """;

    /** A case that passes, then one that expects the wrong severity, a host that is fine, and misses one. */
    private static final String FIXTURE = """
            rule: ACM-001
            cases:
              - name: hosts without the ams- prefix fire
                expect:
                  - {subject: esx01, severity: low, message: "lacks the ams- prefix"}
                estate:
            """ + ESTATE + """
              - name: a case written wrong
                expect:
                  - {subject: esx01, severity: high}
                  - {subject: ams-esx02, severity: low}
                estate:
                  formatVersion: 1
                  estate: {name: fixture, collectedAt: 2026-11-20T08:00:00Z}
                  hosts:
                    - {id: esx01, hypervisor: {product: esxi}}
                    - {id: ams-esx02, hypervisor: {product: esxi}}
                    - {id: esx03, hypervisor: {product: esxi}}
            """;

    /** Where the tests of the prefix rule keep their pack: one folder, so the pack compiles once. */
    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    /** The prefix rule's pack with {@code fixture} as its fixture, or without fixtures when null. */
    private static Path prefixPack(String fixture) throws IOException {
        Path pack = Files.createDirectories(shared.resolve("acme"));
        Files.writeString(pack.resolve("naming.drl"), HEADER + PREFIX_RULE);
        Path fixtures = pack.resolve("fixtures");
        if (Files.isDirectory(fixtures)) {
            try (Stream<Path> files = Files.list(fixtures)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(fixtures);
        }
        if (fixture != null) {
            Files.writeString(Files.createDirectories(fixtures).resolve("ACM-001.yaml"), fixture);
        }
        return pack;
    }

    /** A pack of its own with {@code drl}'s rules and {@code fixture}. */
    private Path pack(String drl, String fixture) throws IOException {
        Path pack = Files.createDirectories(dir.resolve("acme"));
        Files.writeString(pack.resolve("naming.drl"), HEADER + drl);
        Files.writeString(Files.createDirectories(pack.resolve("fixtures")).resolve("ACM-001.yaml"), fixture);
        return pack;
    }

    @Test
    void theBuiltInPackPassesEveryOneOfItsFixtures() throws IOException {
        long files;
        try (Stream<Path> walk = Files.walk(Path.of("rules/fixtures"))) {
            files = walk.filter(f -> f.toString().endsWith(".yaml")).count();
        }
        CliRun run = CliRun.of("rules", "test");
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.err()).isEmpty();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).contains("PASS  STO-003  FC LUNs reached through a single known fabric, or from a host with"
                + " fewer than two HBAs, fire once per multipath entry");
        assertThat(lines).anyMatch(l -> l.startsWith("PASS  EDGE-7-unknown-is-not-false  "));
        assertThat(lines.subList(0, lines.size() - 1)).allMatch(l -> l.startsWith("PASS  "));
        assertThat(lines.get(lines.size() - 1)).matches("\\d+ passed, 0 failed \\(" + files + " fixtures\\)");
        assertThat(Integer.parseInt(lines.get(lines.size() - 1).split(" ")[0])).isEqualTo(lines.size() - 1)
                .isGreaterThan(150);
    }

    @Test
    void ruleSelectsTheCasesThatJudgeIt() {
        CliRun run = CliRun.of("rules", "test", "--rule", "sto-003");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().toList()).hasSize(3).allMatch(l -> l.startsWith("PASS  STO-003  ")
                || l.equals("2 passed, 0 failed (1 fixture)"));
        CliRun unknown = CliRun.of("rules", "test", "--rule", "ST0-003");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("error: rules test: unknown rule id 'ST0-003'; did you mean STO-003?\n");
    }

    @Test
    void aPackInAFolderOfItsOwnPassesAndFailsCaseByCase() throws IOException {
        Path pack = prefixPack(FIXTURE);
        CliRun run = CliRun.of("rules", "test", pack.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("""
                PASS  ACM-001  hosts without the ams- prefix fire
                FAIL  ACM-001  a case written wrong
                      %s/fixtures/ACM-001.yaml:12:5
                      wrong severity: esx01 is low, expected high
                      missing: ams-esx02 (low)
                      unexpected: esx03 (low) "esx03 lacks the ams- prefix"
                1 passed, 1 failed (1 fixture)
                """.formatted(pack));
    }

    @Test
    void aMessageThatLacksTheExpectedWordsFailsTheCase() throws IOException {
        Path pack = prefixPack(FIXTURE.replace("lacks the ams- prefix\"}", "lacks the site prefix\"}"));
        CliRun run = CliRun.of("rules", "test", pack.toString(), "--rule", "ACM-001");
        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(run.out()).contains("FAIL  ACM-001  hosts without the ams- prefix fire\n      "
                + pack + "/fixtures/ACM-001.yaml:3:5\n      wrong message: esx01 (low) \"esx01 lacks the ams- prefix\""
                + " does not contain \"lacks the site prefix\"\n").endsWith("0 passed, 2 failed (1 fixture)\n");
    }

    @Test
    void fixturesElsewhereAndJunitForCi() throws Exception {
        Path pack = prefixPack(null);
        Path fixture = dir.resolve("elsewhere.yaml");
        Files.writeString(fixture, FIXTURE);
        CliRun run = CliRun.of("rules", "test", pack.toString(), "--fixtures", fixture.toString(), "--format", "junit");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS);
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)));
        Element suites = xml.getDocumentElement();
        assertThat(suites.getAttribute("tests")).isEqualTo("2");
        assertThat(suites.getAttribute("failures")).isEqualTo("1");
        assertThat(xml.getElementsByTagName("testcase").getLength()).isEqualTo(2);
        Element failure = (Element) xml.getElementsByTagName("failure").item(0);
        assertThat(((Element) failure.getParentNode()).getAttribute("name")).isEqualTo("a case written wrong");
        assertThat(failure.getTextContent()).contains("ACM-001 missing: ams-esx02 (low)");
        CliRun bad = CliRun.of("rules", "test", pack.toString(), "--fixtures", fixture.toString(), "--format", "xml");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).startsWith("error: Invalid value for option '--format': 'xml' is not text or junit");
    }

    @Test
    void aRuleThatFailsOnTheEstateFailsItsCaseAndTheOthersStillRun() throws IOException {
        Path pack = pack(PREFIX_RULE.replace("report($h.id()", "report($h.id().substring(40)"), FIXTURE);
        CliRun run = CliRun.of("rules", "test", pack.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(run.out()).contains("FAIL  ACM-001  hosts without the ams- prefix fire\n")
                .contains("      error: " + pack + "/naming.drl:rule \"Host name must carry the site prefix\": the rule"
                        + " failed on host esx01")
                .endsWith("0 passed, 2 failed (1 fixture)\n");
    }

    @Test
    void aBrokenFixtureIsOneErrorLineAndNoCaseRuns() throws IOException {
        Path pack = prefixPack(FIXTURE.replaceFirst("    expect:\n      - \\{subject: esx01, severity: low, "
                + "message: \"lacks the ams- prefix\"}\n", ""));
        CliRun run = CliRun.of("rules", "test", pack.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("error: " + pack + "/fixtures/ACM-001.yaml:3:5: case 'hosts without the ams-"
                + " prefix fire' has no expect: list the findings the rule must report, or expect: [] when it must"
                + " report none\n");
    }

    @Test
    void everyBrokenFixtureIsNamedWithItsLineAndColumn() throws IOException {
        Path pack = prefixPack(FIXTURE.replace("rule: ACM-001", "rule: ACM-01"));
        Path fixtures = pack.resolve("fixtures");
        Files.writeString(fixtures.resolve("syntax.yaml"), "rule: ACM-001\ncases: [\n");
        Files.writeString(fixtures.resolve("typo.yaml"), FIXTURE.replace("severity: high}", "severity: high, mesage: x}"));
        Files.writeString(fixtures.resolve("estate.yaml"), FIXTURE.replace("{id: esx03,", "{id: esx03, colour: red,"));
        Files.writeString(fixtures.resolve("reference.yaml"), FIXTURE.replace("{id: esx03,", "{id: esx03, cluster: nowhere,"));
        Files.writeString(fixtures.resolve("undated.yaml"), FIXTURE.replace(", collectedAt: 2026-11-20T08:00:00Z", ""));
        CliRun run = CliRun.of("rules", "test", pack.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.out()).isEmpty();
        String files = pack + "/fixtures/";
        assertThat(run.err().lines().toList()).containsExactly(
                "error: " + files + "ACM-001.yaml:1:7: unknown rule id 'ACM-01': no loaded rule pack has it;"
                        + " did you mean ACM-001?",
                "error: " + files + "estate.yaml:22:64: unknown key 'colour' at /hosts/2 (known keys: certificateExpires,"
                        + " cluster, connected, connectionState, cpu, hbas, hypervisor, id, labels, lockdownMode,"
                        + " maintenance, managedBy, memoryGb, name, networks, nics, ntpRunning, ntpServers, os,"
                        + " powerSupplies, services, syslogTargets)",
                "error: " + files + "reference.yaml:/cases/1/estate/hosts/2/cluster: unknown cluster 'nowhere'"
                        + " (no cluster has this id)",
                "error: " + files + "syntax.yaml:2:9: malformed YAML: while parsing a flow node, expected the node"
                        + " content, but found '<stream end>'",
                "error: " + files + "typo.yaml:14:42: unknown key 'mesage' at /cases/1/expect/0; did you mean 'message'?",
                "error: " + files + "undated.yaml:7:7: the estate of case 'hosts without the ams- prefix fire' has no"
                        + " collectedAt: give estate.collectedAt, so that age-based rules find the same whatever the day"
                        + " the fixture runs");
    }

    @Test
    void aPackWithoutFixturesOrThatDoesNotCompileIsAnInputError() throws IOException {
        Path pack = prefixPack(null);
        CliRun bare = CliRun.of("rules", "test", pack.toString());
        assertThat(bare.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(bare.err()).isEqualTo("error: " + pack + ": the pack has no fixtures/ folder: put its fixtures in "
                + pack + "/fixtures/*.yaml, or give --fixtures PATH\n");
        Path broken = pack(PREFIX_RULE.replace("$h : Host(", "$h : Hots("), FIXTURE);
        CliRun refused = CliRun.of("rules", "test", broken.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(refused.err().lines().findFirst().orElseThrow())
                .matches("error: .*naming\\.drl:\\d+:\\d+: rule pack does not compile: .*");
    }

    @Test
    void aRuleOfThePackWithoutAFixtureIsAWarning() throws IOException {
        Path pack = pack(PREFIX_RULE + PREFIX_RULE.replace("ACM-001", "ACM-002").replace("site prefix\"", "site prefix!\""),
                FIXTURE.replace("severity: high}", "severity: low}").replace("  - {subject: ams-esx02, severity: low}\n",
                        "  - {subject: esx03, severity: low}\n"));
        CliRun run = CliRun.of("rules", "test", pack.toString());
        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).endsWith("2 passed, 0 failed (1 fixture)\n");
        assertThat(run.err()).isEqualTo("warning: " + pack + ": no fixture judges ACM-002\n");
    }

    @Test
    void theFixturesFolderIsNoPartOfThePackForCheck() throws IOException {
        Path pack = prefixPack(FIXTURE);
        Path estate = dir.resolve("lab.yaml");
        Files.writeString(estate, CheckCommandTest.LAB);
        Path json = dir.resolve("f.json");
        CliRun run = CliRun.of("check", estate.toString(), "--rules", pack.toString(), "-o", json.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(json)).contains("\"ACM-001\"");
    }

    @Test
    void rulesHelpListsTest() {
        CliRun run = CliRun.of("rules", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("\\n  test +Run a rule pack's fixtures");
        assertThat(CliRun.of("rules", "test", "--help").out()).contains("Exit codes:", "4   a case failed");
    }
}
