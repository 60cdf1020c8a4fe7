package io.virtaudit.engine;

import io.virtaudit.model.Environment;
import io.virtaudit.model.Estate;
import io.virtaudit.model.Host;
import io.virtaudit.model.Lun;
import io.virtaudit.model.Vm;
import io.virtaudit.model.derived.HostLoad;
import io.virtaudit.model.derived.LunClusterUse;
import io.virtaudit.model.derived.LunUsage;
import io.virtaudit.model.derived.VlanUse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Everything derived from the VMs, in one pass over them: per host the load, per LUN its use,
 * per LUN and cluster and per VLAN and cluster the VMs on them. Counts live in arrays indexed by
 * position; only the (LUN, cluster) and (VLAN, cluster) pairs in use are kept in maps.
 */
final class VmTally {

    private final EstateIndex index;
    private final int[] on;
    private final int[] vcpus;
    private final double[] memory;
    private final boolean[] production;
    private final boolean[] critical;
    private final boolean[] pc;
    private final int[] guests;
    private final int[] vios;
    private final int[] unknownGuestOs;
    private final List<EnumSet<Environment>> environments;
    private final int[] lunVms;
    private final boolean[] lunProduction;
    private final boolean[] lunCritical;
    /** Key lunRank * clusters + clusterRank: the VMs of that cluster on that LUN. */
    private final Map<Long, int[]> lunClusters = new HashMap<>();
    /** Key vlan * clusters + clusterRank: the powered-on VMs of that cluster on that VLAN. */
    private final Map<Long, int[]> vlanClusters = new HashMap<>();
    /** Per guest OS text (an estate has a few hundred): whether it names a VIOS. */
    private final Map<String, Boolean> viosGuests = new HashMap<>();

    private VmTally(EstateIndex index) {
        this.index = index;
        int hosts = index.hosts.size();
        this.on = new int[hosts];
        this.vcpus = new int[hosts];
        this.memory = new double[hosts];
        this.production = new boolean[hosts];
        this.critical = new boolean[hosts];
        this.pc = new boolean[hosts];
        this.guests = new int[hosts];
        this.vios = new int[hosts];
        this.unknownGuestOs = new int[hosts];
        this.environments = new ArrayList<>(hosts);
        for (int h = 0; h < hosts; h++) {
            environments.add(EnumSet.noneOf(Environment.class));
        }
        int luns = index.luns.size();
        this.lunVms = new int[luns];
        this.lunProduction = new boolean[luns];
        this.lunCritical = new boolean[luns];
    }

    static VmTally of(Estate estate, EstateIndex index) {
        VmTally tally = new VmTally(index);
        for (Vm vm : estate.vms()) {
            tally.add(vm);
        }
        return tally;
    }

    private void add(Vm vm) {
        int h = index.host(vm.host());
        int cluster = h < 0 ? -1 : index.clusterOfHost[h];
        if (h >= 0) {
            addLoad(h, vm);
        }
        if (!vm.isTemplateVm() && vm.datastores() != null) {
            List<String> datastores = vm.datastores();
            for (int i = 0; i < datastores.size(); i++) {
                if (datastores.indexOf(datastores.get(i)) == i) {
                    addDatastore(datastores.get(i), vm, cluster);
                }
            }
        }
        if (vm.on() && vm.networks() != null && cluster >= 0) {
            List<Integer> networks = vm.networks();
            for (int i = 0; i < networks.size(); i++) {
                Integer vlan = networks.get(i);
                if (vlan != null && networks.indexOf(vlan) == i) {
                    long key = (long) vlan * index.clusters.size() + index.clusterRank[cluster];
                    vlanClusters.computeIfAbsent(key, k -> new int[1])[0]++;
                }
            }
        }
    }

    private void addLoad(int h, Vm vm) {
        if (!vm.isTemplateVm()) {
            guests[h]++;
            if (vm.guestOs() == null) {
                unknownGuestOs[h]++;
            } else if (viosGuests.computeIfAbsent(vm.guestOs(), VmTally::containsVios)) {
                vios[h]++;
            }
            if (vm.environment() != null) {
                environments.get(h).add(vm.environment());
            }
        }
        if (vm.on()) {
            on[h]++;
            vcpus[h] += vm.loadVcpus();
            memory[h] += vm.loadMemoryGb();
            production[h] |= vm.production();
            critical[h] |= vm.critical();
            pc[h] |= vm.pc();
        }
    }

    private void addDatastore(String id, Vm vm, int cluster) {
        int l = index.lun(id);
        if (l < 0) {
            return;
        }
        lunVms[l]++;
        lunProduction[l] |= vm.production();
        lunCritical[l] |= vm.critical();
        if (cluster >= 0) {
            long key = (long) index.lunRank[l] * index.clusters.size() + index.clusterRank[cluster];
            lunClusters.computeIfAbsent(key, k -> new int[] {l, cluster, 0})[2]++;
        }
    }

    /** Whether the guest OS names a Virtual I/O Server, in any case, without copying the text. */
    static boolean containsVios(String guestOs) {
        for (int i = 0; i + 4 <= guestOs.length(); i++) {
            if (guestOs.regionMatches(true, i, "VIOS", 0, 4)) {
                return true;
            }
        }
        return false;
    }

    HostLoad load(int h) {
        return new HostLoad(index.hosts.get(h).id(), on[h], vcpus[h], memory[h], production[h], critical[h], pc[h],
                guests[h], vios[h], unknownGuestOs[h], List.copyOf(environments.get(h)));
    }

    /** One per LUN of the estate, in its order. */
    List<LunUsage> lunUsage() {
        List<LunUsage> out = new ArrayList<>(index.luns.size());
        for (int l = 0; l < index.luns.size(); l++) {
            out.add(new LunUsage(index.luns.get(l).id(), lunVms[l], lunProduction[l], lunCritical[l]));
        }
        return out;
    }

    /** Sorted by LUN id, then cluster id. */
    List<LunClusterUse> lunClusterUse() {
        List<LunClusterUse> out = new ArrayList<>(lunClusters.size());
        new TreeMap<>(lunClusters).values().forEach(v -> out.add(new LunClusterUse(index.luns.get(v[0]).id(),
                index.clusters.get(v[1]).id(), v[2], hostsMissing(index.luns.get(v[0]), v[1]))));
        return out;
    }

    /** The active hosts of the cluster at position {@code cluster} that the LUN is not presented to, sorted. */
    private List<String> hostsMissing(Lun lun, int cluster) {
        if (lun.hosts() == null) {
            return List.of();
        }
        TreeSet<String> missing = new TreeSet<>();
        for (int h : index.hostsOfCluster(cluster)) {
            Host host = index.hosts.get(h);
            if (host.active() && !holds(lun.hosts(), host.id())) {
                missing.add(host.id());
            }
        }
        return List.copyOf(missing);
    }

    /** Whether the ids hold this one: {@code List.contains} that compares the strings' cached hashes first. */
    private static boolean holds(List<String> ids, String id) {
        if (id == null) {
            return ids.contains(null);
        }
        int hash = id.hashCode();
        for (String held : ids) {
            if (held != null && held.hashCode() == hash && held.equals(id)) {
                return true;
            }
        }
        return false;
    }

    /** Sorted by VLAN, then cluster id. */
    List<VlanUse> vlanUse() {
        int clusters = index.clusters.size();
        String[] byRank = new String[clusters];
        for (int c = 0; c < clusters; c++) {
            byRank[index.clusterRank[c]] = index.clusters.get(c).id();
        }
        List<VlanUse> out = new ArrayList<>(vlanClusters.size());
        new TreeMap<>(vlanClusters).forEach((key, n) -> out.add(new VlanUse((int) Math.floorDiv(key, (long) clusters),
                byRank[(int) Math.floorMod(key, (long) clusters)], n[0])));
        return out;
    }
}
