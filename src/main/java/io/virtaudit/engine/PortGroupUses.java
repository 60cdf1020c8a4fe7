package io.virtaudit.engine;

import io.virtaudit.model.Estate;
import io.virtaudit.model.PortGroup;
import io.virtaudit.model.Vlan;
import io.virtaudit.model.VlanPurpose;
import io.virtaudit.model.Vm;
import io.virtaudit.model.derived.PortGroupUse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One {@link PortGroupUse} per port group of the estate, in its order: one pass over the VMs that name port groups. */
final class PortGroupUses {

    private PortGroupUses() {
    }

    static List<PortGroupUse> of(Estate estate) {
        if (estate.portGroups().isEmpty()) {
            return List.of();
        }
        Map<String, int[]> onVms = new HashMap<>();
        Map<String, Boolean> pc = new HashMap<>();
        for (Vm vm : estate.vms()) {
            if (!vm.on() || vm.isAgent() || vm.portGroups() == null) {
                continue;
            }
            for (String id : vm.portGroups().stream().distinct().toList()) {
                onVms.computeIfAbsent(id, k -> new int[1])[0]++;
                pc.merge(id, vm.pc(), Boolean::logicalOr);
            }
        }
        Map<Integer, Vlan> vlans = new HashMap<>();
        estate.vlans().forEach(v -> vlans.put(v.id(), v));
        List<PortGroupUse> out = new ArrayList<>(estate.portGroups().size());
        for (PortGroup group : estate.portGroups()) {
            int[] count = onVms.get(group.id());
            out.add(new PortGroupUse(group.id(), managementOrStorage(group, vlans), count == null ? 0 : count[0],
                    pc.getOrDefault(group.id(), false)));
        }
        return out;
    }

    /** MS(pg): the port group's own purposes where known, else its VLAN's, never VLAN 0's (untagged is no one network). */
    private static boolean managementOrStorage(PortGroup group, Map<Integer, Vlan> vlans) {
        List<VlanPurpose> purposes = group.purposes();
        if (purposes == null && group.vlan() != null && group.vlan() != 0 && vlans.containsKey(group.vlan())) {
            purposes = vlans.get(group.vlan()).purposes();
        }
        return purposes != null && (purposes.contains(VlanPurpose.MANAGEMENT) || purposes.contains(VlanPurpose.STORAGE));
    }
}
