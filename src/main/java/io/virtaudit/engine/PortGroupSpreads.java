package io.virtaudit.engine;

import io.virtaudit.model.Estate;
import io.virtaudit.model.Host;
import io.virtaudit.model.PortGroup;
import io.virtaudit.model.Vm;
import io.virtaudit.model.derived.PortGroupSpread;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * NET-009's facts: for each cluster and port-group name its powered-on VMs use, the ACTIVE hosts
 * that lack a port group of that name and the aspects (switch type, VLAN or trunk, security
 * policy) in which the hosts' port groups of that name differ. HA or vMotion moving a VM to the
 * odd host cuts or changes its network.
 */
final class PortGroupSpreads {

    private PortGroupSpreads() {
    }

    static List<PortGroupSpread> of(Estate estate) {
        if (estate.portGroups().isEmpty()) {
            return List.of();
        }
        Map<String, PortGroup> byId = new HashMap<>();
        Map<String, List<PortGroup>> byName = new HashMap<>();
        for (PortGroup g : estate.portGroups()) {
            byId.put(g.id(), g);
            if (!Boolean.TRUE.equals(g.uplink())) {
                byName.computeIfAbsent(g.name(), k -> new ArrayList<>()).add(g);
            }
        }
        Map<String, Host> hosts = new HashMap<>();
        Map<String, List<Host>> members = new TreeMap<>();
        for (Host h : estate.hosts()) {
            hosts.put(h.id(), h);
            if (h.cluster() != null) {
                members.computeIfAbsent(h.cluster(), k -> new ArrayList<>()).add(h);
            }
        }
        Map<String, Map<String, Boolean>> used = usedNames(estate, byId, hosts);
        List<PortGroupSpread> out = new ArrayList<>();
        used.forEach((cluster, names) -> names.forEach((name, pc) -> {
            PortGroupSpread spread = spread(cluster, name, pc, members.getOrDefault(cluster, List.of()),
                    byName.getOrDefault(name, List.of()));
            if (spread != null) {
                out.add(spread);
            }
        }));
        return out;
    }

    /** Per cluster, the port-group names its powered-on VMs use, each with whether a PC VM is among them. */
    private static Map<String, Map<String, Boolean>> usedNames(Estate estate, Map<String, PortGroup> byId,
                                                                Map<String, Host> hosts) {
        Map<String, Map<String, Boolean>> used = new TreeMap<>();
        for (Vm vm : estate.vms()) {
            Host host = vm.on() && !vm.isAgent() && vm.portGroups() != null ? hosts.get(vm.host()) : null;
            if (host == null || host.cluster() == null) {
                continue;
            }
            for (String id : vm.portGroups()) {
                PortGroup g = byId.get(id);
                if (g != null && g.name() != null && !Boolean.TRUE.equals(g.uplink())) {
                    used.computeIfAbsent(host.cluster(), k -> new TreeMap<>()).merge(g.name(), vm.pc(), Boolean::logicalOr);
                }
            }
        }
        return used;
    }

    private static PortGroupSpread spread(String cluster, String name, boolean pc, List<Host> clusterHosts,
                                          List<PortGroup> named) {
        List<String> active = clusterHosts.stream().filter(Host::active).map(Host::id).toList();
        // the port groups of that name on the cluster's active hosts; a distributed one whose hosts are unknown may be anywhere
        List<PortGroup> here = named.stream().filter(g -> g.hosts() == null || g.hosts().stream().anyMatch(active::contains))
                .toList();
        List<String> without = new ArrayList<>();
        if (here.stream().allMatch(g -> g.hosts() != null)) {
            TreeSet<String> covered = new TreeSet<>();
            here.forEach(g -> covered.addAll(g.hosts()));
            active.stream().filter(h -> !covered.contains(h)).sorted().forEach(without::add);
        }
        List<String> differences = new ArrayList<>();
        difference("switchType", here, active, g -> g.switchType() == null ? null : g.switchType().wireName(), differences);
        difference("vlan", here, active, PortGroupSpreads::vlan, differences);
        difference("security", here, active, PortGroupSpreads::security, differences);
        if (without.isEmpty() && differences.isEmpty()) {
            return null;
        }
        return new PortGroupSpread(cluster, name, List.copyOf(without), List.copyOf(differences), pc);
    }

    /** One aspect's known values, each with the cluster hosts (or the port group, hosts unknown) that have it; text when they differ. */
    private static void difference(String aspect, List<PortGroup> groups, List<String> active,
                                   Function<PortGroup, String> value, List<String> differences) {
        Map<String, TreeSet<String>> where = new TreeMap<>();
        for (PortGroup g : groups) {
            String v = value.apply(g);
            if (v != null) {
                TreeSet<String> at = where.computeIfAbsent(v, k -> new TreeSet<>());
                if (g.hosts() == null) {
                    at.add(g.id());
                } else {
                    g.hosts().stream().filter(active::contains).forEach(at::add);
                }
            }
        }
        if (where.size() > 1) {
            List<String> parts = new ArrayList<>();
            where.forEach((v, at) -> parts.add(v + " on " + String.join(", ", at)));
            differences.add(aspect + " " + String.join("; ", parts));
        }
    }

    private static String vlan(PortGroup g) {
        if (g.vlan() != null) {
            return String.valueOf(g.vlan());
        }
        if (g.vlanTrunk() != null) {
            return "trunk " + String.join(",", g.vlanTrunk().stream().map(r -> r.single() ? String.valueOf(r.first())
                    : r.first() + "-" + r.last()).toList());
        }
        return null;
    }

    /** The policy as accept/reject words; unknown when the port group states none of it. */
    private static String security(PortGroup g) {
        PortGroup.Security s = g.security();
        if (s == null || s.allowPromiscuous() == null && s.allowMacChanges() == null && s.allowForgedTransmits() == null) {
            return null;
        }
        return "promiscuous " + word(s.allowPromiscuous()) + ", MAC changes " + word(s.allowMacChanges())
                + ", forged transmits " + word(s.allowForgedTransmits());
    }

    private static String word(Boolean accept) {
        return accept == null ? "unknown" : accept ? "accept" : "reject";
    }
}
