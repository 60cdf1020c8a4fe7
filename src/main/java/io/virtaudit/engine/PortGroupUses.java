package io.virtaudit.engine;

import io.virtaudit.model.Estate;
import io.virtaudit.model.PortGroup;
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

    static List<PortGroupUse> of(Estate estate, InterfacePurposes purposes) {
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
        List<PortGroupUse> out = new ArrayList<>(estate.portGroups().size());
        for (PortGroup group : estate.portGroups()) {
            int[] count = onVms.get(group.id());
            List<VlanPurpose> carried = purposes.of(group);
            boolean ms = carried != null && (carried.contains(VlanPurpose.MANAGEMENT) || carried.contains(VlanPurpose.STORAGE));
            out.add(new PortGroupUse(group.id(), ms, count == null ? 0 : count[0],
                    pc.getOrDefault(group.id(), false)));
        }
        return out;
    }
}
