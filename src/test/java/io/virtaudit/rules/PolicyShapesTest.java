package io.virtaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.virtaudit.TestEstates;
import io.virtaudit.input.InputError;
import io.virtaudit.input.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Policy files of the wrong shape are input errors, not stack traces; an empty or null policy is
 * an error rather than the defaults (see {@link PolicyReader}); a key written twice is refused.
 */
class PolicyShapesTest {

    @TempDir
    Path dir;

    private Policy read(String yaml) throws IOException {
        Path file = dir.resolve("policy.yaml");
        Files.writeString(file, yaml);
        return new PolicyReader().read(file, "policy.yaml", TestEstates.builtIn().rules());
    }

    private List<String> errors(String yaml) {
        InputException e = assertThrows(InputException.class, () -> read(yaml));
        return e.errors().stream().map(InputError::render).toList();
    }

    @Test
    void aNullPolicyIsAnInputErrorAsAnEmptyOneIs() {
        assertThat(errors("~\n")).containsExactly("policy.yaml:1:1: the policy file holds nothing but a null (~): write thresholds:"
                + " or rules:, or leave --policy out to run with the defaults");
        assertThat(errors("null")).hasSize(1);
        assertThat(errors("")).containsExactly("policy.yaml:1:1: the policy file is empty");
        assertThat(errors("# all settings commented out\n#thresholds: {vcpuPerCore: 3}\n"))
                .containsExactly("policy.yaml:1:1: the policy file is empty");
    }

    @Test
    void aListOrATextIsNotAPolicy() {
        assertThat(errors("[~]\n")).containsExactly("policy.yaml:1:1: wrong type at /: expected a mapping (object), found a list");
        assertThat(errors("- thresholds: {}\n")).containsExactly("policy.yaml:1:1: wrong type at /: expected a mapping (object), found a list");
        assertThat(errors("strict\n")).containsExactly("policy.yaml:1:1: wrong type at /: expected a mapping (object), found text");
        assertThat(errors("thresholds: [1, 2]\n")).singleElement().asString().contains("wrong type at /thresholds");
        assertThat(errors("rules: [~]\n")).singleElement().asString().contains("wrong type at /rules");
    }

    @Test
    void emptyEntriesInTheRuleSelectionAreNamed() {
        assertThat(errors("rules: {disable: [~, TIM-001], disableCategories: [~], severity: {TIM-001: ~}}\n")).containsExactly(
                "policy.yaml:/rules/disable/0: an empty entry: expected a rule id or a glob such as AVL-*",
                "policy.yaml:/rules/disableCategories/0: an empty entry (known: availability, backup, capacity, compute,"
                        + " data-quality, management, network, security, storage, time)",
                "policy.yaml:/rules/severity/TIM-001: a severity is required: one of critical, high, medium, low, info");
    }

    @Test
    void anEmptySectionIsTheDefaultsOfThatSection() throws IOException {
        assertThat(read("policyVersion: 1\nthresholds:\nrules:\n")).isEqualTo(Policy.defaults());
    }

    @Test
    void aThresholdWrittenTwiceIsRefusedNotTheLaterOneSilently() {
        assertThat(errors("thresholds:\n  vcpuPerCore: 3\n  vcpuPerCore: 8\n"))
                .containsExactly("policy.yaml:3:14: duplicate key 'vcpuPerCore' at /thresholds");
        assertThat(errors("rules: {severity: {TIM-001: high, TIM-001: low}}\n")).singleElement().asString()
                .startsWith("policy.yaml:1:").endsWith("duplicate key 'TIM-001' at /rules/severity");
    }

    @Test
    void numbersThatAreNotFiniteOrTooLargeAreSaidPlainly() {
        assertThat(errors("thresholds: {vcpuPerCore: .nan}\n")).singleElement().asString()
                .endsWith("invalid value '.nan' at /thresholds: expected a finite number (not-a-number and infinity are not allowed)");
        assertThat(errors("policyVersion: 99999999999999\n")).containsExactly("policy.yaml:1:30: invalid value '99999999999999'"
                + " at /policyVersion: expected a whole number from -2147483648 to 2147483647");
    }

    @Test
    void aHugeValueIsQuotedShort() {
        assertThat(errors("thresholds: {vcpuPerCore: '" + "9".repeat(5000) + "x'}\n"))
                .containsExactly("policy.yaml:/thresholds/vcpuPerCore: vcpuPerCore must be a number, not '" + "9".repeat(40) + "…'");
    }
}
