package io.virtaudit.importer.rvtools;

import static io.virtaudit.importer.rvtools.Column.*;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.virtaudit.importer.ValueRange;
import io.virtaudit.importer.rvtools.EstateTree.Entry;
import io.virtaudit.importer.rvtools.Names.Kind;
import io.virtaudit.importer.rvtools.PortGroupMapping.Group;
import io.virtaudit.model.Host;
import io.virtaudit.model.SourceRef;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * vPort, dvPort, vSwitch, vNIC and vSC_VMK: VLANs from port groups ({@link PortGroupMapping}), what
 * they carry, which hosts trunk them, and the hosts' VMkernel ports. A VLAN exists on the hosts of
 * every port group that tags it.
 */
final class NetworkMapping {

    private final Assembly asm;
    private final PortGroupMapping groups;
    private final VmNetworkMapping vmNetworks;
    private final Map<Integer, NetworkBuild> vlans = new LinkedHashMap<>();
    private final Set<String> hostsMissingNetworks = new HashSet<>();

    NetworkMapping(Assembly asm) {
        this.asm = asm;
        this.groups = new PortGroupMapping(asm);
        this.vmNetworks = new VmNetworkMapping(asm, this);
    }

    /** Whether the export tells port groups at all: without vPort and dvPort, VM networks are unknown. */
    boolean knowsPortGroups() {
        return asm.tab(Tab.VPORT).present() || asm.tab(Tab.DVPORT).present();
    }

    PortGroupMapping portGroups() {
        return groups;
    }

    /** The port groups of VMs' network adapters (vNetwork, vInfo Network #n). */
    VmNetworkMapping vmNetworks() {
        return vmNetworks;
    }

    /** Reads switches, uplinks and port groups; the VLANs they name are created here, on the port groups' hosts. */
    void mapPortGroups() {
        groups.map();
        for (Group group : groups.rows()) {
            if (group.vlan != null) {
                vlan(group.vlan, group).addHosts(group.hosts);
            }
        }
    }

    private NetworkBuild vlan(int id, Group group) {
        return vlans.computeIfAbsent(id, k -> {
            Entry entry = asm.vlans.add(String.valueOf(id), group.ref);
            // VLAN 0 is untagged on every switch alike: it is no one network to name after a port group
            entry.node().put("id", id).put("name", id == 0 ? "untagged" : group.name);
            return new NetworkBuild(entry);
        });
    }

    /** Notes that a VM uses the port group: it and its VLAN carry VM traffic. */
    void usedByVm(Group group, SourceRef ref) {
        if (group.build != null) {
            group.build.purposes.putIfAbsent("vm", ref);
        }
        if (group.vlan != null) {
            vlans.get(group.vlan).purposes.putIfAbsent("vm", ref);
        }
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
            Group group = groups.named(host, name);
            if (group == null || group.vlan == null) {
                hostsMissingNetworks.add(host);
                continue;
            }
            ArrayNode networks = hostEntry.node().has("networks") ? (ArrayNode) hostEntry.node().get("networks")
                    : hostEntry.node().putArray("networks");
            String at = "/networks/" + networks.size();
            ObjectNode network = networks.addObject().put("vlan", group.vlan);
            hostEntry.from(at, c.ref());
            hostEntry.from(at + "/vlan", group.ref);
            mtu(c, host, group, network, hostEntry, at);
            uplinks(host, group, network, hostEntry, at);
            network.put("switchType", group.distributed ? "distributed" : "standard");
            if (group.build != null) {
                network.put("portGroup", group.id());
                hostEntry.from(at + "/portGroup", group.ref);
            }
            purposes(c, name, vlans.get(group.vlan), group.build);
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
        if (mtu == null) {
            // the switch's MTU: vSwitch MTU, or the distributed switch's Max MTU
            Cells sw = groups.switchOf(host, group);
            mtu = sw == null ? null : sw.integer(group.distributed ? MAX_MTU : MTU,
                    ValueRange.of(Host.HostNetwork.class, "mtu"));
            if (mtu != null) {
                hostEntry.from(at + "/mtu", sw.ref());
            }
        }
        ComputeMapping.putInt(network, "mtu", mtu);
    }

    private void uplinks(String host, Group group, ObjectNode network, Entry hostEntry, String at) {
        if (!asm.tab(Tab.VNIC).present() || group.switchName == null) {
            return;
        }
        ArrayNode list = network.putArray("uplinks");
        List<Cells> nics = groups.uplinks(host, group.switchName);
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
        groups.finish();
    }

    private String hostId(Cells c) {
        String name = c.text(HOST);
        return name == null ? null : asm.id(Kind.HOST, c, name);
    }
}
