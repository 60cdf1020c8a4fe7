package io.virtaudit;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtaudit.finding.Finding;
import io.virtaudit.model.Estate;
import io.virtaudit.model.SubjectType;
import io.virtaudit.rules.RuleMetadata;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped samples: {@code sample-data/acme-estate.yaml} (a believable mixed estate where every
 * built-in rule fires at least once, on a few real-world slips) and {@code sample-data/lab.yaml}
 * (the complete small example of estate-format.md).
 */
class SampleDataTest {

    private static Estate acme;
    private static List<Finding> acmeFindings;

    @BeforeAll
    static void evaluateAcme() {
        acme = TestEstates.load(Path.of("sample-data/acme-estate.yaml"));
        acmeFindings = TestEstates.evaluate(acme).findings();
    }

    private static Set<String> subjects(List<Finding> findings, String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).map(f -> f.subject().id())
                .collect(Collectors.toSet());
    }

    private static List<String> summary() {
        return acmeFindings.stream().map(f -> f.ruleId() + " " + f.subject().id()).toList();
    }

    @Test
    void acmeHasTheIntendedShape() {
        assertThat(acme.info().name()).isEqualTo("ACME Production");
        assertThat(acme.clusters()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(acme.hosts()).hasSizeBetween(15, 18);
        assertThat(acme.vms()).hasSizeBetween(145, 160);
        assertThat(acme.luns()).hasSize(21);
        assertThat(acme.vlans()).hasSize(10);
    }

    @Test
    void everyBuiltInRuleFiresOnAcme() {
        Set<String> fired = acmeFindings.stream().map(Finding::ruleId).collect(Collectors.toSet());
        List<String> ruleIds = TestEstates.builtIn().rules().stream().map(RuleMetadata::id).distinct().toList();
        assertThat(ruleIds).isNotEmpty();
        assertThat(fired).as("rules that fired on acme").containsAll(ruleIds);
    }

    @Test
    void acmeFindingsAreFewAndOnChosenSubjects() {
        // 105 findings when the sample was completed for all 71 rules: readable for a consultant
        assertThat(acmeFindings).as("acme findings: %s", summary()).hasSizeBetween(90, 120);
        assertThat(subjects(acmeFindings, "TIM-004")).containsExactly("trade-sim01");
        assertThat(subjects(acmeFindings, "STO-004")).containsExactlyInAnyOrder("pve-03:lun-pve-01", "pve-03:lun-pve-02");
        assertThat(subjects(acmeFindings, "AVL-006")).containsExactly("lxc-dev-01");
    }

    @Test
    void mostAcmeVmsAreClean() {
        Set<String> vmsWithFindings = acmeFindings.stream()
                .filter(f -> f.subject().type() == SubjectType.VM && !f.ruleId().equals("DAT-001"))
                .map(f -> f.subject().id())
                .collect(Collectors.toSet());
        assertThat(vmsWithFindings).isNotEmpty();
        assertThat(vmsWithFindings.size() * 4).as("VMs with findings: %s", vmsWithFindings)
                .isLessThan(acme.vms().size());
    }

    @Test
    void labGivesTheFindingsTheFormatPromises() {
        List<Finding> lab = TestEstates.evaluate(TestEstates.load(Path.of("sample-data/lab.yaml"))).findings();
        assertThat(subjects(lab, "TIM-004")).containsExactly("trade01");
        assertThat(subjects(lab, "AVL-002")).containsExactly("trade01");
        assertThat(subjects(lab, "TIM-001")).containsExactly("h1");
    }
}
