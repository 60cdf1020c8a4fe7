package io.virtaudit.engine;

import io.virtaudit.concurrent.Uninterruptibles;
import io.virtaudit.model.CpuVendor;
import io.virtaudit.model.Estate;
import io.virtaudit.model.Host;
import io.virtaudit.model.Lun;
import io.virtaudit.model.Product;
import io.virtaudit.model.Protocol;
import io.virtaudit.model.Versions;
import io.virtaudit.model.derived.ClusterCapacity;
import io.virtaudit.model.derived.HostLoad;
import io.virtaudit.model.derived.HostPort;
import io.virtaudit.model.derived.SourceSkips;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Aggregates computed once per host, cluster, LUN and VLAN in one pass over the estate, so that
 * rules join them by id instead of re-scanning VMs per pair (issue 7's "no per-VM-pair work").
 */
public final class DerivedFacts {

    private static final Set<Product> QUORUM_PRODUCTS = EnumSet.of(Product.PROXMOX, Product.OVIRT, Product.XEN,
            Product.CITRIX);

    private DerivedFacts() {
    }

    /**
     * All derived facts of the estate, then {@code more}: the placements and multipath links, with
     * {@code more}, are made on a thread of their own while this one tallies the loads and
     * capacities (the second core has nothing else to do then; docs/performance.md, item 23).
     * The order of the facts is the same either way.
     */
    public static List<Object> of(Estate estate, Supplier<? extends List<?>> more) {
        EstateIndex index = new EstateIndex(estate);
        FutureTask<List<List<?>>> links = new FutureTask<>(() -> List.of(VmPlacements.of(estate, index),
                MultipathLinks.of(estate, index), MultipathLinks.byLun(estate, index), more.get()));
        Thread thread = new Thread(links, "virtaudit-derive");
        thread.setDaemon(true);
        thread.start();
        VmTally tally = VmTally.of(estate, index);
        InterfacePurposes purposes = new InterfacePurposes(estate);
        List<Object> facts = new ArrayList<>();
        Map<String, HostLoad> loads = new HashMap<>();
        for (int h = 0; h < index.hosts.size(); h++) {
            Host host = index.hosts.get(h);
            HostLoad load = tally.load(h);
            loads.put(host.id(), load);
            facts.add(load);
            if (host.networks() != null) {
                host.networks().forEach(n -> facts.add(new HostPort(host.id(), n.vlan(), n.mtu(), n.uplinks(),
                        n.teaming(), n.switchType(), n.iscsiPortBinding(), n.portGroup(), purposes.of(n))));
            }
        }
        facts.addAll(capacities(estate, loads));
        facts.addAll(tally.lunUsage());
        facts.addAll(tally.vlanUse());
        facts.addAll(tally.lunClusterUse());
        facts.addAll(PortGroupUses.of(estate, purposes));
        facts.addAll(PortGroupSpreads.of(estate));
        if (estate.info() != null && estate.info().sources() != null) {
            estate.info().sources().stream().map(SourceSkips::of).filter(java.util.Objects::nonNull).forEach(facts::add);
        }
        Uninterruptibles.get(links).forEach(facts::addAll);
        return facts;
    }

    private static List<ClusterCapacity> capacities(Estate estate, Map<String, HostLoad> loads) {
        Map<String, List<Host>> hostsByCluster = new HashMap<>();
        for (Host host : estate.hosts()) {
            if (host.cluster() != null) {
                hostsByCluster.computeIfAbsent(host.cluster(), k -> new ArrayList<>()).add(host);
            }
        }
        Map<String, Integer> visible = new HashMap<>();
        Map<String, Integer> unknown = new HashMap<>();
        Map<String, Integer> shared = sharedDatastores(estate, hostsByCluster, visible, unknown);
        List<ClusterCapacity> out = new ArrayList<>();
        for (var cluster : estate.clusters()) {
            List<Host> hosts = hostsByCluster.getOrDefault(cluster.id(), List.of());
            int active = 0;
            double memory = 0;
            double maxMemory = 0;
            int cores = 0;
            int maxCores = 0;
            boolean memoryKnown = true;
            boolean coresKnown = true;
            int onVms = 0;
            double demandMemory = 0;
            int demandVcpus = 0;
            TreeSet<Product> products = new TreeSet<>();
            TreeSet<CpuVendor> vendors = new TreeSet<>();
            TreeSet<String> versions = new TreeSet<>();
            for (Host host : hosts) {
                products.add(host.product());
                if (host.cpu() != null && host.cpu().vendor() != null) {
                    vendors.add(host.cpu().vendor());
                }
                String version = Versions.majorMinor(host.hypervisor().version());
                if (version != null) {
                    versions.add(version);
                }
                HostLoad load = loads.get(host.id());
                onVms += load.onVms();
                demandMemory += load.memoryGb();
                demandVcpus += load.vcpus();
                if (!host.active()) {
                    continue;
                }
                active++;
                memoryKnown &= host.memoryGb() != null;
                coresKnown &= host.cores() != null;
                memory += host.activeMemoryGb();
                maxMemory = Math.max(maxMemory, host.activeMemoryGb());
                cores += host.activeCores();
                maxCores = Math.max(maxCores, host.activeCores());
            }
            boolean quorum = products.stream().anyMatch(QUORUM_PRODUCTS::contains);
            out.add(new ClusterCapacity(cluster.id(), hosts.size(), active, memory, maxMemory, cores, maxCores,
                    memoryKnown, coresKnown, onVms, demandMemory, demandVcpus, List.copyOf(products), quorum,
                    List.copyOf(vendors), List.copyOf(versions), visible.getOrDefault(cluster.id(), 0),
                    active == 0 ? 0 : shared.getOrDefault(cluster.id(), 0),
                    active == 0 ? 0 : unknown.getOrDefault(cluster.id(), 0)));
        }
        return out;
    }

    /**
     * Per cluster, the non-local datastores every active host of it sees; {@code visible} gets
     * the datastores of any kind that some active host sees (zero: the estate does not describe
     * the cluster's storage), {@code unknown} those of unknown protocol that every active host
     * sees (they may be shared: a data gap, not a shortage).
     */
    private static Map<String, Integer> sharedDatastores(Estate estate, Map<String, List<Host>> hostsByCluster,
                                                         Map<String, Integer> visible, Map<String, Integer> unknown) {
        Map<String, Host> hosts = new HashMap<>();
        estate.hosts().forEach(h -> hosts.put(h.id(), h));
        Map<String, Long> activeByCluster = new HashMap<>();
        hostsByCluster.forEach((c, list) -> activeByCluster.put(c, list.stream().filter(Host::active).count()));
        Map<String, Integer> shared = new HashMap<>();
        for (Lun lun : estate.luns()) {
            if (lun.hosts() == null) {
                continue;
            }
            Map<String, Integer> seenBy = new HashMap<>();
            for (String id : new LinkedHashSet<>(lun.hosts())) {
                Host host = hosts.get(id);
                if (host != null && host.cluster() != null && host.active()) {
                    seenBy.merge(host.cluster(), 1, Integer::sum);
                }
            }
            seenBy.keySet().forEach(cluster -> visible.merge(cluster, 1, Integer::sum));
            if (lun.protocol() == Protocol.LOCAL) {
                continue;
            }
            Map<String, Integer> counts = lun.protocol() == null ? unknown : shared;
            seenBy.forEach((cluster, n) -> {
                if (n.longValue() == activeByCluster.getOrDefault(cluster, -1L)) {
                    counts.merge(cluster, 1, Integer::sum);
                }
            });
        }
        return shared;
    }
}
