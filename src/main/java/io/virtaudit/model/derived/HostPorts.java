package io.virtaudit.model.derived;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * Host ports taken together, as a network rule gathers them ({@code collectList}): what they show
 * per host or per VLAN, for the rule's evidence, and that evidence in words for its message.
 */
public record HostPorts(List<HostPort> ports) {

    /** The ports a rule collected, in the order collected. */
    public static HostPorts of(Collection<?> ports) {
        List<HostPort> list = new ArrayList<>(ports.size());
        ports.forEach(p -> list.add((HostPort) p));
        return new HostPorts(list);
    }

    /** NET-002: each host's MTU, hosts sorted; a host's last port counts. */
    public TreeMap<String, Integer> mtuByHost() {
        TreeMap<String, Integer> byHost = new TreeMap<>();
        ports.forEach(p -> byHost.put(p.host(), p.mtu()));
        return byHost;
    }

    /** NET-003: each VLAN's MTU, VLANs sorted; a VLAN's last port counts. */
    public TreeMap<Integer, Integer> mtuByVlan() {
        TreeMap<Integer, Integer> byVlan = new TreeMap<>();
        ports.forEach(p -> byVlan.put(p.vlan(), p.mtu()));
        return byVlan;
    }

    /** {@link #mtuByVlan()} in words: {@code VLAN 10 MTU 9216, VLAN 20 MTU 9100}. */
    public String mtuText() {
        return words(mtuByVlan(), (vlan, mtu) -> "VLAN " + vlan + " MTU " + mtu, ", ");
    }

    /** NET-006: the distinct uplinks of all the ports, sorted; null when one port's uplinks are unknown. */
    public List<String> uplinks() {
        TreeSet<String> uplinks = new TreeSet<>();
        for (HostPort p : ports) {
            if (p.uplinks() == null) {
                return null;
            }
            uplinks.addAll(p.uplinks());
        }
        return new ArrayList<>(uplinks);
    }

    /** NET-006: the ports' uplinks are known and fewer than two distinct ones. */
    public boolean singleUplink() {
        List<String> uplinks = uplinks();
        return uplinks != null && uplinks.size() < 2;
    }

    /** NET-006: the distinct VLANs of the ports, sorted. */
    public List<Integer> vlans() {
        return new ArrayList<>(new TreeSet<>(ports.stream().map(HostPort::vlan).toList()));
    }

    /** NET-005: the sorted distinct uplinks of each port on no known port group, by VLAN. */
    public TreeMap<Integer, List<String>> uplinksByVlan() {
        TreeMap<Integer, List<String>> byVlan = new TreeMap<>();
        ports.stream().filter(p -> p.portGroup() == null).forEach(p -> byVlan.put(p.vlan(), sortedUplinks(p)));
        return byVlan;
    }

    /** NET-005: the sorted distinct uplinks of each port on a known port group, by its {@link HostPort#network()}. */
    public TreeMap<String, List<String>> uplinksByPortGroup() {
        TreeMap<String, List<String>> byPortGroup = new TreeMap<>();
        ports.stream().filter(p -> p.portGroup() != null).forEach(p -> byPortGroup.put(p.network(), sortedUplinks(p)));
        return byPortGroup;
    }

    /**
     * NET-005's networks in words, VLANs first:
     * {@code VLAN 10 has 1 uplink(s) (vmnic0); port group Mgmt (VLAN 11) has 0 uplink(s)}.
     */
    public String uplinkText() {
        List<String> parts = new ArrayList<>();
        uplinksByVlan().forEach((vlan, uplinks) -> parts.add("VLAN " + vlan + uplinksInWords(uplinks)));
        uplinksByPortGroup().forEach((network, uplinks) -> parts.add(network + uplinksInWords(uplinks)));
        return String.join("; ", parts);
    }

    /** NET-007: each VLAN's {@link HostPort#teamingProblem()}, VLANs sorted. */
    public TreeMap<Integer, String> teamingProblemsByVlan() {
        TreeMap<Integer, String> byVlan = new TreeMap<>();
        ports.forEach(p -> byVlan.put(p.vlan(), p.teamingProblem()));
        return byVlan;
    }

    /** {@link #teamingProblemsByVlan()} in words: {@code VLAN 30: lacp on a standard switch; VLAN 40: …}. */
    public String teamingText() {
        return words(teamingProblemsByVlan(), (vlan, problem) -> "VLAN " + vlan + ": " + problem, "; ");
    }

    private static List<String> sortedUplinks(HostPort p) {
        return new ArrayList<>(new TreeSet<>(p.uplinks()));
    }

    private static String uplinksInWords(List<String> uplinks) {
        return " has " + uplinks.size() + " uplink(s)" + (uplinks.isEmpty() ? "" : " (" + String.join(", ", uplinks) + ")");
    }

    private static <K, V> String words(Map<K, V> map, BiFunction<K, V, String> entry, String separator) {
        List<String> parts = new ArrayList<>();
        map.forEach((k, v) -> parts.add(entry.apply(k, v)));
        return String.join(separator, parts);
    }
}
