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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * vSwitch, dvSwitch, vNIC, vPort and dvPort: the estate's port groups. A standard port group
 * exists per host (vPort has a row per host) and inherits the security policy of its host's
 * switch where its own cell is blank; a distributed port group exists once for its switch and
 * spans the switch's member hosts: those dvSwitch lists, else those whose uplinks (vNIC) are on it.
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

    /** The estate's security fields and the columns vSwitch, vPort and dvPort hold them in. */
    private static final Map<String, Column> SECURITY = securityColumns();

    private static Map<String, Column> securityColumns() {
        Map<String, Column> columns = new LinkedHashMap<>();
        columns.put("allowPromiscuous", PROMISCUOUS);
        columns.put("allowMacChanges", MAC_CHANGES);
        columns.put("allowForgedTransmits", FORGED_TRANSMITS);
        return columns;
    }

    /**
     * A row's security cells read once: a field is present when its cell is not blank, its value
     * null when the cell is unreadable (already warned about).
     */
    private record Security(Map<String, Boolean> values, SourceRef ref) {
    }

    private final Assembly asm;
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
    /** {@code host\0switch}: vSwitch rows and their security policy. */
    private final Map<String, Cells> standardSwitches = new HashMap<>();
    private final Map<String, Security> switchSecurity = new HashMap<>();
    /** {@code server\0switch}: dvSwitch rows and their member hosts (absent when the cell is blank). */
    private final Map<String, Cells> distributedSwitches = new HashMap<>();
    private final Map<String, Map<String, SourceRef>> members = new HashMap<>();
    /** {@code host\0switch}: the host's physical NICs on the switch (vNIC). */
    private final Map<String, List<Cells>> uplinks = new HashMap<>();
    /** {@code switch}: the hosts with a physical NIC on it. */
    private final Map<String, Map<String, SourceRef>> uplinkHosts = new HashMap<>();

    PortGroupMapping(Assembly asm) {
        this.asm = asm;
    }

    /** Reads the switches, the uplinks and then the port groups, which refer to them. */
    void map() {
        asm.rows(Tab.VSWITCH).forEach(this::standardSwitch);
        asm.rows(Tab.DVSWITCH).forEach(this::distributedSwitch);
        asm.rows(Tab.VNIC).forEach(this::uplink);
        asm.rows(Tab.VPORT).forEach(c -> portGroup(c, false));
        asm.rows(Tab.DVPORT).forEach(c -> portGroup(c, true));
    }

    /** Every port group row read, vPort rows first, in the order of the export. */
    List<Group> rows() {
        return rows;
    }

    private void standardSwitch(Cells c) {
        String host = hostId(c);
        String name = c.text(SWITCH);
        if (host != null && name != null && standardSwitches.putIfAbsent(host + "\0" + name, c) == null) {
            switchSecurity.put(host + "\0" + name, security(c));
        }
    }

    private void distributedSwitch(Cells c) {
        String name = c.text(SWITCH);
        String key = serverOf(c) + "\0" + name;
        if (name == null || distributedSwitches.putIfAbsent(key, c) != null) {
            return;
        }
        List<String> names = Spellings.hostMembers(c.text(HOST_MEMBERS));
        if (names == null) {
            return;
        }
        Map<String, SourceRef> hosts = new LinkedHashMap<>();
        for (String member : names) {
            String id = asm.id(Kind.HOST, c, member);
            asm.host(id, c.ref(), null);
            hosts.putIfAbsent(id, c.ref());
        }
        members.put(key, hosts);
    }

    private void uplink(Cells c) {
        String host = hostId(c);
        String name = c.text(SWITCH);
        if (host != null && name != null && c.text(NETWORK_DEVICE) != null) {
            uplinks.computeIfAbsent(host + "\0" + name, k -> new ArrayList<>()).add(c);
            uplinkHosts.computeIfAbsent(name, k -> new LinkedHashMap<>()).putIfAbsent(host, c.ref());
        }
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
                : isDistributed ? members(c, switchName) : Map.of();
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

    /**
     * The hosts of a distributed switch: the members dvSwitch lists (vCenter's own membership,
     * which counts a host whose uplinks are not connected yet), else the hosts with a vNIC uplink on
     * it; null when neither tab tells.
     */
    private Map<String, SourceRef> members(Cells c, String switchName) {
        if (switchName == null) {
            return null;
        }
        Map<String, SourceRef> listed = members.get(serverOf(c) + "\0" + switchName);
        if (listed != null) {
            return listed;
        }
        Map<String, SourceRef> withUplinks = uplinkHosts.get(switchName);
        if (withUplinks == null || !asm.tab(Tab.VNIC).present()) {
            return null;
        }
        withUplinks.forEach((member, ref) -> asm.host(member, ref, null));
        return withUplinks;
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
        Security inherited = isDistributed || host == null ? null : switchSecurity.get(host + "\0" + switchName);
        security(entry, security(c), inherited);
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

    private static Security security(Cells c) {
        Map<String, Boolean> values = new HashMap<>();
        SECURITY.forEach((field, column) -> {
            if (c.text(column) != null) {
                values.put(field, c.bool(column));
            }
        });
        return new Security(values, c.ref());
    }

    /**
     * The effective policy: the port group's own cell, else (blank) its switch's. An unreadable own
     * cell leaves the field unknown rather than taking the switch's value, which it may override.
     */
    private static void security(Entry entry, Security own, Security inherited) {
        ObjectNode security = null;
        for (String field : SECURITY.keySet()) {
            Security from = own.values().containsKey(field) ? own
                    : inherited != null && inherited.values().containsKey(field) ? inherited : null;
            Boolean value = from == null ? null : from.values().get(field);
            if (value == null) {
                continue;
            }
            if (security == null) {
                security = entry.node().putObject("security");
            }
            security.put(field, value);
            entry.from("/security/" + field, from.ref());
        }
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

    /** A VM's network by name alone (vInfo): its host's standard port group, else one of that name, a distributed one first. */
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
        return group.distributed ? distributedSwitches.get(group.server + "\0" + group.switchName)
                : standardSwitches.get(host + "\0" + group.switchName);
    }

    /** The host's physical NICs on a switch, as vNIC lists them. */
    List<Cells> uplinks(String host, String switchName) {
        return uplinks.getOrDefault(host + "\0" + switchName, List.of());
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
        String server = c.text(SERVER);
        return server != null ? server : asm.export.metaServer();
    }
}
