package io.virtaudit.importer.rvtools;

import static io.virtaudit.importer.rvtools.Column.*;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.virtaudit.importer.ValueRange;
import io.virtaudit.importer.rvtools.EstateTree.Entry;
import io.virtaudit.importer.rvtools.Names.Kind;
import io.virtaudit.model.Host;
import io.virtaudit.model.SourceRef;
import io.virtaudit.model.VlanPurpose;
import io.virtaudit.model.Wire;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * vPort, dvPort, vSwitch, vNIC and vSC_VMK: VLANs from port groups, what they carry, which hosts
 * trunk them, and the hosts' VMkernel ports. A standard port group exists per host (vPort has a
 * row per host), so the hosts that carry a VLAN are those rows' hosts; a distributed port group
 * spans the hosts whose uplinks (vNIC) are on its switch.
 */
final class NetworkMapping {

    /** A port group and its VLAN (null for a trunk or private VLAN). */
    private record Group(String name, Integer vlan, String switchName, boolean distributed, SourceRef ref,
                         NetworkBuild build) {
    }

    /**
     * A VLAN or a port group being assembled (one per standard switch and host, one per
     * distributed port group): what it carries and the hosts it exists on, each with its source.
     */
    private static final class NetworkBuild {
        final Entry entry;
        final Map<String, SourceRef> purposes = new LinkedHashMap<>();
        final Map<String, SourceRef> hosts = new LinkedHashMap<>();
        boolean hostsUnknown;

        NetworkBuild(Entry entry) {
            this.entry = entry;
        }

        /** Writes the purposes (unless told not to) and, where known, the hosts. */
        void write(boolean withPurposes) {
            if (withPurposes && !purposes.isEmpty()) {
                ArrayNode list = entry.node().putArray("purposes");
                List<String> ordered = purposes.keySet().stream()
                        .sorted(Comparator.comparing(p -> Wire.parse(VlanPurpose.class, p).ordinal())).toList();
                for (String purpose : ordered) {
                    entry.from("/purposes/" + list.size(), purposes.get(purpose));
                    list.add(purpose);
                }
            }
            if (!hostsUnknown && !hosts.isEmpty()) {
                ArrayNode list = entry.node().putArray("hosts");
                hosts.forEach((host, ref) -> {
                    entry.from("/hosts/" + list.size(), ref);
                    list.add(host);
                });
            }
        }
    }

    private final Assembly asm;
    private final Map<String, Group> byHost = new HashMap<>();
    private final Map<String, Group> byName = new HashMap<>();
    private final List<NetworkBuild> portGroups = new ArrayList<>();
    private final Map<Integer, NetworkBuild> vlans = new LinkedHashMap<>();
    private final Map<String, Cells> switches = new HashMap<>();
    private final Map<String, List<Cells>> uplinks = new HashMap<>();
    private final Map<String, Map<String, SourceRef>> switchHosts = new HashMap<>();
    private final Set<String> hostsMissingNetworks = new HashSet<>();

    NetworkMapping(Assembly asm) {
        this.asm = asm;
    }

    /** Whether the export tells port groups at all: without vPort and dvPort, VM networks are unknown. */
    boolean knowsPortGroups() {
        return asm.tab(Tab.VPORT).present() || asm.tab(Tab.DVPORT).present();
    }

    /** Reads switches, uplinks and port groups; the VLANs they name are created here. */
    void mapPortGroups() {
        for (Cells c : asm.rows(Tab.VSWITCH)) {
            String host = hostId(c);
            String name = c.text(SWITCH);
            if (host != null && name != null) {
                switches.putIfAbsent(host + "\0" + name, c);
            }
        }
        for (Cells c : asm.rows(Tab.VNIC)) {
            String host = hostId(c);
            String name = c.text(SWITCH);
            if (host != null && name != null && c.text(NETWORK_DEVICE) != null) {
                uplinks.computeIfAbsent(host + "\0" + name, k -> new ArrayList<>()).add(c);
                switchHosts.computeIfAbsent(name, k -> new LinkedHashMap<>()).putIfAbsent(host, c.ref());
            }
        }
        asm.rows(Tab.VPORT).forEach(c -> portGroup(c, false));
        asm.rows(Tab.DVPORT).forEach(c -> portGroup(c, true));
    }

    private void portGroup(Cells c, boolean distributed) {
        String name = c.text(PORT_GROUP);
        if (name == null) {
            return;
        }
        Integer vlan = vlanOf(c);
        String host = distributed ? null : hostId(c);
        if (host != null) {
            asm.host(host, c.ref(), null);
        }
        NetworkBuild build = portGroupEntry(c, name, vlan, host, distributed);
        Group group = new Group(name, vlan, c.text(SWITCH), distributed, c.ref(), build);
        if (host != null) {
            byHost.putIfAbsent(host + "\0" + name, group);
        }
        Group known = byName.get(name);
        if (known == null || distributed && !known.distributed()) {
            byName.put(name, group);
        }
        // the row's hosts are those of its VLAN and of its port group alike
        List<NetworkBuild> filled = new ArrayList<>(2);
        if (vlan != null) {
            filled.add(vlan(vlan, group));
        }
        if (build != null) {
            filled.add(build);
        }
        if (host != null) {
            filled.forEach(b -> b.hosts.putIfAbsent(host, c.ref()));
        } else if (distributed) {
            Map<String, SourceRef> members = group.switchName() == null ? null : switchHosts.get(group.switchName());
            if (members == null || !asm.tab(Tab.VNIC).present()) {
                filled.forEach(b -> b.hostsUnknown = true);
            } else {
                members.forEach((member, ref) -> {
                    asm.host(member, ref, null);
                    filled.forEach(b -> b.hosts.putIfAbsent(member, ref));
                });
            }
        }
    }

    /**
     * The estate's port group for a vPort or dvPort row: {@code HOST/SWITCH/NAME} for a standard
     * one (it exists per host), {@code SWITCH/NAME} for a distributed one, qualified by the vCenter
     * where two vCenters have one of that name; null for a repeated row (the first one stands).
     */
    private NetworkBuild portGroupEntry(Cells c, String name, Integer vlan, String host, boolean distributed) {
        String switchName = c.text(SWITCH);
        String local = (switchName == null ? "" : switchName + "/") + name;
        String id = distributed ? asm.id(Kind.PORT_GROUP, c, local) : host == null ? null : host + "/" + local;
        if (id == null || asm.portGroups.get(id) != null) {
            return null;
        }
        Entry entry = asm.portGroups.add(id, c.ref());
        ObjectNode node = entry.node().put("id", id).put("name", name);
        if (switchName != null) {
            node.put("switch", switchName);
        }
        node.put("switchType", distributed ? "distributed" : "standard");
        if (vlan != null) {
            node.put("vlan", vlan);
        }
        if (distributed && Spellings.uplinkPortGroup(name, c.text(VLAN), c.text(ACTIVE_UPLINK))) {
            node.put("uplink", true);
        }
        NetworkBuild build = new NetworkBuild(entry);
        portGroups.add(build);
        return build;
    }

    private Integer vlanOf(Cells c) {
        String text = c.text(VLAN);
        Integer vlan = Spellings.vlan(text);
        if (vlan != null && vlan > 4095) {
            c.invalid(VLAN, text, "a VLAN id from 0 to 4095");
            return null;
        }
        return vlan;
    }

    private NetworkBuild vlan(int id, Group group) {
        return vlans.computeIfAbsent(id, k -> {
            Entry entry = asm.vlans.add(String.valueOf(id), group.ref());
            // VLAN 0 is untagged on every switch alike: it is no one network to name after a port group
            entry.node().put("id", id).put("name", id == 0 ? "untagged" : group.name());
            return new NetworkBuild(entry);
        });
    }

    private Group portGroup(String host, String name) {
        Group group = host == null ? null : byHost.get(host + "\0" + name);
        return group != null ? group : byName.get(name);
    }

    /** The VLAN of a VM's port group (on its host), noting that the VLAN carries VM traffic; null if unknown. */
    Integer vmNetwork(String host, String portGroup, SourceRef ref) {
        Group group = portGroup(host, portGroup);
        if (group == null) {
            return null;
        }
        if (group.build() != null) {
            group.build().purposes.putIfAbsent("vm", ref);
        }
        if (group.vlan() == null) {
            return null;
        }
        vlans.get(group.vlan()).purposes.putIfAbsent("vm", ref);
        return group.vlan();
    }

    /** vSC_VMK: each VMkernel port becomes a host network on its port group's VLAN. */
    void mapVmkernelPorts() {
        for (Cells c : asm.rows(Tab.VSC_VMK)) {
            String host = hostId(c);
            String name = c.text(PORT_GROUP);
            if (host == null || name == null) {
                continue;
            }
            Entry hostEntry = asm.host(host, c.ref(), null);
            Group group = portGroup(host, name);
            if (group == null || group.vlan() == null) {
                hostsMissingNetworks.add(host);
                continue;
            }
            ArrayNode networks = hostEntry.node().has("networks") ? (ArrayNode) hostEntry.node().get("networks")
                    : hostEntry.node().putArray("networks");
            String at = "/networks/" + networks.size();
            ObjectNode network = networks.addObject().put("vlan", group.vlan());
            hostEntry.from(at, c.ref());
            hostEntry.from(at + "/vlan", group.ref());
            mtu(c, host, group, network, hostEntry, at);
            uplinks(host, group, network, hostEntry, at);
            network.put("switchType", group.distributed() ? "distributed" : "standard");
            if (group.build() != null) {
                network.put("portGroup", group.build().entry.node().get("id").asText());
                hostEntry.from(at + "/portGroup", group.ref());
            }
            purposes(c, name, vlans.get(group.vlan()), group.build());
        }
        if (asm.tab(Tab.VSC_VMK).present()) {
            asm.hosts.byId().forEach((id, entry) -> {
                if (!entry.node().has("networks") && !hostsMissingNetworks.contains(id)) {
                    entry.node().putArray("networks");
                }
            });
        }
    }

    private void mtu(Cells c, String host, Group group, ObjectNode network, Entry hostEntry, String at) {
        Integer mtu = c.integer(MTU, ValueRange.of(Host.HostNetwork.class, "mtu"));
        if (mtu == null && group.switchName() != null) {
            Cells sw = switches.get(host + "\0" + group.switchName());
            mtu = sw == null ? null : sw.integer(MTU, ValueRange.of(Host.HostNetwork.class, "mtu"));
            if (mtu != null) {
                hostEntry.from(at + "/mtu", sw.ref());
            }
        }
        ComputeMapping.putInt(network, "mtu", mtu);
    }

    private void uplinks(String host, Group group, ObjectNode network, Entry hostEntry, String at) {
        if (!asm.tab(Tab.VNIC).present() || group.switchName() == null) {
            return;
        }
        ArrayNode list = network.putArray("uplinks");
        List<Cells> nics = uplinks.getOrDefault(host + "\0" + group.switchName(), List.of());
        nics.forEach(n -> list.add(n.text(NETWORK_DEVICE)));
        if (!nics.isEmpty()) {
            hostEntry.from(at + "/uplinks", nics.get(0).ref());
        }
    }

    private static void purposes(Cells c, String portGroup, NetworkBuild vlan, NetworkBuild group) {
        Set<String> purposes = c.has(SERVICES) ? Spellings.purposesOfServices(c.text(SERVICES)) : Set.of();
        if (purposes.isEmpty()) {
            String byName = Spellings.purposeOfVmkernelPort(c.text(DEVICE), portGroup);
            purposes = byName == null ? Set.of() : Set.of(byName);
        }
        purposes.forEach(p -> {
            vlan.purposes.putIfAbsent(p, c.ref());
            if (group != null) {
                group.purposes.putIfAbsent(p, c.ref());
            }
        });
    }

    /** Writes each VLAN's and port group's purposes and, where known, the hosts that have it. */
    void finish() {
        // VLAN 0 gets no purposes: its port groups carry them, each on its own switch
        vlans.forEach((id, build) -> build.write(id != 0));
        portGroups.forEach(build -> build.write(true));
    }

    private String hostId(Cells c) {
        String name = c.text(HOST);
        return name == null ? null : asm.id(Kind.HOST, c, name);
    }
}
