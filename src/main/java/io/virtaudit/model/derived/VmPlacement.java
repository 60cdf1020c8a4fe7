package io.virtaudit.model.derived;

import io.virtaudit.model.Cluster;
import io.virtaudit.model.Host;
import io.virtaudit.model.Lun;
import io.virtaudit.model.Protocol;
import io.virtaudit.model.Vm;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Where a VM runs, resolved once per VM: its host, the host's cluster and the LUNs of its
 * datastores. Rules about a VM and its host, cluster or datastores match this one fact with
 * plain constraints instead of joining each of 100,000s of VMs to its host (a tuple per VM and
 * rule) or iterating its datastores with {@code from}.
 *
 * @param cluster    the host's cluster, or null for a standalone host
 * @param datastores the distinct LUNs of the VM's datastores, in its order; null when its
 *                   datastores are unknown
 */
public record VmPlacement(Vm vm, Host host, Cluster cluster, List<Lun> datastores) {

    /** The ids of the host-local datastores among the VM's, sorted; none when its datastores are unknown (AVL-009). */
    public List<String> localDatastores() {
        TreeSet<String> ids = new TreeSet<>();
        if (datastores != null) {
            for (Lun lun : datastores) {
                if (lun.protocol() == Protocol.LOCAL) {
                    ids.add(lun.id());
                }
            }
        }
        return List.copyOf(ids);
    }

    /**
     * BKP-007: the VM's datastores whose used share is known and at least {@code used} (0-1), with
     * their used percentage, sorted by id; none when its datastores are unknown.
     */
    public TreeMap<String, Double> nearlyFullDatastores(double used) {
        TreeMap<String, Double> full = new TreeMap<>();
        if (datastores != null) {
            for (Lun lun : datastores) {
                if (lun.usedFraction() != null && lun.usedFraction() >= used) {
                    full.put(lun.id(), lun.usedPercent());
                }
            }
        }
        return full;
    }

    /** {@link #nearlyFullDatastores(double)} in words: {@code ds1 (91.0 % used), ds2 (95.5 % used)}. */
    public String nearlyFullText(double used) {
        List<String> parts = new ArrayList<>();
        nearlyFullDatastores(used).forEach((id, percent) -> parts.add(id + " (" + percent + " % used)"));
        return String.join(", ", parts);
    }

    /** The VM has more vCPUs than one socket of its host has cores (CMP-007); false when either is unknown. */
    public boolean vcpusBeyondSocket() {
        Integer perSocket = host.cpu() == null ? null : host.cpu().coresPerSocket();
        return vm.vcpus() != null && perSocket != null && vm.vcpus() > perSocket;
    }

    /**
     * The VM has more memory than one NUMA node of its host holds, the host's memory shared evenly
     * by its sockets (CMP-007); false when any of them is unknown.
     */
    public boolean memoryBeyondNode() {
        Integer sockets = host.cpu() == null ? null : host.cpu().sockets();
        return vm.memoryGb() != null && host.memoryGb() != null && sockets != null
                && vm.memoryGb() * sockets > host.memoryGb();
    }

    /** The memory of one NUMA node of the host: its memory over its sockets; null when either is unknown. */
    public Double nodeMemoryGb() {
        Integer sockets = host.cpu() == null ? null : host.cpu().sockets();
        return host.memoryGb() == null || sockets == null ? null : host.memoryGb() / sockets;
    }
}
