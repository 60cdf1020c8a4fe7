package io.virtaudit.engine;

import io.virtaudit.model.Estate;
import io.virtaudit.model.Host;
import io.virtaudit.model.PortGroup;
import io.virtaudit.model.Vlan;
import io.virtaudit.model.VlanPurpose;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a host interface or a port group carries (management, storage, …), for NET-005, NET-006 and
 * the port-group rules' MS: its port
 * group's purposes where the port group and its purposes are known, else its VLAN's, never VLAN
 * 0's. VLAN 0 is untagged: a BMC's USB NIC on one switch and the management network on another
 * are both VLAN 0, and joining them through it gave false findings (catalogue edge case 11).
 */
final class InterfacePurposes {

    private final Map<String, PortGroup> portGroups = new HashMap<>();
    private final Map<Integer, Vlan> vlans = new HashMap<>();

    InterfacePurposes(Estate estate) {
        estate.portGroups().forEach(g -> portGroups.put(g.id(), g));
        estate.vlans().forEach(v -> vlans.put(v.id(), v));
    }

    /** The interface's purposes, or null when unknown. */
    List<VlanPurpose> of(Host.HostNetwork network) {
        return of(network.portGroup() == null ? null : portGroups.get(network.portGroup()), network.vlan());
    }

    /** A port group's purposes (MS(pg) of the catalogue reads them), or null when unknown. */
    List<VlanPurpose> of(PortGroup group) {
        return of(group, group.vlan());
    }

    private List<VlanPurpose> of(PortGroup group, Integer vlanId) {
        if (group != null && group.purposes() != null) {
            return group.purposes();
        }
        if (vlanId == null || vlanId == 0) {
            return null;
        }
        Vlan vlan = vlans.get(vlanId);
        return vlan == null ? null : vlan.purposes();
    }
}
