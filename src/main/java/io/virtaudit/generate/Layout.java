package io.virtaudit.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * The shape of a synthetic estate as index arithmetic: ten VMs per host, sixteen host slots per
 * cluster, one LUN per five VMs seen through four or five hosts, three VLANs per cluster from a
 * pool of valid ids. Nothing is stored per object, so a million VMs need no more memory than ten.
 */
final class Layout {

    static final int VMS_PER_HOST = 10;
    static final int HOSTS_PER_CLUSTER = 16;
    static final int VMS_PER_LUN = 5;
    /** Hosts with multipath entries per LUN: four, five on ESXi (whose clusters zone wider). */
    static final int PATH_HOSTS = 4;
    static final int ESXI_PATH_HOSTS = 5;
    /** Multipath entries of one LUN are keyed {@code lun * PATH_KEYS + k} for the dice. */
    static final int PATH_KEYS = 8;
    /** Per cluster: vMotion, then two VM networks. */
    static final int VLANS_PER_CLUSTER = 3;

    final int vms;
    final int hosts;
    final int clusters;
    final int luns;
    private final int[] vlanPool;

    Layout(int vms) {
        if (vms < 1) {
            throw new IllegalArgumentException("an estate needs at least one VM");
        }
        this.vms = vms;
        this.hosts = ceil(vms, VMS_PER_HOST);
        this.clusters = ceil(hosts, HOSTS_PER_CLUSTER);
        this.luns = ceil(vms, VMS_PER_LUN);
        this.vlanPool = vlanPool();
    }

    static int ceil(int a, int b) {
        return (a + b - 1) / b;
    }

    int hostOfVm(int vm) {
        return vm / VMS_PER_HOST;
    }

    int clusterOfHost(int host) {
        return host / HOSTS_PER_CLUSTER;
    }

    int position(int host) {
        return host % HOSTS_PER_CLUSTER;
    }

    Profile profileOfHost(int host) {
        return Profile.of(clusterOfHost(host));
    }

    /** Host slots of the cluster slot (the last one may be short). */
    int slotsOf(int cluster) {
        return Math.min(HOSTS_PER_CLUSTER, hosts - cluster * HOSTS_PER_CLUSTER);
    }

    boolean clustered(int host) {
        return profileOfHost(host).clustered(position(host));
    }

    /** The hosts that share storage with this one: its cluster's members, or itself alone. */
    List<Integer> storageGroup(int host) {
        if (!clustered(host)) {
            return List.of(host);
        }
        int cluster = clusterOfHost(host);
        List<Integer> members = new ArrayList<>();
        for (int p = 0; p < slotsOf(cluster); p++) {
            if (Profile.of(cluster).clustered(p)) {
                members.add(cluster * HOSTS_PER_CLUSTER + p);
            }
        }
        return members;
    }

    int lunOfVm(int vm) {
        return vm / VMS_PER_LUN;
    }

    /** The host that runs the LUN's VMs. */
    int hostOfLun(int lun) {
        return lun * VMS_PER_LUN / VMS_PER_HOST;
    }

    /** The hosts with multipath entries for the LUN: its own host and the next ones of its group. */
    List<Integer> pathHosts(int lun) {
        int host = hostOfLun(lun);
        List<Integer> group = storageGroup(host);
        int start = group.indexOf(host);
        int wanted = profileOfHost(host).esxi() ? ESXI_PATH_HOSTS : PATH_HOSTS;
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < Math.min(wanted, group.size()); k++) {
            out.add(group.get((start + k) % group.size()));
        }
        return out;
    }

    /** Groups of VLANs in the pool; clusters beyond it reuse them, as sites reuse VLAN ids. */
    int vlanGroups() {
        return vlanPool.length / VLANS_PER_CLUSTER;
    }

    int vlanGroupOf(int cluster) {
        return cluster % vlanGroups();
    }

    /** VLAN ids of a group: role 0 vMotion, 1 and 2 VM networks. */
    int vlan(int group, int role) {
        return vlanPool[group * VLANS_PER_CLUSTER + role];
    }

    /** Groups in use: one per cluster up to the pool's size. */
    int vlanGroupsUsed() {
        return Math.min(clusters, vlanGroups());
    }

    /** The cluster slots that use a VLAN group. */
    List<Integer> clustersOfVlanGroup(int group) {
        List<Integer> out = new ArrayList<>();
        for (int c = group; c < clusters; c += vlanGroups()) {
            out.add(c);
        }
        return out;
    }

    /** Valid VLAN ids for clusters: 100–3967 without the switch-reserved 1001–1024. */
    private static int[] vlanPool() {
        List<Integer> ids = new ArrayList<>();
        for (int id = 100; id <= 3967; id++) {
            if (id < 1001 || id > 1024) {
                ids.add(id);
            }
        }
        int usable = ids.size() - ids.size() % VLANS_PER_CLUSTER;
        return ids.subList(0, usable).stream().mapToInt(Integer::intValue).toArray();
    }
}
