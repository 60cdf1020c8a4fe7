package io.virtaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtaudit.TestEstates;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Framework names as an auditor types them, against the schemes of the rules' controls. */
class FrameworksTest {

    @Test
    void aNameIsASchemeOrItsFamilyInAnyCase() {
        assertThat(Frameworks.matches("stig", "STIG:ESXI-80-000124")).isTrue();
        assertThat(Frameworks.matches("STIG", "STIG-V:V-258745")).isTrue();
        assertThat(Frameworks.matches("cis", "CIS-ESXi-8:2.6")).isTrue();
        assertThat(Frameworks.matches("cis-esxi-8", "CIS-ESXi-8:2.6")).isTrue();
        assertThat(Frameworks.matches("cis-esxi-8", "CIS-ESXi-7:2.1")).isFalse();
        assertThat(Frameworks.matches("sti", "STIG:ESXI-80-000124")).as("a prefix is no family").isFalse();
        assertThat(Frameworks.matches(" ", "STIG:ESXI-80-000124")).isFalse();
    }

    @Test
    void theBuiltInPacksStigItemsListTheirRules() {
        List<RuleMetadata> rules = TestEstates.builtIn().rules();
        assertThat(Frameworks.controls(rules, "stig")).containsEntry("STIG:ESXI-80-000124",
                List.of("TIM-001", "TIM-002", "TIM-003", "TIM-009"));
        assertThat(Frameworks.controls(rules, "soc2")).containsOnlyKeys("SOC2:A1.2");
        assertThat(Frameworks.controls(rules, "hipaa")).isEmpty();
        assertThat(Frameworks.schemes(rules)).contains("stig", "stig-v", "cis-esxi-8", "scg-8");
    }
}
