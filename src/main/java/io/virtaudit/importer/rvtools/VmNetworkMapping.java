package io.virtaudit.importer.rvtools;

import static io.virtaudit.importer.rvtools.Column.*;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.virtaudit.importer.rvtools.EstateTree.Entry;
import io.virtaudit.importer.rvtools.Names.Kind;
import io.virtaudit.importer.rvtools.PortGroupMapping.Group;
import io.virtaudit.model.SourceRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * vNetwork and vInfo's Network #1…#8: the port groups a VM's network adapters connect to
 * (vms.portGroups) and their VLANs (vms.networks, what the format would derive from the port
 * groups). vNetwork names each adapter's switch, so where the export has it, it is what counts;
 * vInfo names the network only, looked up on the VM's host first.
 */
final class VmNetworkMapping {

    /** One VM's adapters as read: the port groups found, each with its row, and how many networks were named. */
    private static final class Adapters {
        final Map<Group, SourceRef> groups = new LinkedHashMap<>();
        int named;

        void add(Group group, SourceRef ref) {
            named++;
            if (group != null) {
                groups.putIfAbsent(group, ref);
            }
        }
    }

    private final Assembly asm;
    private final NetworkMapping network;

    VmNetworkMapping(Assembly asm, NetworkMapping network) {
        this.asm = asm;
        this.network = network;
    }

    /** vInfo's Network cells of a VM, unless the export has vNetwork, which tells each adapter's switch. */
    void fromInfo(Cells c, Entry vm, String host) {
        if (!network.knowsPortGroups() || asm.tab(Tab.VNETWORK).present() || NETWORKS.stream().noneMatch(c::has)) {
            return;
        }
        Adapters adapters = new Adapters();
        for (Column column : NETWORKS) {
            String name = c.text(column);
            if (name != null && !Spellings.notConnected(name)) {
                adapters.add(network.portGroups().named(host, name), c.ref());
            }
        }
        write(vm, adapters);
    }

    /** vNetwork: one row per adapter; a VM without a row has none. */
    void mapAdapters() {
        if (!network.knowsPortGroups() || !asm.tab(Tab.VNETWORK).present()) {
            return;
        }
        Map<Entry, Adapters> byVm = new HashMap<>();
        for (Cells c : asm.rows(Tab.VNETWORK)) {
            String vmName = asm.vmName(c);
            Entry vm = vmName == null ? null : asm.vms.get(asm.id(Kind.VM, c, vmName));
            if (vm == null) {
                continue;
            }
            Adapters adapters = byVm.computeIfAbsent(vm, k -> new Adapters());
            String name = c.text(NETWORK);
            if (name == null || Spellings.notConnected(name)) {
                continue;
            }
            String host = vm.node().path("host").asText(null);
            String switchName = c.text(SWITCH);
            adapters.add(switchName == null ? network.portGroups().named(host, name)
                    : network.portGroups().onSwitch(c, host, switchName, name), c.ref());
        }
        asm.vms.entries().forEach(vm -> write(vm, byVm.getOrDefault(vm, new Adapters())));
    }

    /**
     * Writes the VM's port groups and their VLANs, noting that they carry VM traffic. A network
     * the export lists no port group for (an NSX segment) is left out; when none of the named ones
     * is found, both stay unknown rather than saying the VM has none.
     */
    private void write(Entry vm, Adapters adapters) {
        if (adapters.named > 0 && adapters.groups.isEmpty()) {
            return;
        }
        List<String> ids = new ArrayList<>();
        List<Integer> vlans = new ArrayList<>();
        Map<String, SourceRef> idRefs = new HashMap<>();
        Map<Integer, SourceRef> vlanRefs = new HashMap<>();
        adapters.groups.forEach((group, ref) -> {
            network.usedByVm(group, ref);
            String id = group.id();
            if (id != null && !ids.contains(id)) {
                ids.add(id);
                idRefs.put(id, ref);
            }
            if (group.vlan != null && !vlans.contains(group.vlan)) {
                vlans.add(group.vlan);
                vlanRefs.put(group.vlan, ref);
            }
        });
        boolean listed = !ids.isEmpty() || adapters.groups.isEmpty();
        if (listed) {
            ArrayNode list = vm.node().putArray("portGroups");
            ids.forEach(id -> {
                vm.from("/portGroups/" + list.size(), idRefs.get(id));
                list.add(id);
            });
        }
        if (listed || !vlans.isEmpty()) {
            ArrayNode list = vm.node().putArray("networks");
            vlans.forEach(vlan -> {
                vm.from("/networks/" + list.size(), vlanRefs.get(vlan));
                list.add(vlan);
            });
        }
    }
}
