package io.virtaudit.model.derived;

import static org.assertj.core.api.Assertions.assertThat;

import io.virtaudit.model.SwitchType;
import io.virtaudit.model.Teaming;
import io.virtaudit.model.Vlan;
import io.virtaudit.model.VlanPurpose;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What host ports, taken together, show to the network rules, and how their messages say it. */
class HostPortsTest {

    private static HostPort port(String host, Integer vlan, Integer mtu, List<String> uplinks, String portGroup) {
        return new HostPort(host, vlan, mtu, uplinks, Teaming.PORT_ID, SwitchType.DISTRIBUTED, null, portGroup,
                List.of(VlanPurpose.MANAGEMENT));
    }

    private static HostPort teaming(Integer vlan, Teaming teaming, SwitchType switchType, Boolean binding) {
        return new HostPort("h1", vlan, 1500, List.of("vmnic0"), teaming, switchType, binding, null, List.of());
    }

    @Test
    void mtusByHostAndByVlanAreSortedAndTheLastPortCounts() {
        HostPorts ports = HostPorts.of(List.of(port("h2", 20, 9000, null, null), port("h1", 20, 1500, null, null),
                port("h1", 10, 9216, null, null)));
        assertThat(ports.mtuByHost()).containsExactly(Map.entry("h1", 9216), Map.entry("h2", 9000));
        assertThat(ports.mtuByVlan()).containsExactly(Map.entry(10, 9216), Map.entry(20, 1500));
        assertThat(ports.mtuText()).isEqualTo("VLAN 10 MTU 9216, VLAN 20 MTU 1500");
    }

    @Test
    void uplinksOverAllPortsAreKnownOnlyWhenEveryPortsAre() {
        HostPorts one = HostPorts.of(List.of(port("h1", 30, null, List.of("vmnic2"), null),
                port("h1", 31, null, List.of("vmnic2", "vmnic2"), null)));
        assertThat(one.uplinks()).containsExactly("vmnic2");
        assertThat(one.singleUplink()).isTrue();
        assertThat(one.vlans()).containsExactly(30, 31);
        HostPorts two = HostPorts.of(List.of(port("h1", 30, null, List.of("vmnic3"), null),
                port("h1", 30, null, List.of("vmnic2"), null)));
        assertThat(two.uplinks()).containsExactly("vmnic2", "vmnic3");
        assertThat(two.singleUplink()).isFalse();
        assertThat(two.vlans()).containsExactly(30);
        HostPorts unknown = HostPorts.of(List.of(port("h1", 30, null, List.of("vmnic2"), null), port("h1", 31, null, null, null)));
        assertThat(unknown.uplinks()).isNull();
        assertThat(unknown.singleUplink()).as("unknown is not single").isFalse();
    }

    @Test
    void managementUplinksByVlanAndByPortGroupInWords() {
        HostPorts ports = HostPorts.of(List.of(port("h1", 10, null, List.of("vmnic1", "vmnic0", "vmnic1"), null),
                port("h1", 11, null, List.of(), "Mgmt"), port("h1", 5, null, List.of("vmnic4"), null)));
        assertThat(ports.uplinksByVlan()).containsExactly(Map.entry(5, List.of("vmnic4")),
                Map.entry(10, List.of("vmnic0", "vmnic1")));
        assertThat(ports.uplinksByPortGroup()).containsExactly(Map.entry("port group Mgmt (VLAN 11)", List.of()));
        assertThat(ports.uplinkText()).isEqualTo("VLAN 5 has 1 uplink(s) (vmnic4); VLAN 10 has 2 uplink(s) (vmnic0, vmnic1); "
                + "port group Mgmt (VLAN 11) has 0 uplink(s)");
    }

    @Test
    void teamingProblemsByVlan() {
        HostPorts ports = HostPorts.of(List.of(teaming(40, Teaming.IP_HASH, SwitchType.DISTRIBUTED, true),
                teaming(30, Teaming.LACP, SwitchType.STANDARD, null)));
        assertThat(ports.teamingProblemsByVlan()).containsExactly(Map.entry(30, "lacp on a standard switch"),
                Map.entry(40, "iSCSI port binding with ip-hash teaming"));
        assertThat(ports.teamingText()).isEqualTo("VLAN 30: lacp on a standard switch; VLAN 40: iSCSI port binding with ip-hash teaming");
    }

    @Test
    void aPortsDistinctUplinks() {
        assertThat(port("h1", 10, null, List.of("a", "a"), null).distinctUplinks()).isEqualTo(1);
        assertThat(port("h1", 10, null, List.of("a", "b"), null).distinctUplinks()).isEqualTo(2);
        assertThat(port("h1", 10, null, null, null).distinctUplinks()).isZero();
    }

    @Test
    void aVlansHostMtusMismatchWhenTheyDisagreeOrMissTheDesign() {
        Vlan designed = new Vlan(20, null, List.of(VlanPurpose.STORAGE), 9000, null, null);
        Vlan undesigned = new Vlan(20, null, List.of(VlanPurpose.STORAGE), null, null, null);
        assertThat(designed.mtuMismatch(Set.of(9000))).isFalse();
        assertThat(designed.mtuMismatch(Set.of(1500))).isTrue();
        assertThat(designed.mtuMismatch(Set.of())).isFalse();
        assertThat(undesigned.mtuMismatch(Set.of(1500))).isFalse();
        assertThat(undesigned.mtuMismatch(Set.of(1500, 9000))).isTrue();
    }
}
