package io.virtaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtaudit.TestEstates;
import io.virtaudit.engine.DroolsRuleEngine;
import io.virtaudit.engine.Evaluation;
import io.virtaudit.finding.Finding;
import io.virtaudit.input.InputError;
import io.virtaudit.input.InputException;
import io.virtaudit.model.Estate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyTest {

    @TempDir
    Path dir;

    private static final Estate ACME = TestEstates.load(Path.of("sample-data/acme-estate.yaml"));

    private Policy read(String yaml) throws IOException {
        Path file = dir.resolve("policy.yaml");
        Files.writeString(file, yaml);
        return new PolicyReader().read(file, "policy.yaml", TestEstates.builtIn().rules());
    }

    private List<InputError> errors(String yaml) {
        try {
            read(yaml);
        } catch (InputException e) {
            return e.errors();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no input error for: " + yaml);
    }

    private static Evaluation evaluate(Policy policy) {
        return new DroolsRuleEngine(TestEstates.builtIn(), policy, 10_000_000).evaluate(ACME);
    }

    private static List<Finding> of(Evaluation evaluation, String ruleId) {
        return evaluation.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    @Test
    void theDefaultPolicyFileIsTheCataloguesDefaults() {
        Policy policy = new PolicyReader().read(Path.of("policy/default-policy.yaml"), "default-policy.yaml",
                TestEstates.builtIn().rules());
        assertThat(policy).isEqualTo(Policy.defaults());
    }

    @Test
    void theStrictSampleMovesThresholdsAndTheFindingsFollow() {
        Policy strict = new PolicyReader().read(Path.of("sample-data/policy-strict.yaml"), "policy-strict.yaml",
                TestEstates.builtIn().rules());
        assertThat(strict.thresholds().consolidatedVms()).isEqualTo(5);
        assertThat(strict.thresholds().vcpuPerCore()).isEqualTo(2.0);
        Evaluation defaults = evaluate(Policy.defaults());
        Evaluation stricter = evaluate(strict);
        assertThat(of(stricter, "AVL-006").size()).isGreaterThan(of(defaults, "AVL-006").size());
        assertThat(of(stricter, "STO-010").size()).isGreaterThan(of(defaults, "STO-010").size());
        assertThat(of(stricter, "TIM-001")).isNotEmpty().allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.CRITICAL));
    }

    @Test
    void aThresholdMovesOneRule() throws IOException {
        Evaluation defaults = evaluate(Policy.defaults());
        Evaluation lower = evaluate(read("thresholds: {datastoreUsedMedium: 0.5}\n"));
        assertThat(of(lower, "STO-010").size()).isGreaterThan(of(defaults, "STO-010").size());
        assertThat(of(lower, "STO-010")).anySatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.MEDIUM));
    }

    @Test
    void rulesAreDisabledByIdGlobCategoryAndMinimumSeverity() throws IOException {
        Evaluation byGlob = evaluate(read("rules: {disable: [\"AVL-*\", TIM-001]}\n"));
        assertThat(byGlob.findings()).noneMatch(f -> f.ruleId().startsWith("AVL-") || f.ruleId().equals("TIM-001"));
        assertThat(byGlob.rulesEvaluated()).noneMatch(r -> r.id().startsWith("AVL-"));
        assertThat(evaluate(Policy.defaults()).findings()).anyMatch(f -> f.ruleId().startsWith("AVL-"));

        Evaluation byCategory = evaluate(read("rules: {disableCategories: [storage]}\n"));
        assertThat(byCategory.findings()).noneMatch(f -> f.category().equals("storage"));

        Evaluation highAndUp = evaluate(read("rules: {minimumSeverity: high}\n"));
        assertThat(highAndUp.rulesEvaluated()).allMatch(r -> r.severity().atLeast(Severity.HIGH));
        assertThat(highAndUp.findings()).noneMatch(f -> f.ruleId().equals("DAT-001"));
    }

    @Test
    void aSeverityOverrideSetsEveryFindingOfTheRule() throws IOException {
        Evaluation evaluation = evaluate(read("rules: {severity: {BKP-001: medium}}\n"));
        assertThat(of(evaluation, "BKP-001")).isNotEmpty().allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.MEDIUM));
    }

    @Test
    void mistakesAreInputErrorsWithTheirLocation() {
        assertThat(errors("thresholds: {vcpuPerCor: 3}\n")).extracting(InputError::render)
                .containsExactly("policy.yaml:/thresholds/vcpuPerCor: unknown threshold 'vcpuPerCor'; did you mean 'vcpuPerCore'?");
        assertThat(errors("rules: {disable: [XYZ-001, \"QQQ-*\"]}\n")).extracting(InputError::render).containsExactly(
                "policy.yaml:/rules/disable/0: unknown rule id 'XYZ-001'",
                "policy.yaml:/rules/disable/1: 'QQQ-*' matches no rule");
        assertThat(errors("rules: {severity: {TIM-001: severe}}\n").get(0).render())
                .startsWith("policy.yaml:/rules/severity/TIM-001: 'severe' is not one of critical");
        assertThat(errors("rules: {disableCategories: [naming]}\n").get(0).render())
                .startsWith("policy.yaml:/rules/disableCategories/0: unknown category 'naming'");
        assertThat(errors("thresholds: {datastoreUsedHigh: 85}\n").get(0).message()).contains("at most 1");
        assertThat(errors("thresholds: {consolidatedVms: 2.5}\n").get(0).message()).contains("whole number");
        assertThat(errors("thresholds: {datastoreUsedMedium: 0.9}\n").get(0).render())
                .isEqualTo("policy.yaml:/thresholds/datastoreUsedMedium: datastoreUsedMedium (0.9) must not exceed datastoreUsedHigh (0.85)");
        assertThat(errors("thresholds: {reservedVlans: [1001-5000]}\n").get(0).render())
                .isEqualTo("policy.yaml:/thresholds/reservedVlans/0: '1001-5000' is outside VLAN ids 0-4095");
        assertThat(errors("thresold: {}\n").get(0).render()).matches("policy.yaml:\\d+:\\d+: unknown key 'thresold' at /; did you mean 'thresholds'\\?");
        assertThat(errors("policyVersion: 2\n").get(0).render()).contains("unsupported policyVersion 2");
        assertThat(errors("").get(0).render()).isEqualTo("policy.yaml:1:1: the policy file is empty");
    }

    @Test
    void vlanListsTakeRanges() throws IOException {
        Policy policy = read("thresholds: {nativeVlans: [1, 999], reservedVlans: [10-12, 4094]}\n");
        assertThat(policy.thresholds().nativeVlans()).containsExactly(1, 999);
        assertThat(policy.thresholds().reservedVlans()).containsExactly(10, 11, 12, 4094);
    }

    @Test
    void wordListsTakeTextsAndExemptPortGroupsByNameOrGlob() throws IOException {
        Policy policy = read("thresholds: {securityPolicyExceptions: [\"nested-*\", NLB], credentialPatterns: [geheim]}\n");
        assertThat(policy.thresholds().securityPolicyExceptions()).containsExactly("nested-*", "NLB");
        assertThat(policy.thresholds().credentialPatterns()).containsExactly("geheim");
        assertThat(policy.thresholds().display("securityPolicyExceptions")).isEqualTo("[nested-*, NLB]");
        assertThat(errors("thresholds: {securityPolicyExceptions: nested}\n").get(0).render())
                .isEqualTo("policy.yaml:/thresholds/securityPolicyExceptions: securityPolicyExceptions must be a list of texts, such as [NLB-*]");
        assertThat(errors("thresholds: {credentialPatterns: [\" \"]}\n").get(0).render())
                .startsWith("policy.yaml:/thresholds/credentialPatterns/0: credentialPatterns holds texts");

        Path document = Files.writeString(dir.resolve("exc.yaml"), """
                formatVersion: 1
                estate: {name: exc, collectedAt: 2026-11-20T08:00:00Z}
                hosts: [{id: esx01, hypervisor: {product: esxi}}]
                portGroups:
                  - {id: pg1, name: Nested-ESXi-Lab, switchType: distributed, security: {allowMacChanges: true}}
                  - {id: pg2, name: nlb, switchType: distributed, security: {allowMacChanges: true}}
                  - {id: pg3, name: Servers, switchType: distributed, security: {allowMacChanges: true}}
                """);
        Estate estate = TestEstates.load(document);
        List<Finding> exempted = new DroolsRuleEngine(TestEstates.builtIn(), policy, 10_000_000).evaluate(estate)
                .findings().stream().filter(f -> f.ruleId().equals("SEC-009")).toList();
        assertThat(exempted).extracting(f -> f.subject().id()).containsExactly("pg3");
        List<Finding> all = new DroolsRuleEngine(TestEstates.builtIn(), Policy.defaults(), 10_000_000).evaluate(estate)
                .findings().stream().filter(f -> f.ruleId().equals("SEC-009")).toList();
        assertThat(all).extracting(f -> f.subject().id()).containsExactly("pg1", "pg2", "pg3");
    }
}
