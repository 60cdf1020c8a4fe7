package io.virtaudit.engine;

import io.virtaudit.model.Estate;
import io.virtaudit.model.Lun;
import io.virtaudit.model.Vm;
import io.virtaudit.model.derived.VmPlacement;
import java.util.ArrayList;
import java.util.List;

/**
 * The placement of every VM whose host the estate describes, in the order of the VMs. Agent VMs
 * (vCLS) get none: the built-in pack reads VMs only through their placements, so no VM rule
 * judges them, while their load still counts in the host and cluster aggregates.
 */
final class VmPlacements {

    private VmPlacements() {
    }

    static List<VmPlacement> of(Estate estate, EstateIndex index) {
        List<VmPlacement> out = new ArrayList<>(estate.vms().size());
        for (Vm vm : estate.vms()) {
            int h = index.host(vm.host());
            if (h >= 0 && !vm.isAgent()) {
                int c = index.clusterOfHost[h];
                out.add(new VmPlacement(vm, index.hosts.get(h), c < 0 ? null : index.clusters.get(c),
                        datastores(vm.datastores(), index)));
            }
        }
        return out;
    }

    /** The distinct LUNs the ids name, in their order; ids of no LUN are left out. */
    private static List<Lun> datastores(List<String> ids, EstateIndex index) {
        if (ids == null) {
            return null;
        }
        List<Lun> luns = new ArrayList<>(ids.size());
        for (String id : ids) {
            int l = index.lun(id);
            if (l >= 0 && !holds(luns, index.luns.get(l))) {
                luns.add(index.luns.get(l));
            }
        }
        return List.copyOf(luns);
    }

    /** Whether the list holds this very LUN (records compare by value, which would read every field). */
    private static boolean holds(List<Lun> luns, Lun lun) {
        for (Lun held : luns) {
            if (held == lun) {
                return true;
            }
        }
        return false;
    }
}
