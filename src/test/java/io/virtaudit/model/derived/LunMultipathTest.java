package io.virtaudit.model.derived;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtaudit.model.MultipathConfig;
import io.virtaudit.model.PathPolicy;
import io.virtaudit.model.Protocol;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** STO-008: how the hosts that see a LUN handle it differently. */
class LunMultipathTest {

    private static MultipathConfig entry(String host, PathPolicy policy, String satp, Boolean alua) {
        return new MultipathConfig(host, "lun1", null, policy, satp, alua, null, null);
    }

    private static LunMultipath lun(MultipathConfig... entries) {
        return new LunMultipath(io.virtaudit.model.ModelFacts.lun("lun1", Protocol.FC, null, null), List.of(entries));
    }

    @Test
    void theSameKnownHandlingEverywhereDoesNotDiffer() {
        LunMultipath same = lun(entry("h1", PathPolicy.ROUND_ROBIN, "vmw_satp_alua ", true),
                entry("h2", PathPolicy.ROUND_ROBIN, "VMW_SATP_ALUA", null), entry("h3", null, " ", true));
        assertThat(same.handlingDiffers()).as("unknown values and the SATP's case do not count").isFalse();
        assertThat(same.handlingDifferences().attributes()).isEmpty();
        assertThat(same.handlingDifferences().describe()).isEmpty();
    }

    @Test
    void differingAttributesListEachHostsValueAndSayWhichHostsHaveWhich() {
        LunMultipath differ = lun(entry("h3", PathPolicy.ROUND_ROBIN, "VMW_SATP_ALUA", true),
                entry("h1", PathPolicy.FIXED, "VMW_SATP_ALUA", true),
                entry("h2", PathPolicy.ROUND_ROBIN, "vmw_satp_default_aa", null));
        assertThat(differ.handlingDiffers()).isTrue();
        HandlingDifferences d = differ.handlingDifferences();
        assertThat(d.attributes()).containsExactly("policy", "satp");
        assertThat(d.of("policy")).isInstanceOf(TreeMap.class)
                .containsExactly(Map.entry("h1", "fixed"), Map.entry("h2", "round-robin"), Map.entry("h3", "round-robin"));
        assertThat(d.of("alua")).isNull();
        assertThat(d.describe()).isEqualTo("policy fixed on h1, round-robin on h2, h3; "
                + "satp VMW_SATP_ALUA on h1, h3, VMW_SATP_DEFAULT_AA on h2");
    }

    @Test
    void aluaDiffersWhenKnownTrueAndFalseMeet() {
        LunMultipath differ = lun(entry("h1", null, null, true), entry("h2", null, null, false), entry("h3", null, null, null));
        assertThat(differ.handlingDiffers()).isTrue();
        assertThat(differ.handlingDifferences().describe()).isEqualTo("alua false on h2, true on h1");
    }
}
