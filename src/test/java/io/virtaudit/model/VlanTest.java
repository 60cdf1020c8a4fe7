package io.virtaudit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a VLAN carries besides one purpose (SEC-005). */
class VlanTest {

    @Test
    void otherPurposesAreWireNamesEachOnceSorted() {
        Vlan v = new Vlan(30, "vmotion", Arrays.asList(VlanPurpose.VMOTION, VlanPurpose.VM, VlanPurpose.MANAGEMENT,
                VlanPurpose.VM, null), null, null, null);
        assertThat(v.purposesOtherThan(VlanPurpose.VMOTION)).containsExactly("management", "vm");
        assertThat(new Vlan(30, null, List.of(VlanPurpose.VMOTION), null, null, null).purposesOtherThan(VlanPurpose.VMOTION))
                .isEmpty();
        assertThat(new Vlan(30, null, null, null, null, null).purposesOtherThan(VlanPurpose.VMOTION)).isEmpty();
    }
}
