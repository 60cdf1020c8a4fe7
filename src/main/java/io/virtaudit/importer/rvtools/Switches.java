package io.virtaudit.importer.rvtools;

import static io.virtaudit.importer.rvtools.Column.*;

import io.virtaudit.importer.rvtools.Names.Kind;
import io.virtaudit.model.SourceRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * vSwitch, dvSwitch and vNIC: the virtual switches port groups belong to. A standard switch is a
 * host's (its MTU and security policy are its port groups' defaults); a distributed switch is a
 * vCenter's, with the member hosts dvSwitch lists; vNIC tells which physical NICs are each
 * switch's uplinks on each host.
 */
final class Switches {

    private final Assembly asm;
    /** {@code host\0switch}: vSwitch rows and their security policy. */
    private final Map<String, Cells> standard = new HashMap<>();
    private final Map<String, SecurityPolicy> policies = new HashMap<>();
    /** {@code server\0switch}: dvSwitch rows and their member hosts (absent when the cell is blank). */
    private final Map<String, Cells> distributed = new HashMap<>();
    private final Map<String, Map<String, SourceRef>> members = new HashMap<>();
    /** {@code host\0switch}: the host's physical NICs on the switch. */
    private final Map<String, List<Cells>> uplinks = new HashMap<>();
    /** {@code switch}: the hosts with a physical NIC on it. */
    private final Map<String, Map<String, SourceRef>> uplinkHosts = new HashMap<>();

    Switches(Assembly asm) {
        this.asm = asm;
    }

    void map() {
        asm.rows(Tab.VSWITCH).forEach(this::standardSwitch);
        asm.rows(Tab.DVSWITCH).forEach(this::distributedSwitch);
        asm.rows(Tab.VNIC).forEach(this::uplink);
    }

    private void standardSwitch(Cells c) {
        String host = hostId(c);
        String name = c.text(SWITCH);
        if (host != null && name != null && standard.putIfAbsent(host + "\0" + name, c) == null) {
            policies.put(host + "\0" + name, SecurityPolicy.of(c));
        }
    }

    private void distributedSwitch(Cells c) {
        String name = c.text(SWITCH);
        String key = serverOf(c) + "\0" + name;
        if (name == null || distributed.putIfAbsent(key, c) != null) {
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

    /** The security policy of a host's standard switch, null when vSwitch has no row for it. */
    SecurityPolicy policy(String host, String switchName) {
        return policies.get(host + "\0" + switchName);
    }

    /**
     * The hosts of a distributed switch of a vCenter: the members dvSwitch lists (vCenter's own
     * membership, which counts a host whose uplinks are not connected yet), else the hosts with a
     * vNIC uplink on it; null when neither tab tells.
     */
    Map<String, SourceRef> members(String server, String switchName) {
        if (switchName == null) {
            return null;
        }
        Map<String, SourceRef> listed = members.get(server + "\0" + switchName);
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

    /** The vSwitch row of a host's standard switch, or the dvSwitch row of a vCenter's distributed one. */
    Cells row(String host, String server, String switchName, boolean isDistributed) {
        return isDistributed ? distributed.get(server + "\0" + switchName) : standard.get(host + "\0" + switchName);
    }

    /** The host's physical NICs on a switch, as vNIC lists them. */
    List<Cells> uplinks(String host, String switchName) {
        return uplinks.getOrDefault(host + "\0" + switchName, List.of());
    }

    private String hostId(Cells c) {
        String name = c.text(HOST);
        return name == null ? null : asm.id(Kind.HOST, c, name);
    }

    String serverOf(Cells c) {
        String server = c.text(SERVER);
        return server != null ? server : asm.export.metaServer();
    }
}
