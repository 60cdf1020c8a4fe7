package io.virtaudit.report.xlsx;

import io.virtaudit.finding.Subject;
import io.virtaudit.model.Cluster;
import io.virtaudit.model.Estate;
import io.virtaudit.model.EstateObject;
import io.virtaudit.model.Host;
import io.virtaudit.model.Lun;
import io.virtaudit.model.SourceRef;
import io.virtaudit.model.SubjectType;
import io.virtaudit.model.PortGroup;
import io.virtaudit.model.Vlan;
import io.virtaudit.model.Vm;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds one's way around the estate for the workbook: a host's cluster, the cluster a finding's
 * subject belongs to, how many hosts and VMs a cluster runs. An empty index stands in for a report
 * built without the estate's objects.
 */
final class EstateIndex {

    /** The cluster bucket of a subject spread over several clusters (a LUN, a VLAN). */
    static final String SEVERAL = "several clusters";
    static final String NONE = "no cluster";
    static final String ESTATE_WIDE = "estate-wide";
    /** The buckets that are not clusters. */
    static final List<String> GROUPS = List.of(SEVERAL, NONE, ESTATE_WIDE);

    private final Estate estate;
    private final Map<String, Host> hosts = new HashMap<>();
    private final Map<String, Cluster> clusters = new HashMap<>();
    private final Map<String, Integer> vmsPerHost = new HashMap<>();
    private final Map<String, String> clusterOfVm = new HashMap<>();
    private final Map<String, Lun> luns = new HashMap<>();
    private final Map<String, Vlan> vlans = new HashMap<>();
    private final Map<String, PortGroup> portGroups = new HashMap<>();
    private final Map<String, List<String>> hostsByManager = new HashMap<>();
    private final Map<String, Integer> vmsPerPortGroup = new HashMap<>();
    /** The collections counted per input: {@link #COLLECTIONS}, then those of the second edition the estate has. */
    private final List<SubjectType> collections;
    /** Per source file, in the order first met, its objects per {@link #collections() collection}. */
    private final Map<String, int[]> perInput = new LinkedHashMap<>();

    /** The collections counted per input in every report, in the Method sheet's order. */
    static final List<SubjectType> COLLECTIONS = List.of(SubjectType.CLUSTER, SubjectType.HOST,
            SubjectType.VM, SubjectType.LUN, SubjectType.MULTIPATH, SubjectType.VLAN);

    EstateIndex(Estate estate) {
        this.estate = estate;
        if (estate == null) {
            collections = COLLECTIONS;
            return;
        }
        estate.hosts().forEach(h -> hosts.put(h.id(), h));
        estate.clusters().forEach(c -> clusters.put(c.id(), c));
        estate.luns().forEach(l -> luns.put(l.id(), l));
        estate.vlans().forEach(v -> vlans.put(String.valueOf(v.id()), v));
        estate.portGroups().forEach(g -> portGroups.put(g.id(), g));
        estate.hosts().stream().filter(h -> h.managedBy() != null)
                .forEach(h -> hostsByManager.computeIfAbsent(h.managedBy(), m -> new ArrayList<>()).add(h.id()));
        for (Vm vm : estate.vms()) {
            if (vm.host() != null) {
                vmsPerHost.merge(vm.host(), 1, Integer::sum);
                clusterOfVm.put(vm.id(), clusterIdOfHost(vm.host()));
            }
            if (vm.portGroups() != null) {
                // a VM with two adapters on one port group uses it once
                vm.portGroups().stream().distinct().forEach(g -> vmsPerPortGroup.merge(g, 1, Integer::sum));
            }
        }
        List<SubjectType> counted = new ArrayList<>(COLLECTIONS);
        List<List<? extends EstateObject>> lists = new ArrayList<>(List.of(estate.clusters(), estate.hosts(),
                estate.vms(), estate.luns(), estate.multipath(), estate.vlans()));
        // an estate without them keeps the columns it had before they came
        if (!estate.portGroups().isEmpty()) {
            counted.add(SubjectType.PORT_GROUP);
            lists.add(estate.portGroups());
        }
        if (!estate.managers().isEmpty()) {
            counted.add(SubjectType.MANAGER);
            lists.add(estate.managers());
        }
        collections = List.copyOf(counted);
        for (int c = 0; c < lists.size(); c++) {
            for (EstateObject object : lists.get(c)) {
                SourceRef source = estate.sourceOf(object);
                String file = source == null ? "(unknown)" : source.file();
                perInput.computeIfAbsent(file, f -> new int[collections.size()])[c]++;
            }
        }
    }

    /**
     * The collections the Method sheet counts per input, in its order: the six every estate has,
     * then port groups and managers where the estate lists any.
     */
    List<SubjectType> collections() {
        return collections;
    }

    /**
     * Per source file, in the order the collections first name it ("(unknown)" for objects
     * without a source), how many objects of each of {@link #collections()} it contributed.
     */
    Map<String, int[]> objectsPerInput() {
        return Collections.unmodifiableMap(perInput);
    }

    boolean present() {
        return estate != null;
    }

    Estate estate() {
        return estate;
    }

    /** The clusters in the estate's order. */
    List<Cluster> clusters() {
        return estate == null ? List.of() : estate.clusters();
    }

    String clusterIdOfHost(String hostId) {
        Host host = hostId == null ? null : hosts.get(hostId);
        return host == null ? null : host.cluster();
    }

    /** A cluster's name as people know it, or the id when it has none. */
    String clusterName(String clusterId) {
        if (clusterId == null) {
            return null;
        }
        Cluster cluster = clusters.get(clusterId);
        return cluster == null ? clusterId : cluster.displayName();
    }

    int vmsOnHost(String hostId) {
        return vmsPerHost.getOrDefault(hostId, 0);
    }

    SourceRef sourceOf(EstateObject object) {
        return estate == null ? null : estate.sourceOf(object);
    }

    /** How many VMs have an adapter on the port group ({@code vms[].portGroups}). */
    int vmsOnPortGroup(String portGroupId) {
        return vmsPerPortGroup.getOrDefault(portGroupId, 0);
    }

    /** The ids of the hosts that name the manager in managedBy, in the estate's order. */
    List<String> hostsManagedBy(String managerId) {
        return hostsByManager.getOrDefault(managerId, List.of());
    }

    /** The names of the clusters the given hosts belong to, in order, without repeats. */
    Set<String> clustersOfHosts(List<String> hostIds) {
        Set<String> names = new LinkedHashSet<>();
        if (hostIds != null) {
            for (String host : hostIds) {
                String cluster = clusterIdOfHost(host);
                if (cluster != null) {
                    names.add(clusterName(cluster));
                }
            }
        }
        return names;
    }

    /**
     * The cluster a finding's subject belongs to, by name: its own cluster, its host's, or one of
     * {@link #SEVERAL}, {@link #NONE}, {@link #ESTATE_WIDE}; null when the estate is not at hand.
     */
    String clusterOf(Subject subject) {
        if (estate == null) {
            return null;
        }
        String id = subject.id();
        return switch (subject.type()) {
            case ESTATE -> ESTATE_WIDE;
            case CLUSTER -> orNone(clusterName(id));
            case HOST -> orNone(clusterName(clusterIdOfHost(id)));
            case VM -> orNone(clusterName(clusterOfVm.get(id)));
            case MULTIPATH -> orNone(clusterName(clusterIdOfHost(id.contains(":") ? id.substring(0, id.indexOf(':')) : id)));
            case LUN -> bucket(luns.containsKey(id) ? clustersOfHosts(luns.get(id).hosts()) : Set.of());
            case VLAN -> bucket(vlans.containsKey(id) ? clustersOfHosts(vlans.get(id).hosts()) : Set.of());
            case PORT_GROUP -> bucket(portGroups.containsKey(id) ? clustersOfHosts(portGroups.get(id).hosts()) : Set.of());
            case MANAGER -> bucket(clustersOfHosts(hostsManagedBy(id)));
        };
    }

    private static String orNone(String name) {
        return name == null ? NONE : name;
    }

    private static String bucket(Set<String> names) {
        return names.isEmpty() ? NONE : names.size() == 1 ? names.iterator().next() : SEVERAL;
    }
}
