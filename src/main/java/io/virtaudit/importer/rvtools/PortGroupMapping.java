package io.virtaudit.importer.rvtools;

import static io.virtaudit.importer.rvtools.Column.*;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.virtaudit.importer.rvtools.EstateTree.Entry;
import io.virtaudit.importer.rvtools.Names.Kind;
import io.virtaudit.model.SourceRef;
import io.virtaudit.model.VlanRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * vPort and dvPort: the estate's port groups, on the switches of {@link Switches}. A standard port
 * group exists per host (vPort has a row per host) and inherits the security policy of its host's
 * switch where its own cell is blank; a distributed port group exists once for its switch and
 * spans the switch's member hosts.
 */
final class PortGroupMapping {

    /**
     * A vPort or dvPort row as read: its single VLAN (null for a trunk or when unknown), its
     * switch and vCenter, the entry it built (null for a row that repeats one, or that has no id),
     * and the hosts it exists on (null when unknown). Compared by identity: each row is one.
     */
    static final class Group {
        final String name;
        final Integer vlan;
        final String switchName;
        final String server;
        final boolean distributed;
        final SourceRef ref;
        final NetworkBuild build;
        final Map<String, SourceRef> hosts;

        private Group(String name, Integer vlan, String switchName, String server, boolean distributed, SourceRef ref,
                      NetworkBuild build, Map<String, SourceRef> hosts) {
            this.name = name;
            this.vlan = vlan;
            this.switchName = switchName;
            this.server = server;
            this.distributed = distributed;
            this.ref = ref;
            this.build = build;
            this.hosts = hosts;
        }

        /** The id of the port group entry, null when the row built none. */
        String id() {
            return build == null ? null : build.entry.node().get("id").asText();
        }
    }

    private final Assembly asm;
    private final Switches switches;
    private final List<Group> rows = new ArrayList<>();
    private final List<NetworkBuild> builds = new ArrayList<>();
    /** {@code host\0name}: the host's first port group of that name. */
    private final Map<String, Group> byHost = new HashMap<>();
    /** {@code name}: a port group of that name, a distributed one first. */
    private final Map<String, Group> byName = new HashMap<>();
    /** {@code host\0switch\0name}: standard port groups. */
    private final Map<String, Group> standard = new HashMap<>();
    /** By id ({@code SWITCH/NAME}, qualified by the vCenter where needed): distributed port groups. */
    private final Map<String, Group> distributed = new HashMap<>();

    PortGroupMapping(Assembly asm) {
        this.asm = asm;
        this.switches = new Switches(asm);
    }

    /** Reads the switches, the uplinks and then the port groups, which refer to them. */
    void map() {
        switches.map();
        asm.rows(Tab.VPORT).forEach(c -> portGroup(c, false));
        asm.rows(Tab.DVPORT).forEach(c -> portGroup(c, true));
    }

    /** Every port group row read, vPort rows first, in the order of the export. */
    List<Group> rows() {
        return rows;
    }

    private void portGroup(Cells c, boolean isDistributed) {
        String name = c.text(PORT_GROUP);
        if (name == null) {
            return;
        }
        String switchName = c.text(SWITCH);
        String host = isDistributed ? null : hostId(c);
        if (host != null) {
            asm.host(host, c.ref(), null);
        }
        String local = (switchName == null ? "" : switchName + "/") + name;
        String id = isDistributed ? asm.id(Kind.PORT_GROUP, c, local) : host == null ? null : host + "/" + local;
        Integer vlan = vlanOf(c);
        Map<String, SourceRef> hosts = host != null ? Map.of(host, c.ref())
                : isDistributed ? switches.members(serverOf(c), switchName) : Map.of();
        NetworkBuild build = id == null || asm.portGroups.get(id) != null ? null
                : entry(c, id, name, switchName, host, isDistributed, vlan);
        if (build != null) {
            build.addHosts(hosts);
        }
        Group group = new Group(name, vlan, switchName, serverOf(c), isDistributed, c.ref(), build, hosts);
        rows.add(group);
        if (host != null) {
            byHost.putIfAbsent(host + "\0" + name, group);
            if (switchName != null) {
                standard.putIfAbsent(host + "\0" + switchName + "\0" + name, group);
            }
        }
        if (isDistributed && id != null) {
            distributed.putIfAbsent(id, group);
        }
        Group known = byName.get(name);
        if (known == null || isDistributed && !known.distributed) {
            byName.put(name, group);
        }
    }

    /** The port group entry of a vPort or dvPort row: {@code HOST/SWITCH/NAME} or {@code SWITCH/NAME}. */
    private NetworkBuild entry(Cells c, String id, String name, String switchName, String host, boolean isDistributed,
                               Integer vlan) {
        Entry entry = asm.portGroups.add(id, c.ref());
        ObjectNode node = entry.node().put("id", id).put("name", name);
        if (switchName != null) {
            node.put("switch", switchName);
        }
        node.put("switchType", isDistributed ? "distributed" : "standard");
        if (vlan != null) {
            node.put("vlan", vlan);
        } else if (isDistributed) {
            trunk(c, entry);
        }
        if (isDistributed && Spellings.uplinkPortGroup(name, c.text(VLAN), c.text(ACTIVE_UPLINK))) {
            node.put("uplink", true);
        }
        SecurityPolicy inherited = isDistributed || host == null ? null : switches.policy(host, switchName);
        SecurityPolicy.of(c).write(entry, inherited);
        if (isDistributed) {
            binding(c, entry);
        }
        NetworkBuild build = new NetworkBuild(entry);
        builds.add(build);
        return build;
    }

    /** A single VLAN id from 0 to 4095 (4095 on a standard switch: every VLAN to the guest); null otherwise. */
    private static Integer vlanOf(Cells c) {
        String text = c.text(VLAN);
        Integer vlan = Spellings.vlan(text);
        if (vlan != null && vlan > 4095) {
            c.invalid(VLAN, text, "a VLAN id from 0 to 4095");
            return null;
        }
        return vlan;
    }

    /** dvPort VLAN as a trunk's ranges ({@code 0-4094}, {@code 100-199,300}); anything else leaves it unknown. */
    private static void trunk(Cells c, Entry entry) {
        String text = c.text(VLAN);
        if (text == null || Spellings.vlan(text) != null) {
            return; // blank, or one id that vlanOf refused
        }
        List<VlanRange> ranges = Spellings.vlanTrunk(text);
        if (ranges == null) {
            c.invalid(VLAN, text, "a VLAN id or VLAN ranges such as 0-4094 or 100-199,300");
            return;
        }
        if (ranges.stream().anyMatch(r -> r.first() < 0 || r.last() > 4094 || r.first() > r.last())) {
            c.invalid(VLAN, text, "VLAN ranges within 0-4094 in ascending order");
            return;
        }
        ArrayNode list = entry.node().putArray("vlanTrunk");
        ranges.forEach(r -> {
            if (r.single()) {
                list.add(r.first());
            } else {
                list.add(r.toString());
            }
        });
        entry.from("/vlanTrunk", c.ref());
    }

    private static void binding(Cells c, Entry entry) {
        String text = c.text(TYPE);
        if (text == null) {
            return;
        }
        String binding = Spellings.portBinding(text);
        if (binding == null) {
            c.invalid(TYPE, text, "earlyBinding, ephemeral or lateBinding");
            return;
        }
        entry.node().put("binding", binding);
        entry.from("/binding", c.ref());
    }

    /**
     * A VM's network by name alone (vInfo, older vNetwork): its host's standard port group of that
     * name, else a port group of that name, a distributed one first.
     */
    Group named(String host, String name) {
        Group group = host == null ? null : byHost.get(host + "\0" + name);
        return group != null ? group : byName.get(name);
    }

    /**
     * A VM adapter's network on a named switch (vNetwork): the standard port group of the VM's host
     * on that switch, else the distributed port group of that switch in the row's vCenter.
     */
    Group onSwitch(Cells c, String host, String switchName, String name) {
        Group group = host == null ? null : standard.get(host + "\0" + switchName + "\0" + name);
        return group != null ? group : distributed.get(asm.id(Kind.PORT_GROUP, c, switchName + "/" + name));
    }

    /** The switch row a host network on this port group inherits its MTU from: vSwitch on that host, or dvSwitch. */
    Cells switchOf(String host, Group group) {
        if (group.switchName == null) {
            return null;
        }
        return switches.row(host, group.server, group.switchName, group.distributed);
    }

    /** The host's physical NICs on a switch, as vNIC lists them. */
    List<Cells> uplinks(String host, String switchName) {
        return switches.uplinks(host, switchName);
    }

    /** Writes each port group's purposes and, where known, the hosts that have it. */
    void finish() {
        builds.forEach(build -> build.write(true));
    }

    private String hostId(Cells c) {
        String name = c.text(HOST);
        return name == null ? null : asm.id(Kind.HOST, c, name);
    }

    private String serverOf(Cells c) {
        return switches.serverOf(c);
    }
}
